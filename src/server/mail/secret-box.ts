// Secrets kept at rest (IMAP and SMTP passwords) are sealed with AES-256-GCM under the key from
// SHOPDESK_ENCRYPTION_KEY. A sealed value is one ASCII string:
//
//   v1.<key id>.<iv>.<tag>.<ciphertext>        (each part base64url)
//
// The key id (8 characters derived from the key itself) says which key sealed it, so keys can
// rotate: SHOPDESK_ENCRYPTION_KEYS_OLD still open what older keys sealed, only the current key
// seals, and `secrets:rotate` re-seals everything with the current key. The version and key id
// are authenticated with the ciphertext (additional data), so neither can be altered unnoticed.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import path from "node:path";
import { decodeEncryptionKey, env, type Env } from "@/env";
import { ensureDataDirSecret } from "@/server/db/data-dir-secret";

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export type SecretKey = { id: string; key: Buffer };
export type Keyring = { current: SecretKey; old: SecretKey[] };

/** Why a sealed value cannot be opened; never carries the value or the key. */
export class SecretBoxError extends Error {
  override name = "SecretBoxError";
  constructor(
    readonly reason: "malformed" | "unknown-key" | "tampered",
    message: string,
  ) {
    super(message);
  }
}

/** The key's id: 8 base64url characters of a hash of the key (48 bits: names it, reveals nothing). */
export function keyId(key: Buffer): string {
  return createHash("sha256").update("shopdesk-secret-key-id:").update(key).digest("base64url").slice(0, 8);
}

export function secretKey(raw: string): SecretKey {
  const key = decodeEncryptionKey(raw);
  if (!key) throw new Error("An encryption key must be 32 bytes as base64 or 64 hex digits");
  return { id: keyId(key), key };
}

export function makeKeyring(current: string, old: readonly string[] = []): Keyring {
  const cur = secretKey(current);
  return { current: cur, old: old.map(secretKey).filter((k) => k.id !== cur.id) };
}

/** Seals `plaintext` with the keyring's current key (a fresh random IV each time). */
export function sealSecret(plaintext: string, keyring: Keyring): string {
  const { id, key } = keyring.current;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(`${VERSION}.${id}`, "ascii"));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, id, iv.toString("base64url"), tag.toString("base64url"), ciphertext.toString("base64url")].join(".");
}

function parts(sealed: string): { id: string; iv: Buffer; tag: Buffer; ciphertext: Buffer } {
  const p = sealed.split(".");
  const b64 = /^[A-Za-z0-9_-]*$/;
  if (p.length !== 5 || p[0] !== VERSION || !p.every((x) => b64.test(x))) {
    throw new SecretBoxError("malformed", "The sealed secret is not in the v1 format");
  }
  const [, id, iv, tag, ciphertext] = p as [string, string, string, string, string];
  const out = { id, iv: Buffer.from(iv, "base64url"), tag: Buffer.from(tag, "base64url"), ciphertext: Buffer.from(ciphertext, "base64url") };
  if (out.iv.length !== IV_BYTES || out.tag.length !== TAG_BYTES) {
    throw new SecretBoxError("malformed", "The sealed secret has a wrong IV or tag length");
  }
  return out;
}

/** The key id a sealed value names (to tell whether it needs re-sealing). */
export function sealedKeyId(sealed: string): string {
  return parts(sealed).id;
}

/** Opens a value sealed by the current key or one of the old keys; throws SecretBoxError otherwise. */
export function openSecret(sealed: string, keyring: Keyring): string {
  const { id, iv, tag, ciphertext } = parts(sealed);
  const k = [keyring.current, ...keyring.old].find((x) => x.id === id);
  if (!k) {
    throw new SecretBoxError(
      "unknown-key",
      `The secret was sealed with key ${id}, which is neither SHOPDESK_ENCRYPTION_KEY nor in SHOPDESK_ENCRYPTION_KEYS_OLD`,
    );
  }
  const decipher = createDecipheriv("aes-256-gcm", k.key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(`${VERSION}.${id}`, "ascii"));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString("utf8");
  } catch (e) {
    throw new SecretBoxError("tampered", `The secret sealed with key ${id} fails its integrity check (${(e as Error).message})`);
  }
}

export const ENCRYPTION_KEY_FILE = "encryption-key";

/**
 * The key from SHOPDESK_ENCRYPTION_KEY; in the embedded default without it, the one kept in
 * `<SHOPDESK_DATA_DIR>/encryption-key`, generated (32 random bytes, base64) on the first start.
 */
export function ensureEncryptionKey(dataDir: string, fromEnv?: string) {
  return ensureDataDirSecret({
    dataDir,
    fileName: ENCRYPTION_KEY_FILE,
    fromEnv,
    isUsable: (s): s is string => typeof s === "string" && decodeEncryptionKey(s) !== null,
    generate: () => randomBytes(32).toString("base64"),
  });
}

let cached: Promise<Keyring> | undefined;

async function loadKeyring(e: Env): Promise<Keyring> {
  if (e.SHOPDESK_ENCRYPTION_KEY) return makeKeyring(e.SHOPDESK_ENCRYPTION_KEY, e.SHOPDESK_ENCRYPTION_KEYS_OLD);
  // The embedded default (no DATABASE_URL, or the launcher's children) keeps its key on disk.
  if (!e.DATABASE_URL || e.SHOPDESK_EMBEDDED) {
    const { secret } = await ensureEncryptionKey(path.resolve(e.SHOPDESK_DATA_DIR));
    return makeKeyring(secret, e.SHOPDESK_ENCRYPTION_KEYS_OLD);
  }
  throw new Error("SHOPDESK_ENCRYPTION_KEY is not set (generate one with `openssl rand -base64 32`)");
}

/** This process's keyring, from the environment (or the embedded data directory), loaded once. */
export function keyring(): Promise<Keyring> {
  cached ??= loadKeyring(env()).catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}
