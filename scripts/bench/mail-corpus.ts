// The mail of `npm run bench:ingest`: `count` messages, the same for a given seed, shaped like a
// shop's support inbox: mostly short plain-text questions, some HTML newsletters-style replies,
// some with a photo or a PDF attached and a few large ones (up to 2 MB), in the languages and
// legacy charsets of the charset fixtures (Greek, Arabic, Polish, Estonian, Russian, Japanese,
// Chinese), each with its own Message-ID.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { charsetSamples, undeclaredSamples } from "../../tests/fixtures/mail/samples";

const FIXTURES = path.resolve(import.meta.dirname, "../../tests/fixtures/mail");

/** mulberry32: a small seeded generator, so two runs measure the same corpus. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = "text" | "html" | "attachment" | "large" | "fixture" | "undeclared";

/** Share of each kind (cumulative thresholds). */
const MIX: [Kind, number][] = [
  ["text", 0.62],
  ["html", 0.8],
  ["fixture", 0.9],
  ["attachment", 0.985],
  ["large", 1],
];

/** Charsets iconv-lite can encode, with the texts of that language. */
const ENCODABLE = charsetSamples.filter((s) => !["iso-2022-jp", "utf-7"].includes(s.name));

function encodedWord(text: string, charset: string): string {
  return `=?${charset}?B?${iconv.encode(text, charset).toString("base64")}?=`;
}

function wrap64(buf: Buffer): string {
  return (buf.toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");
}

export type CorpusStats = { messages: number; bytes: number; byKind: Record<Kind, number> };

export function generateCorpus(count: number, seed = 20261205): { messages: Buffer[]; stats: CorpusStats } {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const fixtures = readdirSync(FIXTURES)
    .filter((n) => n.endsWith(".eml") && !["truncated.eml"].includes(n))
    .map((n) => readFileSync(path.join(FIXTURES, n)).toString("latin1"));
  const stats: CorpusStats = { messages: count, bytes: 0, byKind: { text: 0, html: 0, attachment: 0, large: 0, fixture: 0, undeclared: 0 } };
  const messages: Buffer[] = [];
  const kinds: Kind[] = [];

  for (let i = 0; i < count; i++) {
    const r = rnd();
    const kind = MIX.find(([, t]) => r < t)![0];
    kinds.push(kind);
    const messageId = `<bench-${seed}-${i}@customers.example>`;
    let raw: Buffer;
    if (kind === "fixture") {
      const f = pick(fixtures).replace(/^Message-ID:.*\r?\n/im, "");
      raw = Buffer.from(`Message-ID: ${messageId}\r\n${f}`, "latin1");
    } else {
      const sample = rnd() < 0.5 ? charsetSamples[0]! : pick(ENCODABLE);
      const charset = sample.charset;
      const head =
        `From: =?utf-8?B?${Buffer.from(`Πελάτης ${i}`).toString("base64")}?= <customer${i % 400}@customers.example>\r\n` +
        `To: support@shop.example\r\nSubject: ${encodedWord(`${sample.subject} #${i}`, charset)}\r\nMessage-ID: ${messageId}\r\n` +
        `Date: Mon, 1 Dec 2026 ${String(8 + (i % 10)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00 +0200\r\nMIME-Version: 1.0\r\n`;
      const target = kind === "text" ? int(2_000, 8_000) : kind === "html" ? int(8_000, 40_000) : kind === "attachment" ? int(40_000, 300_000) : int(500_000, 2_000_000);
      const paragraphs: string[] = [];
      let size = 0;
      while (size < Math.min(target, 12_000)) {
        const p = `${sample.body} (${i}.${paragraphs.length})`;
        paragraphs.push(p);
        size += Buffer.byteLength(p) + 2;
      }
      const text = paragraphs.join("\n\n");
      const body = wrap64(iconv.encode(text, charset));
      const textPart = `Content-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`;
      if (kind === "text") {
        raw = Buffer.from(`${head}${textPart}`);
      } else {
        const boundary = `b${i}-${randomBytes(6).toString("hex")}`;
        const htmlParas = paragraphs.map((p) => `<p style="margin:0 0 12px;font-family:Arial">${p}</p>`);
        while (htmlParas.join("").length < Math.min(target, 40_000)) htmlParas.push(`<table width="100%"><tr><td style="padding:8px"><img src="https://shop.example/banner-${i}.png" alt=""></td></tr></table>`);
        const html = `<html><head><style>p{color:#333}</style></head><body>${htmlParas.join("\n")}</body></html>`;
        const htmlPart = `Content-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: base64\r\n\r\n${wrap64(iconv.encode(html, charset))}\r\n`;
        const alternative = `Content-Type: multipart/alternative; boundary="${boundary}-alt"\r\n\r\n--${boundary}-alt\r\n${textPart}--${boundary}-alt\r\n${htmlPart}--${boundary}-alt--\r\n`;
        if (kind === "html") {
          raw = Buffer.from(`${head}${alternative}`);
        } else {
          const attachment = randomBytes(Math.max(1_000, Math.floor((target - 10_000) * 0.74)));
          const name = rnd() < 0.5 ? `photo-${i}.jpg` : `invoice-${i}.pdf`;
          const type = name.endsWith(".jpg") ? "image/jpeg" : "application/pdf";
          raw = Buffer.from(
            `${head}Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\n${alternative}--${boundary}\r\n` +
              `Content-Type: ${type}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
              `${wrap64(attachment)}\r\n--${boundary}--\r\n`,
          );
        }
      }
    }
    messages.push(raw);
  }
  // Undeclared 8-bit text too (the detector's work), in place of the first few plain messages.
  for (const [k, s] of undeclaredSamples.entries()) {
    if (k * 7 >= count) break;
    const messageId = `<bench-${seed}-undeclared-${k}@customers.example>`;
    const raw = Buffer.concat([
      Buffer.from(`From: Customer <undeclared${k}@customers.example>\r\nTo: support@shop.example\r\nSubject: Order question ${k}\r\nMessage-ID: ${messageId}\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
      iconv.encode(`${s.body}\r\n`, s.encoding),
    ]);
    messages[k * 7] = raw;
    kinds[k * 7] = "undeclared";
  }
  for (const [k, m] of messages.entries()) {
    stats.bytes += m.length;
    stats.byKind[kinds[k]!]++;
  }
  return { messages, stats };
}
