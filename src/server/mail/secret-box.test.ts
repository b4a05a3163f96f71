// Mailbox passwords sealed at rest: AES-256-GCM with a key id, refused when altered, readable
// with an old key after a rotation, and the key kept in the embedded data directory.
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { ENCRYPTION_KEY_FILE, ensureEncryptionKey, makeKeyring, openSecret, sealedKeyId, sealSecret } from "./secret-box";

const KEY_A = randomBytes(32).toString("base64");
const KEY_B = randomBytes(32).toString("hex");

/** Flips one bit of the base64url part `index` of a sealed value. */
function flip(sealed: string, index: number): string {
  const p = sealed.split(".");
  const bytes = Buffer.from(p[index]!, "base64url");
  bytes[0] = bytes[0]! ^ 1;
  p[index] = bytes.toString("base64url");
  return p.join(".");
}

describe("sealing secrets", () => {
  it("round-trips any text, with a fresh IV each time and nothing of the plaintext visible", () => {
    const ring = makeKeyring(KEY_A);
    for (const secret of ["hunter2", "pässwörd with ünïcode κωδικός كلمة", "x".repeat(500)]) {
      const sealed = sealSecret(secret, ring);
      expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]{8}\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]+$/);
      expect(sealed).not.toContain(secret);
      expect(openSecret(sealed, ring)).toBe(secret);
    }
    expect(sealSecret("same", ring)).not.toBe(sealSecret("same", ring));
  });

  it("refuses a value whose ciphertext, tag, IV or key id was altered", () => {
    const ring = makeKeyring(KEY_A);
    const sealed = sealSecret("hunter2", ring);
    for (const part of [2, 3, 4]) {
      expect(() => openSecret(flip(sealed, part), ring)).toThrow(expect.objectContaining({ reason: "tampered" }));
    }
    const otherId = sealed.replace(/^v1\.[^.]+/, "v1.AAAAAAAA");
    expect(() => openSecret(otherId, ring)).toThrow(expect.objectContaining({ reason: "unknown-key" }));
    for (const bad of ["", "hunter2", "v2.x.y.z.w", sealed.split(".").slice(0, 4).join(".")]) {
      expect(() => openSecret(bad, ring)).toThrow(expect.objectContaining({ reason: "malformed" }));
    }
  });

  it("a value sealed with another key is refused, never decrypted to garbage", () => {
    const sealed = sealSecret("hunter2", makeKeyring(KEY_A));
    expect(() => openSecret(sealed, makeKeyring(KEY_B))).toThrow(expect.objectContaining({ reason: "unknown-key" }));
  });

  it("after a rotation the old key still opens what it sealed, and only the new key seals", () => {
    const before = makeKeyring(KEY_A);
    const sealedBefore = sealSecret("hunter2", before);
    const after = makeKeyring(KEY_B, [KEY_A]);
    expect(openSecret(sealedBefore, after)).toBe("hunter2");
    const sealedAfter = sealSecret("hunter2", after);
    expect(sealedKeyId(sealedAfter)).toBe(after.current.id);
    expect(sealedKeyId(sealedAfter)).not.toBe(sealedKeyId(sealedBefore));
    // Once re-sealed, the new key alone is enough.
    expect(openSecret(sealedAfter, makeKeyring(KEY_B))).toBe("hunter2");
  });

  it("accepts the same key written as hex, base64 or base64url", () => {
    const raw = randomBytes(32);
    const sealed = sealSecret("s", makeKeyring(raw.toString("hex")));
    expect(openSecret(sealed, makeKeyring(raw.toString("base64")))).toBe("s");
    expect(openSecret(sealed, makeKeyring(raw.toString("base64url")))).toBe("s");
  });
});

describe("the key in the environment", () => {
  const production = { NODE_ENV: "production", DATABASE_URL: "postgresql://db/shopdesk", AUTH_SECRET: "a".repeat(40) };

  it("is required with DATABASE_URL and must be 32 bytes", () => {
    expect(() => parseEnv(production)).toThrow(/SHOPDESK_ENCRYPTION_KEY is required when DATABASE_URL is set/);
    expect(() => parseEnv({ ...production, SHOPDESK_ENCRYPTION_KEY: "too-short" })).toThrow(/SHOPDESK_ENCRYPTION_KEY must be 32 bytes/);
    expect(() => parseEnv({ ...production, SHOPDESK_ENCRYPTION_KEY: randomBytes(16).toString("base64") })).toThrow(/must be 32 bytes/);
    expect(parseEnv({ ...production, SHOPDESK_ENCRYPTION_KEY: KEY_A }).SHOPDESK_ENCRYPTION_KEY).toBe(KEY_A);
    // The embedded default needs none: it keeps its own.
    expect(() => parseEnv({ NODE_ENV: "production" })).not.toThrow();
  });

  it("takes old keys as a comma-separated list and refuses a malformed one", () => {
    const e = parseEnv({ ...production, SHOPDESK_ENCRYPTION_KEY: KEY_A, SHOPDESK_ENCRYPTION_KEYS_OLD: `${KEY_B}, ${KEY_A}` });
    expect(e.SHOPDESK_ENCRYPTION_KEYS_OLD).toEqual([KEY_B, KEY_A]);
    expect(() => parseEnv({ ...production, SHOPDESK_ENCRYPTION_KEY: KEY_A, SHOPDESK_ENCRYPTION_KEYS_OLD: `${KEY_B},nope` })).toThrow(
      /SHOPDESK_ENCRYPTION_KEYS_OLD.*has a key that must be 32 bytes/,
    );
  });
});

describe("the embedded default's key", () => {
  it("is generated once into the data directory (mode 0600) and reused", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "shopdesk-key-"));
    try {
      const first = await ensureEncryptionKey(dir);
      expect(first.source).toBe("generated");
      const file = path.join(dir, ENCRYPTION_KEY_FILE);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await readFile(file, "utf8")).trim()).toBe(first.secret);
      expect(Buffer.from(first.secret, "base64")).toHaveLength(32);
      expect(await ensureEncryptionKey(dir)).toEqual({ secret: first.secret, source: "file", file });
      expect(await ensureEncryptionKey(dir, KEY_A)).toEqual({ secret: KEY_A, source: "env" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
