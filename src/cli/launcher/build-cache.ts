// Is the production build in .next the build of these sources? `npm start` answers that before
// every start, so the first start builds, a second start does not, and a start after a
// `git pull` that changed anything the build reads builds again.
//
// The answer is a content hash (not timestamps: a fresh clone or a checkout gives every file a
// new mtime) of what `next build` reads: the app's sources, public files, the configs, the
// Prisma schema the generated client comes from, and package-lock.json for the dependencies.
// The hash is written to .next/shopdesk-build.json only after a build succeeded, and removed
// before a build starts, so an interrupted build is never taken for a good one.
import { createHash } from "node:crypto";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/** Folders whose files the build reads (recursively), relative to the project root. */
export const BUILD_INPUT_DIRS = ["src", "public"] as const;
/** Single files the build reads; a missing one hashes as absent. */
export const BUILD_INPUT_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.js",
  "tsconfig.json",
  "postcss.config.mjs",
  "prisma/schema.prisma",
] as const;

export const BUILD_STAMP_FILE = "shopdesk-build.json";

/**
 * Files under the input folders that never reach the build: tests, and the generated Prisma
 * client (derived from prisma/schema.prisma, which is hashed instead).
 */
export function isBuildInput(relPath: string): boolean {
  const p = relPath.split(path.sep).join("/");
  if (p.startsWith("src/generated/")) return false;
  if (/\.test\.tsx?$/.test(p)) return false;
  const base = p.slice(p.lastIndexOf("/") + 1);
  return base !== ".DS_Store" && !base.endsWith("~");
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(root, dir), { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw err;
  }
  const out: string[] = [];
  for (const e of entries) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(root, rel)));
    else if (e.isFile() && isBuildInput(rel)) out.push(rel);
  }
  return out;
}

export type InputsHash = { hash: string; files: number };

/** sha256 over the sorted input paths and their contents. */
export async function hashBuildInputs(root: string): Promise<InputsHash> {
  const files = [...BUILD_INPUT_FILES] as string[];
  for (const dir of BUILD_INPUT_DIRS) files.push(...(await listFiles(root, dir)));
  const sorted = [...new Set(files.map((f) => f.split(path.sep).join("/")))].sort();
  const h = createHash("sha256");
  let count = 0;
  for (const rel of sorted) {
    let content: Buffer | undefined;
    try {
      content = await readFile(path.join(root, rel));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
    // Path, then length (or absence), then bytes: no two different trees hash alike by
    // moving bytes between neighbouring files.
    h.update(rel).update("\0");
    if (content === undefined) h.update("absent\0");
    else {
      h.update(`${content.length}\0`).update(content);
      count++;
    }
  }
  return { hash: h.digest("hex"), files: count };
}

export type BuildStamp = { inputsHash: string; builtAt: string; durationMs: number };

export type BuildState =
  | { state: "current"; stamp: BuildStamp }
  | { state: "missing" }
  | { state: "stale"; stamp: BuildStamp | null };

async function readStamp(nextDir: string): Promise<BuildStamp | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(nextDir, BUILD_STAMP_FILE), "utf8")) as Partial<BuildStamp>;
    return typeof parsed.inputsHash === "string" && typeof parsed.builtAt === "string"
      ? { inputsHash: parsed.inputsHash, builtAt: parsed.builtAt, durationMs: Number(parsed.durationMs) || 0 }
      : null;
  } catch {
    return null;
  }
}

async function hasBuildId(nextDir: string): Promise<boolean> {
  try {
    return (await readFile(path.join(nextDir, "BUILD_ID"), "utf8")).trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * "missing" when .next holds no finished build, "stale" when it holds one of other sources (or
 * one not made through Shopdesk's build, which left no stamp), "current" otherwise.
 */
export async function buildState(root: string, inputsHash: string): Promise<BuildState> {
  const nextDir = path.join(root, ".next");
  if (!(await hasBuildId(nextDir))) return { state: "missing" };
  const stamp = await readStamp(nextDir);
  if (stamp && stamp.inputsHash === inputsHash) return { state: "current", stamp };
  return { state: "stale", stamp };
}

/** Before a build: whatever happens to it, the old stamp no longer vouches for .next. */
export async function clearBuildStamp(root: string): Promise<void> {
  await rm(path.join(root, ".next", BUILD_STAMP_FILE), { force: true });
}

/** After a successful build of the sources that hashed to `inputsHash`. */
export async function writeBuildStamp(root: string, inputsHash: string, durationMs: number): Promise<BuildStamp> {
  const stamp: BuildStamp = { inputsHash, builtAt: new Date().toISOString(), durationMs: Math.round(durationMs) };
  await writeFile(path.join(root, ".next", BUILD_STAMP_FILE), `${JSON.stringify(stamp, null, 2)}\n`);
  return stamp;
}
