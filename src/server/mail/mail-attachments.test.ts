import { describe, expect, it } from "vitest";
import { headerBlock } from "./get-raw-mail";
import { cidResolver, planAttachments, skippedAttachmentsNote } from "./mail-attachments";
import type { ParsedAttachment } from "./parse-mail";
import { scanRawHeaders } from "./unparsed-mail-ticket";

const part = (filename: string, size: number, extra: Partial<ParsedAttachment> = {}): ParsedAttachment => ({
  filename,
  contentType: "application/pdf",
  content: Buffer.alloc(size),
  contentId: null,
  inline: false,
  sha256: "",
  ...extra,
});

describe("planAttachments", () => {
  it("keeps parts in order until the per-file or per-message cap, and names the rest", () => {
    const plan = planAttachments([part("a.pdf", 6), part("huge.mov", 11), part("b.pdf", 3), part("c.pdf", 2)], { file: 10, message: 10 });
    expect(plan.keep.map((p) => p.filename)).toEqual(["a.pdf", "b.pdf"]);
    expect(plan.skipped).toEqual([{ filename: "huge.mov", size: 11 }, { filename: "c.pdf", size: 2 }]);
    expect(skippedAttachmentsNote(plan)).toMatch(/huge\.mov.*c\.pdf/);
    expect(skippedAttachmentsNote(planAttachments([part("a.pdf", 1)]))).toBeNull();
  });

  it("resolves cid: only to stored raster images", () => {
    const plan = planAttachments([
      part("p.png", 1, { contentType: "image/png", contentId: "p@x" }),
      part("s.svg", 1, { contentType: "image/svg+xml", contentId: "s@x" }),
    ]);
    const cid = cidResolver(plan);
    expect(cid("p@x")).toBe(`/api/attachments/${plan.keep[0]!.id}/image`);
    expect(cid("s@x")).toBeNull();
    expect(cid("unknown@x")).toBeNull();
  });
});

describe("raw headers", () => {
  it("finds the sender and subject of a message the parser refused", () => {
    const raw = Buffer.from('Received: x\r\nFrom: "Ana, Shop" <Ana@Example.com>\r\nSubject: =?UTF-8?B?zpHPgM6/zrjOrs66zrc=?=\r\n\r\nbody');
    expect(scanRawHeaders(raw)).toEqual({ address: "ana@example.com", name: "Ana, Shop", subject: "Αποθήκη" });
    expect(scanRawHeaders(Buffer.from("Subject: x\r\nFrom: nobody\r\n\r\n"))).toEqual({ address: null, name: null, subject: "x" });
  });

  it("shows the header block alone, as text", () => {
    expect(headerBlock(Buffer.from("From: a@b.c\r\nSubject: hi\r\n\r\nbody\r\n"))).toBe("From: a@b.c\nSubject: hi");
  });
});
