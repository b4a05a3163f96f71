import { readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { normalizeCharsets } from "./normalize-charsets";
import { parseMail } from "./parse-mail";

const fixture = (name: string) => readFileSync(join(process.cwd(), "tests/fixtures/mail", `${name}.eml`));

const polish = "Dzień dobry, w zeszłym tygodniu złożyłem zamówienie, ale nadal go nie otrzymałem. Proszę o informację, kiedy przesyłka dotrze i czy jest numer śledzenia paczki. Łukasz Żółkiewski";
const estonian = "Tere! Tellisin eelmisel nädalal šokolaadi ja õunamahla, kuid pakk pole ikka veel kohale jõudnud. Palun öelge, millal see saabub. Tänan ette, Jüri Õunapuu ja Žanna Šuvalova.";

describe("normalizeCharsets", () => {
  it("returns a message that needs no fix byte for byte", () => {
    for (const name of ["utf-8", "iso-8859-7", "alternative-attachments", "postfix-dsn"]) {
      const raw = fixture(name);
      expect(normalizeCharsets(raw), name).toBe(raw);
    }
  });

  it("fixes undeclared parts inside multipart, keeps attachments' bytes, and decodes raw legacy headers", async () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00, 0x80]);
    const raw = Buffer.concat([
      Buffer.from("From: a@example.pl\r\nSubject: "),
      iconv.encode("Zamówienie źle dostarczone", "windows-1250"),
      Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'),
      Buffer.from('--b\r\nContent-Type: multipart/alternative; boundary="b-2"\r\n\r\n'),
      Buffer.from("--b-2\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n"),
      Buffer.from(iconv.encode(polish, "windows-1250").toString("base64") + "\r\n"),
      Buffer.from("--b-2\r\nContent-Type: text/html; charset=us-ascii\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"),
      iconv.encode(`<p>${polish}</p>`, "windows-1250"),
      Buffer.from("\r\n--b-2--\r\n"),
      Buffer.from('--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="x.bin"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      binary,
      Buffer.from("\r\n--b--\r\n"),
    ]);
    const mail = await parseMail(raw);
    expect(mail.subject).toBe("Zamówienie źle dostarczone");
    expect(mail.text.trim()).toBe(polish);
    expect(mail.html).toBe(`<p>${polish}</p>`);
    expect(mail.attachments.map((a) => [a.filename, a.content.equals(binary)])).toEqual([["x.bin", true]]);
  });

  it("re-detects a body labelled UTF-8 whose bytes are not UTF-8", async () => {
    const raw = Buffer.concat([
      Buffer.from("From: a@example.ee\r\nSubject: Tellimus\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"),
      Buffer.from([...iconv.encode(estonian, "iso-8859-15")].map((b) => (b > 127 || b === 61 ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b))).join("")),
    ]);
    const mail = await parseMail(raw);
    expect(mail.text).not.toContain("\uFFFD");
    expect(mail.text).toContain("nädalal");
    expect(mail.text).toContain("õunamahla");
  });

  it("decodes a UTF-7 HTML body (mailparser refuses it; the HTML goes through sanitizeMailHtml like any other)", async () => {
    const raw = Buffer.from("From: a@example.com\r\nContent-Type: text/html; charset=utf-7\r\n\r\n+ADw-p+AD4-Hi+ADw-/p+AD4-\r\n");
    expect((await parseMail(raw)).html?.trim()).toBe("<p>Hi</p>");
  });
});
