// Rewrites the parts of a raw message that mailparser would decode wrongly, before it parses:
// text bodies with no charset, a false `us-ascii` or `utf-8` label over 8-bit bytes (mailparser
// reads those as UTF-8 and replaces every byte it cannot read), raw 8-bit headers in a legacy
// charset, and UTF-7 bodies, encoded words and RFC 2231 parameters (mailparser refuses UTF-7
// because "+ADw-script+AD4-" decodes to "<script>"; we decode it, since HTML is sanitized and
// text is escaped after parsing like any other charset). Such a body is detected with chardet
// (never assumed to be Latin-1), decoded with iconv-lite and written back as UTF-8 in base64.
// Everything else is left byte for byte as it came, and a message needing no fix is returned as is.

import chardet from "chardet";
import iconv from "iconv-lite";

const utf8 = new TextDecoder("utf-8", { fatal: true });

function isUtf8(buf: Buffer): boolean {
  try {
    utf8.decode(buf);
    return true;
  } catch {
    return false;
  }
}

const has8bit = (buf: Buffer) => buf.some((b) => b >= 0x80);

const isUtf7 = (charset: string) => /^(?:unicode-1-1-)?utf-?7$/i.test(charset.trim());

// chardet names an ISO-8859 charset for text that a Windows code page wrote when the text has no
// characters in 0x80-0x9F; when it does, those bytes are the code page's (quotes, dashes, €).
const WINDOWS_OF: Record<string, string> = {
  "iso-8859-1": "windows-1252",
  "iso-8859-2": "windows-1250",
  "iso-8859-7": "windows-1253",
  "iso-8859-9": "windows-1254",
  "iso-8859-13": "windows-1257",
};

/** The charset bytes were most likely written in, or null when no detector verdict is usable. */
export function detectCharset(bytes: Buffer): string | null {
  for (const guess of chardet.analyse(bytes)) {
    const name = guess.name.toLowerCase();
    if (name === "ascii") continue;
    if (!iconv.encodingExists(name)) continue;
    const windows = WINDOWS_OF[name];
    if (windows && bytes.some((b) => b >= 0x80 && b <= 0x9f)) return windows;
    return name;
  }
  return null;
}

/** Text in an undeclared charset: detected, or UTF-8 with replacement characters when nothing fits. */
export function decodeUnknown(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  const charset = detectCharset(bytes);
  return charset ? iconv.decode(bytes, charset) : bytes.toString("utf8");
}

type Entity = { head: Buffer; sep: Buffer; body: Buffer };

// Byte searches rather than regexes over the whole message: a 25 MB mail is scanned once, in place.
function splitEntity(buf: Buffer): Entity {
  const split = (headEnd: number, bodyStart: number) => ({
    head: buf.subarray(0, headEnd),
    sep: buf.subarray(headEnd, bodyStart),
    body: buf.subarray(bodyStart),
  });
  if (buf[0] === 0x0a) return split(0, 1);
  if (buf[0] === 0x0d && buf[1] === 0x0a) return split(0, 2);
  for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) {
    if (buf[i + 1] === 0x0a) return split(i + 1, i + 2);
    if (buf[i + 1] === 0x0d && buf[i + 2] === 0x0a) return split(i + 1, i + 3);
  }
  return { head: buf, sep: Buffer.alloc(0), body: Buffer.alloc(0) };
}

/** Header fields with their folded lines, each with its line ending, exactly as in the message. */
function headerFields(head: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  const text = head.toString("latin1");
  const starts = [0];
  const re = /\n(?![ \t])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (m.index + 1 < text.length) starts.push(m.index + 1);
  starts.forEach((start, i) => fields.push(head.subarray(start, starts[i + 1] ?? head.length)));
  return fields;
}

const fieldName = (field: Buffer) => field.toString("latin1").split(":", 1)[0]!.trim().toLowerCase();
const fieldValue = (field: Buffer) =>
  field.toString("latin1").slice(field.toString("latin1").indexOf(":") + 1).replace(/\r?\n(?=[ \t])/g, "").trim();

