// The second key of an IMAP message (issue 15): after a UIDVALIDITY change every UID is new, so
// the same message is recognised by Message-ID + Date + sender + size instead. Taken from the raw
// header block, not from a server's ENVELOPE, so it does not depend on how a server parses dates.
import { sha256Hex } from "@/server/tokens";

const HEADER_LIMIT = 256 * 1024;

/** The unfolded header fields of a raw message (names lower-cased; the first of each name wins). */
function headerFields(raw: Uint8Array): Map<string, string> {
  const head = Buffer.from(raw.subarray(0, Math.min(raw.byteLength, HEADER_LIMIT))).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const block = (end === -1 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(name)) fields.set(name, line.slice(colon + 1).replace(/\s+/g, " ").trim());
  }
  return fields;
}

/** The address of a From value: what is between the last angle brackets, else the value itself. */
function senderAddress(from: string): string {
  const angle = /<([^<>]*)>[^<>]*$/.exec(from);
  return (angle ? angle[1]! : from).trim().toLowerCase();
}

/**
 * sha256 of Message-ID, Date, sender address and size; null when the message has no Message-ID
 * (without it two different messages of one sender and size in the same second would be one).
 */
export function imapResyncKey(raw: Uint8Array): string | null {
  const fields = headerFields(raw);
  const messageId = fields.get("message-id");
  if (!messageId) return null;
  const date = fields.get("date") ?? "";
  const sender = senderAddress(fields.get("from") ?? "");
  return sha256Hex(`${messageId}\n${date}\n${sender}\n${raw.byteLength}`);
}
