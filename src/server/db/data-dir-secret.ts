// Secrets the embedded default keeps beside its database (the AUTH_SECRET, the encryption key of
// mailbox passwords): taken from the environment when set, else read from a private file in the
// data directory, generated on the first start. Shared by the launcher, the CLI and a worker
// started on its own, so every process of one installation uses the same value.
import { randomBytes } from "node:crypto";
import { chmod, link, mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

export type DataDirSecret = { secret: string; source: "env" | "file" | "generated"; file?: string };

export type DataDirSecretSpec = {
  dataDir: string;
  /** The file's name inside the data directory. */
  fileName: string;
  fromEnv?: string;
  isUsable: (s: string | undefined) => s is string;
  generate: () => string;
};

async function readSecret(file: string): Promise<string | undefined> {
  try {
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/**
 * The secret from the environment when set; else the one persisted in `<dataDir>/<fileName>`,
 * created (mode 0600) when missing or unusable.
 */
export async function ensureDataDirSecret(spec: DataDirSecretSpec): Promise<DataDirSecret> {
  const { dataDir, fromEnv, isUsable } = spec;
  if (isUsable(fromEnv)) return { secret: fromEnv, source: "env" };
  const file = path.resolve(dataDir, spec.fileName);
  const existing = await readSecret(file);
  if (isUsable(existing)) {
    // Someone may have copied the folder with looser permissions.
    await chmod(file, 0o600);
    return { secret: existing, source: "file", file };
  }
  await mkdir(dataDir, { recursive: true });
  const secret = spec.generate();
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
