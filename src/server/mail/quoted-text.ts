// Splits a plain-text mail into what the sender wrote now and what collapses behind "Show quoted
// text" (the quoted history and the signature). Our own markers come first: the quote headers
// of Gmail, Outlook and Apple Mail in the product's five languages, which email-reply-parser
// does not know (Greek, Arabic, Estonian, Outlook's localized "From:/Sent:" blocks); then
// email-reply-parser handles the rest (its locales, "> " blocks, common signatures).
import EmailReplyParser from "email-reply-parser";

export type SplitText = { visible: string; quoted: string | null };

// email-reply-parser's patterns run on the JavaScript regex engine here (RE2 is not installed);
// some of them can take quadratic time on huge texts, so those get only our line markers.
const LIBRARY_MAX_CHARS = 100_000;

const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One-line (or two-line, when the client wrapped it) "X wrote:" headers. Each needs a digit or an @. */
const QUOTE_HEADERS: RegExp[] = [
  /^On\s.{4,300}\swrote:$/i, // Gmail, Apple Mail, Thunderbird (en)
  /^Στις\s.{4,300}\sέγραψε:$/u, // el
  /^(?:W dniu|Dnia)\s.{4,300}\s(?:napisał\(a\)|napisała|napisał|pisze):$/u, // pl
  /^.{0,300}\skirjutas(?:\skuupäeval)?(?:\s.{0,200})?:$/u, // et: "X kirjutas kuupäeval DATE:", "DATE kirjutas X:"
  /^في\s.{4,300}\sكتب\s.{1,300}:$/u, // ar: "في DATE، كتب NAME <EMAIL>:"
  /^.{1,300}\sكتب:$/u, // ar: "NAME <EMAIL> كتب:"
];

const ORIGINAL_MESSAGE =
  /^-{2,}\s*(?:Original Message|Αρχικό μήνυμα|Wiadomość oryginalna|Oryginalna wiadomość|Algne sõnum|Originaalsõnum|الرسالة الأصلية)\s*-{2,}$/iu;

// Outlook's header block: "From:" then, within a few lines, "Sent:"/"Date:", in each language.
const OUTLOOK_FROM = /^\*?(?:From|Od|Από|Saatja|Kellelt|من|Von|De)\s?:\*?\s+\S/u;
const OUTLOOK_SENT =
  /^\*?(?:Sent|Date|Wysłano|Data|Στάλθηκε|Ημερομηνία|Saadetud|Saatmisaeg|Kuupäev|تاريخ الإرسال|التاريخ|أرسلت|Gesendet|Envoyé)\s?:\*?/u;
const SEPARATOR = /^_{10,}$/;

const SIGNATURE = [
  /^--\s?$/, // the standard "-- " delimiter (and its trimmed form)
  /^Sent from my .{1,40}$/i,
  /^Get Outlook for .{1,40}$/i,
  /^Wysłane z (?:mojego )?.{1,40}$/iu,
  /^Στάλθηκε από .{1,40}$/u,
  /^Saadetud (?:minu )?.{1,40}$/iu,
  /^(?:أرسلت|تم الإرسال) من .{1,40}$/u,
];

const clean = (line: string) => line.replace(BIDI_MARKS, "").trim();

/** Index (in lines) where the quoted history starts by our markers, or -1. */
function quoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = clean(lines[i]!);
    if (!line) continue;
    if (ORIGINAL_MESSAGE.test(line)) return i;
    const joined = i + 1 < lines.length ? `${line} ${clean(lines[i + 1]!)}` : line;
    for (const candidate of [line, joined]) {
      if (/\d|@/.test(candidate) && QUOTE_HEADERS.some((re) => re.test(candidate))) return i;
    }
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 5).some((l) => OUTLOOK_SENT.test(clean(l)))) {
      // Take the "____" rule above the block along with it.
      let start = i;
      while (start > 0 && (!clean(lines[start - 1]!) || SEPARATOR.test(clean(lines[start - 1]!)))) start--;
      while (start < i && !SEPARATOR.test(clean(lines[start]!))) start++;
      return start;
    }
  }
  return -1;
}

function signatureStart(lines: string[]): number {
  for (let i = 1; i < lines.length; i++) {
    if (SIGNATURE.some((re) => re.test(lines[i]!.replace(BIDI_MARKS, "")))) return i;
  }
  return -1;
}

const joinTrim = (lines: string[]) => lines.join("\n").replace(/^\s*\n/, "").trimEnd();

/** A trailing block of "> " lines (and the blank lines among them): where it starts, or -1. */
function trailingQuoteStart(lines: string[]): number {
  let start = -1;
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i]!.trim();
    if (line.startsWith(">")) start = i;
    else if (line) break;
  }
  // A mail that is nothing but a quote keeps it (there is no new text to show instead).
  const before = lines.slice(0, Math.max(start, 0)).map((l) => l.trim());
  return before.some((l) => l && !l.startsWith(">")) ? start : -1;
}

/** What our own markers cut off: the quoted history and the signature, new text first. */
function cutByMarkers(text: string): { all: string; lines: string[]; hidden: string[] } {
  const all = text.replace(/\r\n?/g, "\n");
  let lines = all.split("\n");
  const hidden: string[] = [];

  const quoted = quoteStart(lines);
  if (quoted > 0) {
    hidden.unshift(joinTrim(lines.slice(quoted)));
    lines = lines.slice(0, quoted);
  }
  const trailing = trailingQuoteStart(lines);
  if (trailing > 0) {
    hidden.unshift(joinTrim(lines.slice(trailing)));
    lines = lines.slice(0, trailing);
  }
  const signature = signatureStart(lines);
  if (signature > 0) {
    hidden.unshift(joinTrim(lines.slice(signature)));
    lines = lines.slice(0, signature);
  }
  return { all, lines, hidden };
}

/**
 * The new text of a mail for search to index, when our markers find quoted history or a signature
 * after it; null when they find none (the whole text is indexed). Only our line markers, not
 * email-reply-parser: run on every inbound mail, the library's per-line patterns cost more than
 * parsing the mail (about 3 ms for a 5 KB text), while splitQuoted runs it for display.
 */
export function newTextForSearch(text: string): string | null {
  const { lines, hidden } = cutByMarkers(text);
  if (hidden.every((h) => !h.trim())) return null;
  const visible = joinTrim(lines).trim();
  return visible || null;
}

export function splitQuoted(text: string): SplitText {
  const { all, lines, hidden } = cutByMarkers(text);

  let visible = joinTrim(lines).trim();
  if (visible.length <= LIBRARY_MAX_CHARS) {
    const email = new EmailReplyParser().read(visible);
    const libraryVisible = email.getVisibleText().trim();
    // Only a cut at the end is taken; a reply interleaved with quotes stays whole.
    if (libraryVisible && libraryVisible !== visible && visible.startsWith(libraryVisible)) {
      hidden.unshift(visible.slice(libraryVisible.length).trim());
      visible = libraryVisible;
    }
  }

  const rest = hidden.filter((h) => h.trim().length > 0).join("\n\n");
  if (!visible) return { visible: all.trim(), quoted: null };
  return { visible, quoted: rest ? rest : null };
}
