import { describe, expect, it } from "vitest";
import { checkFormToken, formSessionOf, issueFormToken, MAX_FORM_AGE_MS, MIN_FILL_MS } from "./form-token";

const WS = "0193a000-0000-7000-8000-000000000001";
const OTHER = "0193a000-0000-7000-8000-000000000002";
const t0 = new Date("2026-12-05T10:00:00Z");
const after = (ms: number) => new Date(t0.getTime() + ms);

describe("contact form token", () => {
  it("accepts the workspace's own token once a person could have filled in the form", () => {
    const { token, sessionId } = issueFormToken(WS, t0);
    expect(checkFormToken(token, WS, after(MIN_FILL_MS + 1))).toEqual({ ok: true, sessionId, issuedAt: t0 });
  });

  it("refuses a form sent faster than a person types, and one kept past a day", () => {
    const { token, sessionId } = issueFormToken(WS, t0);
    expect(checkFormToken(token, WS, after(800))).toEqual({ ok: false, reason: "tooFast", sessionId });
    expect(checkFormToken(token, WS, after(MAX_FORM_AGE_MS + 1))).toEqual({ ok: false, reason: "expired", sessionId });
  });

  it("refuses another workspace's token, a changed time or id, and garbage", () => {
    const { token } = issueFormToken(WS, t0);
    expect(checkFormToken(token, OTHER, after(10_000))).toEqual({ ok: false, reason: "invalid" });
    const [id, , sig] = token.split(".");
    expect(checkFormToken(`${id}.${t0.getTime() - 60_000}.${sig}`, WS, after(10_000))).toEqual({ ok: false, reason: "invalid" });
    const otherId = issueFormToken(WS, t0).token.split(".")[0];
    expect(checkFormToken(`${otherId}.${t0.getTime()}.${sig}`, WS, after(10_000))).toEqual({ ok: false, reason: "invalid" });
    for (const bad of [undefined, "", "x.y.z", `${token}x`]) expect(checkFormToken(bad, WS, after(10_000)).ok).toBe(false);
  });

  it("names the visit for suggestions even before the minimum time, never for a foreign token", () => {
    const { token, sessionId } = issueFormToken(WS, t0);
    expect(formSessionOf(token, WS, after(100))).toBe(sessionId);
    expect(formSessionOf(token, OTHER, after(100))).toBeNull();
    expect(formSessionOf(token, WS, after(MAX_FORM_AGE_MS + 1))).toBeNull();
  });
});
