// The embedded default needs no AUTH_SECRET from the user: one is generated on the first start
// and kept beside the embedded database, so sessions survive restarts.
import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export const AUTH_SECRET_FILE = "auth-secret";
const MIN_LENGTH = 32;

export type AuthSecret = { secret: string; source: "env" | "file" | "generated"; file?: string };

function isUsable(s: string | undefined): s is string {
  return typeof s === "string" && s.length >= MIN_LENGTH;
}

async function readSecret(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * The secret from the environment when set; else the one persisted in `<dataDir>/auth-secret`,
 * created (32 random bytes, mode 0600) when missing or unusable.
 */
export async function ensureAuthSecret(dataDir: string, fromEnv?: string): Promise<AuthSecret> {
  if (isUsable(fromEnv)) return { secret: fromEnv, source: "env" };
  const file = path.resolve(dataDir, AUTH_SECRET_FILE);
  const existing = await readSecret(file);
  if (isUsable(existing)) {
    // Someone may have copied the folder with looser permissions; the secret signs sessions.
    await chmod(file, 0o600);
    return { secret: existing, source: "file", file };
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // Written whole to a private file first, then put in place in one step, so a concurrent start
  // never reads a half-written secret: link() creates the name only if it is free (the loser of a
  // race reads the winner's secret), rename() replaces an unusable file.
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
  await writeFile(tmp, `${secret}\n`, { mode: 0o600 });
  try {
    if (existing === undefined) await link(tmp, file);
    else await rename(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    const winner = await readSecret(file);
    if (isUsable(winner)) return { secret: winner, source: "file", file };
    throw err;
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  return { secret, source: "generated", file };
}
