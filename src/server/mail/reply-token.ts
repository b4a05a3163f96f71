// The reply token threads a customer's reply to its ticket when the References header is lost
// (clients that drop it, forwards, copies to another address). We put it in two places of every
// mail we send: the Reply-To (plus-addressing, `support+t-<token>@shop.example`) and our
// Message-ID (`<t-<token>.<random>@domain>`), which replies quote in In-Reply-To/References.
//
// Token = base32(ticket id, 16 bytes -> 26 chars) + base32(first 10 bytes of HMAC-SHA256) (16 chars):
// 42 characters of [a-z2-7], safe in a URL and an address's local part, and read the same in any
// letter case (some clients and servers upper-case local parts). The ticket id is in the clear so
// the pipeline can find the ticket without a stored lookup column; the MAC, over a fixed label,
// the workspace id and the ticket id, makes a token for another ticket or another workspace
// impossible to make without the secret, and is compared in constant time. The workspace is the
// one of the mailbox the mail arrived at, never something the mail says.
//
// The Reply-To must stay a valid address: RFC 5321 (4.5.3.1.1) allows 64 octets in a local part,
// and `+t-<token>` takes 45 of them, so it fits only mailboxes whose local part has at most 19
// octets (`support`, `help`, `customer-service`). For longer ones (`customer.support.team`) the
// Reply-To carries the SHORT token instead: `+n-<number token>`, base32 of the ticket NUMBER (4
// bytes -> 7 chars) + the same 10-byte MAC over a label of its own, the workspace id and the number
// (16 chars): 26 octets, so local parts up to 38 octets. Numbers are unique in a workspace and never
// reused, so it names one ticket as surely as the id does. A local part longer still (39 to 64
// octets, counted in UTF-8 for internationalised addresses) gets the bare mailbox address with no
// plus part: replies then thread by References, by the full token in our Message-ID (every reply
// quotes it in In-Reply-To/References; a Message-ID has no 64-octet limit) or by `[#n]` in the
// subject from the customer or a Cc, so threading loses only the plus-address path, and only there.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { base32, BASE32_ALPHABET } from "@/server/tokens";
import type { ParsedMail } from "./parse-mail";

const ID_CHARS = 26;
const MAC_BYTES = 10;
const MAC_CHARS = 16;
export const REPLY_TOKEN_LENGTH = ID_CHARS + MAC_CHARS;
const TOKEN = `[a-z2-7]{${REPLY_TOKEN_LENGTH}}`;
/** A ticket number (at most 2^31 - 1) as 4 bytes: 7 base32 characters. */
const NUMBER_CHARS = 7;
export const SHORT_REPLY_TOKEN_LENGTH = NUMBER_CHARS + MAC_CHARS;
const SHORT_TOKEN = `[a-z2-7]{${SHORT_REPLY_TOKEN_LENGTH}}`;
/** RFC 5321 4.5.3.1.1: the longest local part, in octets. */
export const MAX_LOCAL_PART_OCTETS = 64;

function fromBase32(text: string, byteLength: number): Buffer | null {
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of text) {
    const digit = BASE32_ALPHABET.indexOf(ch);
    if (digit === -1) return null;
    value = ((value << 5) | digit) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return bytes.length === byteLength ? Buffer.from(bytes) : null;
}

const uuidBytes = (uuid: string) => Buffer.from(uuid.replaceAll("-", ""), "hex");