function param(value: string, name: string): string | null {
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]*))`, "i").exec(value);
  return m ? (m[1] ?? m[2] ?? "") : null;
}

function decodeQuotedPrintable(s: string, underscoreIsSpace = false): Buffer {
  const cleaned = s.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < cleaned.length; i++) {
    const ch = cleaned[i]!;
    const hex = cleaned.slice(i + 1, i + 3);
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (underscoreIsSpace && ch === "_") bytes.push(0x20);
    else bytes.push(cleaned.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

const decodeBase64 = (s: string) => Buffer.from(s.replace(/[^A-Za-z0-9+/]/g, ""), "base64");

const base64Lines = (buf: Buffer) => (buf.toString("base64").match(/.{1,76}/g) ?? []).join("\r\n");

/** `=?utf-7?Q|B?...?=` words as UTF-8 B-words, which mailparser decodes. */
function rewriteUtf7Words(value: string): string {
  return value.replace(/=\?((?:unicode-1-1-)?utf-?7)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/gi, (_w, _cs, enc: string, data: string) => {
    const bytes = enc.toUpperCase() === "B" ? decodeBase64(data) : decodeQuotedPrintable(data, true);
    return `=?UTF-8?B?${Buffer.from(iconv.decode(bytes, "utf-7")).toString("base64")}?=`;
  });
}

/**
 * RFC 2047 encoded words decoded; the space between adjacent words dropped, and adjacent words
 * in one charset decoded together, so a character split across two words (a common fault) survives.
 * A word in a charset iconv-lite lacks is left as it is.
 */
export function decodeWords(value: string): string {
  const re = /=\?([^?*]+)(?:\*[^?]*)?\?([BbQq])\?([^?]*)\?=/g;
  let out = "";
  let pos = 0;
  let run: { charset: string; bytes: Buffer[]; raw: string } | null = null;
  const flush = () => {
    if (!run) return;
    out += iconv.encodingExists(run.charset) ? iconv.decode(Buffer.concat(run.bytes), run.charset) : run.raw;
    run = null;
  };
  let m: RegExpExecArray | null;
  while ((m = re.exec(value))) {
    const between = value.slice(pos, m.index);
    if (!(run && /^\s*$/.test(between))) {
      flush();
      out += between;
    }
    const charset = m[1]!.toLowerCase();
    const bytes = m[2]!.toUpperCase() === "B" ? decodeBase64(m[3]!) : decodeQuotedPrintable(m[3]!, true);
    const current = run as { charset: string; bytes: Buffer[]; raw: string } | null;
    if (current && current.charset === charset) {
      current.bytes.push(bytes);
      current.raw += m[0];
    } else {
      flush();
      run = { charset, bytes: [bytes], raw: m[0] };
    }
    pos = m.index + m[0].length;
  }
  flush();
  return out + value.slice(pos);
}

/** RFC 2231 parameters (`name*=utf-7''...`, with continuations) as one `name*=UTF-8''...`. */
function rewriteUtf7Params(value: string): string {
  const pieces = [...value.matchAll(/;\s*([\w-]+)\*(\d+)?(\*)?\s*=\s*("[^"]*"|[^;\s]*)/g)];
  const attrs = new Set(pieces.map((p) => p[1]!.toLowerCase()));
  let out = value;
  for (const attr of attrs) {
    const own = pieces
      .filter((p) => p[1]!.toLowerCase() === attr)
      .sort((a, b) => Number(a[2] ?? 0) - Number(b[2] ?? 0));
    const first = own[0]!;
    const firstValue = first[4]!.replace(/^"|"$/g, "");
    const charset = first[3] ? firstValue.split("'")[0]! : "";
    if (!isUtf7(charset)) continue;
    const bytes = own.map((p, i) => {
      let v = p[4]!.replace(/^"|"$/g, "");
      if (i === 0) v = v.split("'").slice(2).join("'");
      return p[3] ? Buffer.from(decodeURIComponentBytes(v)) : Buffer.from(v, "latin1");
    });
    const decoded = iconv.decode(Buffer.concat(bytes), "utf-7");
    for (const p of own) out = out.replace(p[0], "");
    out += `; ${attr}*=UTF-8''${encodeURIComponent(decoded)}`;
  }
  return out;
}

function decodeURIComponentBytes(s: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const hex = s.slice(i + 1, i + 3);
    if (s[i] === "%" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(s.charCodeAt(i) & 0xff);
  }
  return bytes;
}

/** A header block with raw legacy bytes re-encoded as UTF-8 and UTF-7 words decoded. */
function fixHead(head: Buffer, hint: Buffer | null): Buffer {
  const fields = headerFields(head);
  const legacy = fields.filter((f) => has8bit(f) && !isUtf8(f));
  const headCharset = legacy.length ? detectCharset(Buffer.concat([...legacy, ...(hint ? [hint] : [])])) : null;
  let changed = false;
  const out = fields.map((field) => {
    let fixed = field;
    if (headCharset && has8bit(field) && !isUtf8(field)) fixed = Buffer.from(iconv.decode(field, headCharset), "utf8");
    const text = fixed.toString("utf8");
    if (/utf-?7/i.test(text)) {
      const name = text.slice(0, text.indexOf(":"));
      const value = text.slice(text.indexOf(":") + 1).replace(/\r?\n(?=[ \t])/g, "").trim();
      const rewritten = rewriteUtf7Params(rewriteUtf7Words(value));
      if (rewritten !== value) fixed = Buffer.from(`${name}: ${rewritten}\r\n`, "utf8");
    }
    if (fixed !== field) changed = true;
    return fixed;
  });
  return changed ? Buffer.concat(out) : head;
}

type Result = { buf: Buffer; changed: boolean; undeclared: Buffer | null };

function normalizeEntity(buf: Buffer, depth: number): Result {
  const { head, sep, body } = splitEntity(buf);
  const fields = headerFields(head);
  const find = (name: string) => fields.find((f) => fieldName(f) === name);
  const ctField = find("content-type");
  const contentType = ctField ? fieldValue(ctField) : "text/plain";
  const mime = contentType.split(";", 1)[0]!.trim().toLowerCase();
  const disposition = find("content-disposition");
  const attachment = disposition ? /^\s*attachment/i.test(fieldValue(disposition)) : false;

  let newBody = body;
  let newHead = head;
  let undeclared: Buffer | null = null;
  let changed = false;

  if (depth < 50 && mime.startsWith("multipart/")) {
    const boundary = param(contentType, "boundary");
    if (boundary) {
      const parts = splitMultipart(body, boundary);
      const pieces: Buffer[] = [];
      let pos = 0;
      for (const [start, end] of parts) {
        const inner = normalizeEntity(body.subarray(start, end), depth + 1);
        pieces.push(body.subarray(pos, start), inner.buf);
        pos = end;
        changed ||= inner.changed;
        undeclared ??= inner.undeclared;
      }
      pieces.push(body.subarray(pos));
      if (changed) newBody = Buffer.concat(pieces);
    }
  } else if (depth < 50 && mime === "message/rfc822") {
    const inner = normalizeEntity(body, depth + 1);
    if (inner.changed) {
      newBody = inner.buf;
      changed = true;
    }
  } else if ((mime === "text/plain" || mime === "text/html") && !attachment) {
    const fixed = fixTextBody(fields, contentType, body);
    if (fixed) {
      newHead = fixed.head;
      newBody = fixed.body;
      undeclared = fixed.raw;
      changed = true;
    }
  }

  const fixedHead = fixHead(newHead, undeclared);
  if (fixedHead !== head) changed = true;
  return { buf: changed ? Buffer.concat([fixedHead, sep, newBody]) : buf, changed, undeclared };
}

/** [start, end) of each part's bytes between the boundary delimiter lines. */
function splitMultipart(body: Buffer, boundary: string): [number, number][] {
  const delimiter = Buffer.from(`--${boundary}`, "latin1");
  const parts: [number, number][] = [];
  let open: number | null = null;
  for (let at = body.indexOf(delimiter); at !== -1; at = body.indexOf(delimiter, at + 1)) {
    if (at > 0 && body[at - 1] !== 0x0a) continue;
    let end = at + delimiter.length;
    const closing = body[end] === 0x2d && body[end + 1] === 0x2d;
    if (closing) end += 2;
    while (body[end] === 0x20 || body[end] === 0x09) end++;
    if (body[end] === 0x0d && body[end + 1] === 0x0a) end += 2;
    else if (body[end] === 0x0a) end += 1;
    else if (end < body.length) continue; // "--boundary" followed by more text: not a delimiter line
    // The line break before a delimiter belongs to the delimiter.
    const start = at === 0 ? 0 : at - (at >= 2 && body[at - 2] === 0x0d ? 2 : 1);
    if (open !== null) parts.push([open, Math.max(open, start)]);
    if (closing) return parts;
    open = end;
  }
  // A truncated message: the last part runs to the end.
  if (open !== null && open < body.length) parts.push([open, body.length]);
  return parts;
}

function fixTextBody(fields: Buffer[], contentType: string, body: Buffer): { head: Buffer; body: Buffer; raw: Buffer } | null {
  const cte = fields.find((f) => fieldName(f) === "content-transfer-encoding");
  const encoding = cte ? fieldValue(cte).toLowerCase() : "7bit";
  const charset = (param(contentType, "charset") ?? "").trim().toLowerCase();
  const raw =
    encoding === "base64" ? decodeBase64(body.toString("latin1")) : encoding === "quoted-printable" ? decodeQuotedPrintable(body.toString("latin1")) : body;

  let decoded: string;
  if (isUtf7(charset)) decoded = iconv.decode(raw, "utf-7");
  else if ((charset === "" || charset === "us-ascii" || charset === "ascii" || charset === "utf-8" || charset === "utf8") && has8bit(raw) && !isUtf8(raw)) {
    decoded = decodeUnknown(raw);
  } else if ((charset === "" || charset === "us-ascii" || charset === "ascii") && has8bit(raw)) {
    decoded = raw.toString("utf8"); // undeclared but valid UTF-8: what current clients send
  } else return null;

  const others = fields.filter((f) => !["content-type", "content-transfer-encoding"].includes(fieldName(f)));
  const typeWithoutCharset = contentType.replace(/;\s*charset\s*=\s*("[^"]*"|[^;\s]*)/i, "");
  const head = Buffer.concat([
    ...others,
    Buffer.from(`Content-Type: ${typeWithoutCharset}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n`, "latin1"),
  ]);
  return { head, body: Buffer.from(base64Lines(Buffer.from(decoded, "utf8")) + "\r\n", "latin1"), raw };
}

/** The message with every text part and header in a form mailparser decodes correctly. */
export function normalizeCharsets(raw: Buffer): Buffer {
  return normalizeEntity(raw, 0).buf;
}
