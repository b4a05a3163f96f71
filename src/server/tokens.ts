// Random secrets shown once (invitation links, API tokens) and the sha256 we store instead.
// A leaked database therefore holds no usable token; lookups go by hash, so there is no
// string comparison of secrets whose timing could leak them.
import { createHash, randomBytes } from "node:crypto";

/** `bytes` random bytes (default 32 = 256 bits) as base64url: 43 characters for 32 bytes. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Lower-case hex sha256 of a token (UTF-8) or of bytes: what the database stores and looks up. */
export function sha256Hex(data: string | Uint8Array): string {
  return (typeof data === "string" ? createHash("sha256").update(data, "utf8") : createHash("sha256").update(data)).digest("hex");
}

/** The alphabet of `base32`, for decoding it. */
export const BASE32_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** RFC 4648 base32 in lower case, without padding: safe in URLs and an address's local part. */
export function base32(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
