// Cursors, If-Match parsing and LIKE escaping of the REST API.
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "@/server/api/cursor";
import { likePattern } from "@/server/search/search-tickets";
import { expectedVersion } from "@/server/api/expected-version";

const withIfMatch = (v?: string) => new Request("http://x/", v === undefined ? {} : { headers: { "If-Match": v } });

describe("cursors", () => {
  it("round-trip a keyset as opaque base64url", () => {
    const k = { at: new Date("2026-11-25T10:00:00.123Z"), id: "019ab1c2-0000-7000-8000-000000000001" };
    const c = encodeCursor(k);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(c)).toEqual(k);
  });

  it("refuse anything else as a validation error on `cursor`", () => {
    for (const bad of ["abc", encodeCursor({ at: new Date(0), id: "019ab1c2-0000-7000-8000-000000000001" }).slice(0, -3), Buffer.from('["x","y"]').toString("base64url")]) {
      expect(() => decodeCursor(bad)).toThrow(expect.objectContaining({ code: "VALIDATION", fields: { cursor: "is not a cursor from this API" } }));
    }
  });
});

describe("expected versions", () => {
  it("come from the body or If-Match, which must agree", () => {
    expect(expectedVersion(withIfMatch(), undefined)).toBeUndefined();
    expect(expectedVersion(withIfMatch(), 4)).toBe(4);
    expect(expectedVersion(withIfMatch('"3"'), undefined)).toBe(3);
    expect(expectedVersion(withIfMatch('W/"3"'), undefined)).toBe(3);
    expect(expectedVersion(withIfMatch("7"), 7)).toBe(7);
    expect(expectedVersion(withIfMatch("*"), undefined)).toBeUndefined();
    expect(() => expectedVersion(withIfMatch('"3"'), 4)).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => expectedVersion(withIfMatch("abc"), undefined)).toThrow(expect.objectContaining({ code: "BAD_REQUEST" }));
  });
});

describe("LIKE patterns", () => {
  it("take wildcards and the escape character literally", () => {
    expect(likePattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