function bytesToUuid(bytes: Buffer): string {
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mac(secret: string, workspaceId: string, ticketId: string): Buffer {
  return createHmac("sha256", secret)
    .update(`shopdesk-reply-token\u0000${workspaceId.toLowerCase()}\u0000${ticketId.toLowerCase()}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The token of one ticket in one workspace. `secret` is a server secret (at least 32 characters). */
export function replyToken(secret: string, workspaceId: string, ticketId: string): string {
  if (!UUID.test(ticketId)) throw new Error("replyToken: ticketId must be a UUID");
  return base32(uuidBytes(ticketId)) + base32(mac(secret, workspaceId, ticketId));
}

/**
 * The ticket id a token stands for, when the token was made with `secret` for `workspaceId`;
 * null for a garbled, forged or foreign token.
 */
export function verifyReplyToken(secret: string, workspaceId: string, token: string): string | null {
  const lower = token.trim().toLowerCase();
  if (!new RegExp(`^${TOKEN}$`).test(lower)) return null;
  const idBytes = fromBase32(lower.slice(0, ID_CHARS), 16);
  const given = fromBase32(lower.slice(ID_CHARS), MAC_BYTES);
  if (!idBytes || !given) return null;
  // Only canonical encodings: the spare low bits of the last character must be zero.
  if (base32(idBytes) !== lower.slice(0, ID_CHARS) || base32(given) !== lower.slice(ID_CHARS)) return null;
  const ticketId = bytesToUuid(idBytes);
  return timingSafeEqual(given, mac(secret, workspaceId, ticketId)) ? ticketId : null;
}

function numberMac(secret: string, workspaceId: string, ticketNumber: number): Buffer {
  return createHmac("sha256", secret)
    .update(`shopdesk-reply-number\u0000${workspaceId.toLowerCase()}\u0000${ticketNumber}`)
    .digest()
    .subarray(0, MAC_BYTES);
}

const numberBytes = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

/** The short token of ticket number `ticketNumber` in one workspace, for long mailbox addresses. */
export function shortReplyToken(secret: string, workspaceId: string, ticketNumber: number): string {
  if (!Number.isInteger(ticketNumber) || ticketNumber < 1 || ticketNumber > 2_147_483_647) throw new Error("shortReplyToken: not a ticket number");
  return base32(numberBytes(ticketNumber)) + base32(numberMac(secret, workspaceId, ticketNumber));
}

/** The ticket number a short token stands for, when made with `secret` for `workspaceId`; null otherwise. */
export function verifyShortReplyToken(secret: string, workspaceId: string, token: string): number | null {
  const lower = token.trim().toLowerCase();
  if (!new RegExp(`^${SHORT_TOKEN}$`).test(lower)) return null;
  const bytes = fromBase32(lower.slice(0, NUMBER_CHARS), 4);
  const given = fromBase32(lower.slice(NUMBER_CHARS), MAC_BYTES);
  if (!bytes || !given) return null;
  if (base32(bytes) !== lower.slice(0, NUMBER_CHARS) || base32(given) !== lower.slice(NUMBER_CHARS)) return null;
  const ticketNumber = bytes.readUInt32BE();
  if (ticketNumber < 1 || ticketNumber > 2_147_483_647) return null;
  return timingSafeEqual(given, numberMac(secret, workspaceId, ticketNumber)) ? ticketNumber : null;
}

const octets = (s: string) => Buffer.byteLength(s, "utf8");

/**
 * Our Reply-To for a mailbox address: `support+t-<token>@shop.example` when it fits in 64 octets,
 * else `…+n-<shortToken>@…` when that fits, else the bare address (see the header). An existing
 * +tag of the mailbox address is replaced.
 */
export function replyAddress(mailboxAddress: string, token: string, shortToken?: string): string {
  const at = mailboxAddress.lastIndexOf("@");
  if (at <= 0) throw new Error("replyAddress: not an address");
  const local = mailboxAddress.slice(0, at).replace(/\+.*$/, "");
  const domain = mailboxAddress.slice(at);
  for (const tagged of [`${local}+t-${token}`, ...(shortToken ? [`${local}+n-${shortToken}`] : [])]) {
    if (octets(tagged) <= MAX_LOCAL_PART_OCTETS) return `${tagged}${domain}`;
  }
  return `${local}${domain}`;
}

/** A Message-ID of ours for a mail on the token's ticket: `<t-<token>.<random>@domain>`. */
export function ourMessageId(token: string, domain: string): string {
  return `<t-${token}.${base32(randomBytes(10))}@${domain}>`;
}

const FROM_MESSAGE_ID = new RegExp(`^t-(${TOKEN})\\.[a-z2-7]+@`, "i");
const FROM_ADDRESS = new RegExp(`\\+t-(${TOKEN})@`, "i");
const SHORT_FROM_ADDRESS = new RegExp(`\\+n-(${SHORT_TOKEN})@`, "i");

/** The To/Cc (and Delivered-To/X-Original-To) addresses of a mail, where our plus-addresses are. */
function recipients(mail: ParsedMail): string[] {
  const envelope = [...(mail.headers["delivered-to"] ?? []), ...(mail.headers["x-original-to"] ?? [])];
  return [...mail.to.map((a) => a.address), ...mail.cc.map((a) => a.address), ...envelope];
}

/**
 * Candidate tokens of a mail, lower-cased and unverified, most telling first: In-Reply-To, then
 * References from the newest, then the To/Cc (and Delivered-To/X-Original-To) plus-addresses.
 */
export function findReplyTokens(mail: ParsedMail): string[] {
  const found: string[] = [];
  const ids = [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()];
  for (const id of ids) {
    const m = FROM_MESSAGE_ID.exec(id);
    if (m) found.push(m[1]!.toLowerCase());
  }
  for (const address of recipients(mail)) {
    const m = FROM_ADDRESS.exec(address);
    if (m) found.push(m[1]!.toLowerCase());
  }
  return [...new Set(found)];
}

/** Candidate short tokens (`+n-…` plus-addresses of long mailbox addresses), lower-cased and unverified. */
export function findShortReplyTokens(mail: ParsedMail): string[] {
  const found: string[] = [];
  for (const address of recipients(mail)) {
    const m = SHORT_FROM_ADDRESS.exec(address);
    if (m) found.push(m[1]!.toLowerCase());
  }
  return [...new Set(found)];
}
