// Every charset the issue names, as real bytes (tests/fixtures/mail/*.eml, written by generate.ts):
// subject, body and attachment file name must come back as the Unicode the sender typed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parseMail } from "@/server/mail/parse-mail";
import { charsetSamples, undeclaredSamples } from "../fixtures/mail/samples";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "../fixtures/mail", `${name}.eml`));

describe("parseMail decodes declared charsets", () => {
  it.each(charsetSamples)("$charset: subject, body and RFC 2231 file name", async (sample) => {
    const mail = await parseMail(fixture(sample.name));
    expect(mail.subject).toBe(sample.subject);
    expect(mail.text.trim()).toBe(sample.body);
    expect(mail.attachments.map((a) => a.filename)).toEqual([sample.filename]);
    expect(mail.text).not.toContain("\uFFFD");
  });

  it("keeps an attachment's bytes as sent (not re-encoded)", async () => {
    const sample = charsetSamples.find((s) => s.name === "windows-1257")!;
    const mail = await parseMail(fixture(sample.name));
    expect(mail.attachments[0]!.content.equals(iconv.encode(sample.body.replaceAll("\n", "\r\n"), "windows-1257"))).toBe(true);
  });
});

describe("parseMail detects undeclared 8-bit text instead of assuming Latin-1", () => {
  it.each(undeclaredSamples)("$name ($declared declared)", async (sample) => {
    const mail = await parseMail(fixture(sample.name));
    expect(mail.subject).toBe(sample.subject);
    expect(mail.text.trim()).toBe(sample.body);
  });
});

describe("parseMail decodes RFC 2047 words", () => {
  it("joins words split inside a character across folded lines and adjacent words in different charsets", async () => {
    const mail = await parseMail(fixture("split-encoded-words"));
    expect(mail.subject).toBe("Καλημέρα, η παραγγελία łódź сцёт");
  });
});
