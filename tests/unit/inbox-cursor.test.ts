// The inbox's keyset cursors: opaque, bound to their sort, and refused as a field error otherwise.
import { describe, expect, it } from "vitest";
import { decodeInboxCursor, encodeInboxCursor } from "@/server/inbox/inbox-cursor";
import type { InboxKeyset } from "@/server/inbox/inbox.schemas";
import { previewLine } from "@/server/inbox/inbox-items";

const id = "019ab1c2-0000-7000-8000-000000000001";
const at = new Date("2026-11-25T10:00:00.123Z");
const bad = { code: "VALIDATION", fields: { cursor: "is not a cursor from this API" } };

describe("inbox cursors", () => {
  it("round-trip each sort's keyset as URL-safe text", () => {
    const keys: InboxKeyset[] = [
      { sort: "activity", at, id },
      { sort: "created", at, id },
      { sort: "priority", priority: "URGENT", at, id },
      { sort: "due", at, id },
      { sort: "due", at: null, id },
    ];
    for (const k of keys) {
      const c = encodeInboxCursor(k);
      expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeInboxCursor(c, k.sort)).toEqual(k);
    }
  });

  it("refuse a cursor of another sort", () => {
    const activity = encodeInboxCursor({ sort: "activity", at, id });
    expect(() => decodeInboxCursor(activity, "created")).toThrow(expect.objectContaining(bad));
    expect(() => decodeInboxCursor(activity, "priority")).toThrow(expect.objectContaining(bad));
    const priority = encodeInboxCursor({ sort: "priority", priority: "LOW", at, id });
    expect(() => decodeInboxCursor(priority, "activity")).toThrow(expect.objectContaining(bad));
  });

  it("refuse garbage, truncated cursors and payloads with a wrong shape", () => {
    const valid = encodeInboxCursor({ sort: "created", at, id });
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    for (const c of [
      "zzz",
      "not a cursor!",
      valid.slice(0, -4),
      b64({ s: "created", at: "yesterday", id }),
      b64({ s: "created", at: at.toISOString(), id: "1; DROP TABLE" }),
      b64({ s: "priority", p: "CRITICAL", at: at.toISOString(), id }),
      b64({ s: "created", at: at.toISOString(), id, extra: 1 }),
      b64([at.toISOString(), id]), // the REST API's former cursor
      "A".repeat(600),
    ]) {
      expect(() => decodeInboxCursor(c, "created"), c).toThrow(expect.objectContaining(bad));
    }
  });
});

describe("previews", () => {
  it("collapse whitespace and cut long text to 160 characters without splitting an emoji", () => {
    expect(previewLine("  Hello\n\n  there\tfriend ")).toBe("Hello there friend");
    const long = `${"😀".repeat(200)}`;
    const cut = previewLine(long);
    expect(Array.from(cut)).toHaveLength(160);
    expect(cut.endsWith("😀…")).toBe(true);
    expect(previewLine("x".repeat(160))).toBe("x".repeat(160));
  });
});
