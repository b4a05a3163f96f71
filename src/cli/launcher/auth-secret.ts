// The embedded default needs no AUTH_SECRET from the user: one is generated on the first start
// and kept beside the embedded database, so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { ensureDataDirSecret, type DataDirSecret } from "@/server/db/data-dir-secret";

export const AUTH_SECRET_FILE = "auth-secret";
const MIN_LENGTH = 32;

export type AuthSecret = DataDirSecret;

function isUsable(s: string | undefined): s is string {
  return typeof s === "string" && s.length >= MIN_LENGTH;
}

/**
 * The secret from the environment when set; else the one persisted in `<dataDir>/auth-secret`,
 * created (32 random bytes, mode 0600) when missing or unusable.
 */
export function ensureAuthSecret(dataDir: string, fromEnv?: string): Promise<AuthSecret> {
  return ensureDataDirSecret({
    dataDir,
    fileName: AUTH_SECRET_FILE,
    fromEnv,
    isUsable,
    generate: () => randomBytes(32).toString("base64url"),
  });
}
