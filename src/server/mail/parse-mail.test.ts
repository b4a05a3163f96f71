import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { MailParseError, parseMail } from "./parse-mail";

const fixture = (name: string) => readFileSync(join(process.cwd(), "tests/fixtures/mail", `${name}.eml`));

describe("parseMail", () => {
  afterEach(() => vi.useRealTimers());

  it("derives plain text from an HTML-only mail and keeps the HTML as sent", async () => {
    const mail = await parseMail(fixture("html-only"));
    expect(mail.subject).toBe("Ερώτηση για παραγγελία");
    expect(mail.text).toContain("Η παραγγελία #1042 δεν έχει φτάσει ακόμα.");
    expect(mail.text).not.toContain("<p>");
    expect(mail.html).toContain("<b>#1042</b>");
    expect(mail.from).toEqual({ name: "Maria Papadopoulou", address: "maria.p@example.gr" });
  });

  it("reads multipart/alternative with an inline cid image and a file attachment", async () => {
    const mail = await parseMail(fixture("alternative-attachments"));
    expect(mail.text.trim()).toBe("Tere! Pakk jõudis katki. Foto on all.");
    expect(mail.html).toContain('src="cid:photo1@example.ee"');
    expect(mail.cc).toEqual([
      { name: "Mari Tamm", address: "mari@example.ee" },
      { name: "Accounts", address: "accounts@example.ee" },
    ]);
    expect(mail.replyTo).toEqual([{ name: "", address: "jaan.tamm@example.ee" }]);
    const [image, pdf] = mail.attachments;
    expect(image).toMatchObject({ filename: "pakk.png", contentType: "image/png", contentId: "photo1@example.ee", inline: true });
    expect(pdf).toMatchObject({ filename: "arve.pdf", contentType: "application/pdf", contentId: null, inline: false });
    expect(pdf!.content.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(pdf!.sha256).not.toBe(image!.sha256);
  });

  it("names parts sent without a file name", async () => {
    const mail = await parseMail(readFileSync(join(process.cwd(), "tests/fixtures/mail", "postfix-dsn.eml")));
    expect(mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([
      ["attachment-1.txt", "message/delivery-status"],
      ["attachment-2.txt", "text/rfc822-headers"],
    ]);
  });

  it("reads the threading headers of an Outlook reply", async () => {
    const mail = await parseMail(fixture("outlook-reply"));
    expect(mail.messageId).toBe("DB9PR01MB1234ABCD@DB9PR01MB1234.eurprd01.prod.outlook.com");
    expect(mail.inReplyTo).toBe("t-abcdefghijklmnop.x1y2z3@shop.example");
    expect(mail.references).toEqual(["t-abcdefghijklmnop.x1y2z3@shop.example"]);
    expect(mail.subject).toBe("RE: Zamówienie nie dotarło [#123]");
    expect(mail.to[0]!.address).toBe("support+t-abcdefghijklmnop@shop.example");
    expect(mail.headers["thread-topic"]).toEqual(["Zamówienie nie dotarło [#123]"]);
    expect(mail.text).toContain("Dziękuję, paczka dotarła dzisiaj rano.");
  });

  it("reads an Apple Mail reply (Message-Id spelling, encoded subject)", async () => {
    const mail = await parseMail(fixture("apple-mail-reply"));
    expect(mail.messageId).toBe("5F2E1C3A-1B2C-4D5E-8F90-ABCDEF012345@example.gr");
    expect(mail.subject).toBe("Re: Η επιστροφή [#77]");
    expect(mail.text).toContain("> Η επιστροφή σας εγκρίθηκε.");
  });

  it("returns null for a missing Message-ID and Date", async () => {
    const mail = await parseMail(fixture("no-message-id"));
    expect(mail.messageId).toBeNull();
    expect(mail.date).toBeNull();
    expect(mail.from).toEqual({ name: "", address: "customer@example.com" });
  });

  it("returns null for an empty Message-ID and de-duplicates References in order", async () => {
    const mail = await parseMail(fixture("empty-message-id"));
    expect(mail.messageId).toBeNull();
    expect(mail.inReplyTo).toBeNull();
    expect(mail.references).toEqual(["a@x", "b@x"]);
  });

  it("returns what a truncated message holds instead of throwing", async () => {
    const mail = await parseMail(fixture("truncated"));
    expect(mail.subject).toBe("طلب");
    expect(mail.text.trim()).toBe("مرحبا، هذه الرسالة مقطوعة.");
    expect(mail.attachments.map((a) => a.filename)).toEqual(["invoice.pdf"]);
  });

  it("throws MailParseError(malformed) when a header block exceeds what the parser accepts", async () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `X-Filler-${i}: ${"a".repeat(40)}`);
    const raw = Buffer.from(`Subject: x\r\n${lines.join("\r\n")}\r\n\r\nbody`);
    await expect(parseMail(raw)).rejects.toMatchObject({ name: "MailParseError", reason: "malformed" });
  });

  it("refuses a message over the size cap before parsing it", async () => {
    const raw = fixture("html-only");
    await expect(parseMail(raw, { maxBytes: raw.length - 1 })).rejects.toBeInstanceOf(MailParseError);
    await expect(parseMail(raw, { maxBytes: raw.length - 1 })).rejects.toMatchObject({ reason: "too-large" });
    await expect(parseMail(raw, { maxBytes: raw.length })).resolves.toMatchObject({ messageId: "html-only-1@example.gr" });
  });

  it("gives up with MailParseError(timeout) when parsing outlasts the time cap", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const parsing = parseMail(fixture("alternative-attachments"), { timeoutMs: 5_000 });
    vi.advanceTimersByTime(5_000);
    await expect(parsing).rejects.toMatchObject({ reason: "timeout" });
  });

  it("lists every occurrence of a header under its lower-case name", async () => {
    const raw = Buffer.from("From: a@example.com\r\nReceived: one\r\nReceived: two\r\nAuto-Submitted: auto-replied\r\n\r\nx");
    const mail = await parseMail(raw);
    expect(mail.headers["received"]).toEqual(["one", "two"]);
    expect(mail.headers["auto-submitted"]).toEqual(["auto-replied"]);
  });
});
