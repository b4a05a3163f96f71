import { describe, expect, it } from "vitest";
import { imapResyncKey } from "./resync-key";

const mail = (headers: string, body = "Hello\r\n") => Buffer.from(`${headers}\r\n\r\n${body}`, "latin1");
const base = "From: Ana <Ana@Example.com>\r\nDate: Mon, 1 Dec 2026 10:00:00 +0200\r\nMessage-ID: <a1@example.com>\r\nSubject: Refund";

describe("imapResyncKey", () => {
  it("is the same for a copy whose other headers a server rewrote to the same length", () => {
    const a = mail(`${base}\r\nX-Spam-Score: 1`);
    const b = mail(`${base}\r\nX-Spam-Score: 2`);
    expect(imapResyncKey(a)).not.toBeNull();
    expect(imapResyncKey(a)).toBe(imapResyncKey(b));
  });

  it("reads a folded Message-ID and the sender's address in any case", () => {
    const folded = mail("From: Ana <ana@example.com>\r\nMessage-ID:\r\n <a1@example.com>\r\nSubject: Refund");
    expect(imapResyncKey(folded)).not.toBeNull();
    expect(imapResyncKey(mail(base.replace("Ana@Example.com", "ANA@EXAMPLE.COM")))).toBe(imapResyncKey(mail(base)));
  });

  it("differs when the Message-ID, the date, the sender or the size differs", () => {
    const key = imapResyncKey(mail(base));
    expect(imapResyncKey(mail(base.replace("a1@", "a2@")))).not.toBe(key);
    expect(imapResyncKey(mail(base.replace("10:00:00", "10:00:01")))).not.toBe(key);
    expect(imapResyncKey(mail(base.replace("Ana@Example.com", "bo@example.com")))).not.toBe(key);
    expect(imapResyncKey(mail(base, "Hello!\r\n"))).not.toBe(key);
  });

  it("is null without a Message-ID, so distinct messages are never taken for one another", () => {
    expect(imapResyncKey(mail("From: ana@example.com\r\nDate: Mon, 1 Dec 2026 10:00:00 +0200\r\nSubject: Hi"))).toBeNull();
  });

  it("ignores headers in the body", () => {
    expect(imapResyncKey(mail("From: ana@example.com\r\nSubject: Hi", "Message-ID: <in-body@example.com>\r\n"))).toBeNull();
  });
});
