// next-auth's redirect target after sign-in or sign-out: only this site, and never a crash on a
// callbackUrl that is not a URL.
import { describe, expect, it } from "vitest";
import { sameSiteRedirect } from "@/server/auth/options";

const baseUrl = "http://localhost:3000";

describe("next-auth redirect callback", () => {
  const redirect = async (url: string) => sameSiteRedirect({ url, baseUrl });

  it("keeps URLs on this site", async () => {
    expect(await redirect("/demo/inbox?view=open")).toBe(`${baseUrl}/demo/inbox?view=open`);
    expect(await redirect(`${baseUrl}/demo/tickets/4`)).toBe(`${baseUrl}/demo/tickets/4`);
  });

  it("sends look-alike hosts, other sites and non-URLs to the site's root instead of failing", async () => {
    for (const url of [
      "http://localhost:3000.evil.example/",
      "http://localhost:3000@evil.example/",
      "https://evil.example/",
      "//evil.example/",
      "http://[::1",
    ]) {
      expect(await redirect(url), url).toBe(baseUrl);
    }
  });
});
