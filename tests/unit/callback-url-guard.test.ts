// next-auth answers a callbackUrl it cannot parse with a 500; the guard in front of it must not.
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { isUsableCallbackUrl, refuseUnusableCallbackUrl } from "@/server/auth/callback-url-guard";

const ORIGIN = "http://localhost:3000";
const LOOK_ALIKE = "http://localhost:3000.evil.example/";

describe("callbackUrl guard", () => {
  it("judges values as next-auth does", () => {
    expect(isUsableCallbackUrl("/demo/inbox", ORIGIN)).toBe(true);
    expect(isUsableCallbackUrl("https://evil.example/", ORIGIN)).toBe(true); // parseable: our redirect callback sends it home
    expect(isUsableCallbackUrl(LOOK_ALIKE, ORIGIN)).toBe(false);
    expect(isUsableCallbackUrl("javascript:alert(1)", ORIGIN)).toBe(false);
    expect(isUsableCallbackUrl("demo/inbox", ORIGIN)).toBe(false);
  });

  it("sends a GET with an unusable callbackUrl to the same address without it, keeping the other parameters", () => {
    const res = refuseUnusableCallbackUrl(new NextRequest(`${ORIGIN}/api/auth/session?a=1&callbackUrl=${encodeURIComponent(LOOK_ALIKE)}`));
    expect(res?.status).toBe(303);
    expect(res?.headers.get("location")).toBe("/api/auth/session?a=1");
  });

  it("answers a POST with an unusable callbackUrl with 400, not 500", async () => {
    const res = refuseUnusableCallbackUrl(
      new NextRequest(`${ORIGIN}/api/auth/signout?callbackUrl=${encodeURIComponent(LOOK_ALIKE)}`, { method: "POST" }),
    );
    expect(res?.status).toBe(400);
    expect(await res?.json()).toEqual({ message: expect.stringContaining("callbackUrl") });
  });

  it("clears a callback-url cookie next-auth would fail on", () => {
    const req = new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie: `next-auth.callback-url=${encodeURIComponent(LOOK_ALIKE)}` } });
    const res = refuseUnusableCallbackUrl(req);
    expect(res?.status).toBe(303);
    expect(res?.headers.get("set-cookie")).toMatch(/next-auth\.callback-url=;.*Max-Age=0/i);
  });

  it("lets usable values through to next-auth", () => {
    expect(refuseUnusableCallbackUrl(new NextRequest(`${ORIGIN}/api/auth/session?callbackUrl=%2Fdemo%2Finbox`))).toBeNull();
    expect(refuseUnusableCallbackUrl(new NextRequest(`${ORIGIN}/api/auth/session`))).toBeNull();
  });
});
