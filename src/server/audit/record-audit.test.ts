import { describe, expect, it } from "vitest";
import { auditActor, changedFields } from "./record-audit";

describe("changedFields", () => {
  it("keeps only the fields whose values differ, on both sides", () => {
    expect(changedFields({ a: 1, b: ["x"], c: { d: 1 } }, { a: 1, b: ["x", "y"], c: { d: 1 } })).toEqual({ before: { b: ["x"] }, after: { b: ["x", "y"] } });
  });

  it("treats a missing field as null and compares dates by value", () => {
    const when = new Date("2026-12-05T10:00:00Z");
    expect(changedFields({ at: when, gone: "x" }, { at: new Date(when), gone: null, added: 2 })).toEqual({
      before: { gone: "x", added: null },
      after: { gone: null, added: 2 },
    });
  });

  it("keeps everything of a creation or a deletion, dates as strings", () => {
    expect(changedFields(null, { a: 1, skip: undefined })).toEqual({ before: null, after: { a: 1 } });
    expect(changedFields({ at: new Date("2026-01-01T00:00:00Z") }, null)).toEqual({ before: { at: "2026-01-01T00:00:00.000Z" }, after: null });
  });
});

describe("auditActor", () => {
  it("copies the name of a member (its email when nameless), a token and the system", () => {
    const member = { type: "member", memberId: "m", userId: "u", role: "ADMIN", name: "", email: "a@example.com" } as const;
    expect(auditActor(member)).toEqual({ actorType: "MEMBER", actorMemberId: "m", actorApiTokenId: null, actorName: "a@example.com" });
    expect(auditActor({ type: "api", tokenId: "t", tokenName: "Bot", role: "ADMIN" })).toMatchObject({ actorType: "API", actorApiTokenId: "t", actorName: "Bot" });
    expect(auditActor({ type: "system", reason: "cli" })).toMatchObject({ actorType: "SYSTEM", actorName: "cli" });
  });
});
