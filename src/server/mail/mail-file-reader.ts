// Reads the messages of a file given to `mail:import`: an .eml (one message) or an mbox (mboxo or
// mboxrd: messages after `From ` postmark lines, `>From ` lines unescaped). Streamed: an mbox of
// gigabytes is never read whole; at most one message (up to MAX_RAW_MAIL_BYTES) is in memory, and
// a larger one is only counted until its end.
import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { MAX_RAW_MAIL_BYTES } from "./accept-raw-mail";

export type FileMessage =
  | { kind: "message"; index: number; raw: Buffer }
  | { kind: "refused"; index: number; size: number; reason: "empty" | "too-large" };

const LF = 0x0a;
const POSTMARK = Buffer.from("From ");

/** True when the file starts with an mbox postmark line (an .eml starts with a header such as `From:`). */
async function isMbox(path: string): Promise<boolean> {
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(POSTMARK.length);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return bytesRead === POSTMARK.length && head.equals(POSTMARK);
  } finally {
    await fh.close();
  }
}

export async function* readMailFile(path: string, chunkBytes = 1024 * 1024): AsyncGenerator<FileMessage> {
  if (await isMbox(path)) {
    yield* readMbox(createReadStream(path, { highWaterMark: chunkBytes }));
    return;
  }
  const { size } = await stat(path);
  if (size === 0) yield { kind: "refused", index: 1, size, reason: "empty" };
  else if (size > MAX_RAW_MAIL_BYTES) yield { kind: "refused", index: 1, size, reason: "too-large" };
  else {
    yield { kind: "message", index: 1, raw: await readFile(path) };
  }
}

/** The lines of a byte stream, each with its LF (the last one may have none). */
async function* lines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    let start = 0;
    for (let nl = buf.indexOf(LF, start); nl !== -1; nl = buf.indexOf(LF, start)) {
      const piece = buf.subarray(start, nl + 1);
      if (pending.length > 0) {
        pending.push(piece);
        yield Buffer.concat(pending);
        pending = [];
      } else yield piece;
      start = nl + 1;
    }
    if (start < buf.length) pending.push(buf.subarray(start));
  }
  if (pending.length > 0) yield Buffer.concat(pending);
}

const isBlank = (line: Buffer) => line.length === 1 || (line.length === 2 && line[0] === 0x0d);
const startsWithPostmark = (line: Buffer) => line.length >= POSTMARK.length && line.subarray(0, POSTMARK.length).equals(POSTMARK);

/** `>From `, `>>From `...: an escaped line (mboxrd; mboxo escapes only one level, which this also reads). */
function unescapeFrom(line: Buffer): Buffer {
  if (line[0] !== 0x3e) return line;
  let i = 0;
  while (line[i] === 0x3e) i++;
  return line.subarray(i, i + POSTMARK.length).equals(POSTMARK) ? line.subarray(1) : line;
}

/**
 * Splits an mbox into messages. A postmark line starts a message at the top of the file or after
 * a blank line (so an unescaped `From ` inside a paragraph of a sloppy mbox does not cut a message
 * in two); the blank line before it is the separator's, not the message's.
 */
export async function* readMbox(stream: AsyncIterable<Buffer | string>): AsyncGenerator<FileMessage> {
  let index = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let started = false;
  let previousBlank = true;
  let heldBlank: Buffer | null = null;

  const finish = (): FileMessage => {
    index++;
    const message: FileMessage =
      size > MAX_RAW_MAIL_BYTES
        ? { kind: "refused", index, size, reason: "too-large" }
        : parts.every(isBlank)
          ? { kind: "refused", index, size, reason: "empty" }
          : { kind: "message", index, raw: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    return message;
  };
  const add = (line: Buffer) => {
    size += line.length;
    // Past the limit only the size is kept: the message will be refused, never held whole.
    if (size <= MAX_RAW_MAIL_BYTES) parts.push(line);
    else parts = [];
  };

  for await (const line of lines(stream)) {
    if (previousBlank && startsWithPostmark(line)) {
      heldBlank = null;
      if (started) yield finish();
      started = true;
      previousBlank = false;
      continue;
    }
    const blank = isBlank(line);
    if (!started) {
      // Text before the first postmark is not a message of the mbox.
      previousBlank = blank;
      continue;
    }
    // A blank line is held back: it is the separator's when a postmark follows.
    if (heldBlank) add(heldBlank);
    heldBlank = blank ? line : null;
    if (!blank) add(unescapeFrom(line));
    previousBlank = blank;
  }
  if (started) yield finish();
}
