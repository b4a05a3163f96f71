import { describe, expect, it } from "vitest";
import { isReaderRequest } from "./record-article-view";

const headers = (h: Record<string, string>) => new Headers(h);
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36";

describe("isReaderRequest", () => {
  it("counts a browser's page load", () => {
    expect(isReaderRequest(headers({ "user-agent": CHROME }))).toBe(true);
    expect(isReaderRequest(headers({ "user-agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148" }))).toBe(true);
  });

  it("leaves out prefetches and crawlers", () => {
    expect(isReaderRequest(headers({ "user-agent": CHROME, "next-router-prefetch": "1" }))).toBe(false);
    expect(isReaderRequest(headers({ "user-agent": CHROME, "sec-purpose": "prefetch;prerender" }))).toBe(false);
    expect(isReaderRequest(headers({ "user-agent": CHROME, purpose: "prefetch" }))).toBe(false);
    for (const agent of ["Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "Mozilla/5.0 (compatible; bingbot/2.0)", "facebookexternalhit/1.1", "Slackbot-LinkExpanding 1.0", ""]) {
      expect(isReaderRequest(headers({ "user-agent": agent })), agent).toBe(false);
    }
  });
});
