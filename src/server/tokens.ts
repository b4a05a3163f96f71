// Random secrets shown once (invitation links, API tokens) and the sha256 we store instead.
// A leaked database therefore holds no usable token; lookups go by hash, so there is no
// string comparison of secrets whose timing could leak them.
import { createHash, randomBytes } from "node:crypto";

/** `bytes` random bytes (default 32 = 256 bits) as base64url: 43 characters for 32 bytes. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** Lower-case hex sha256 of a token: what the database stores and looks up. */
export function sha256Hex(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
