// `npm start` builds only when the sources changed since the last build: the content hash and
// the stamp's lifecycle around a build (never vouching for an interrupted one).
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BUILD_STAMP_FILE, buildState, hashBuildInputs, isBuildInput } from "@/cli/launcher/build-cache";
import { buildIfNeeded, type BuildRun } from "@/cli/launcher/production-build";

const quiet = pino({ level: "silent" });
let root: string;

async function put(rel: string, content: string) {
  await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
  await writeFile(path.join(root, rel), content);
}

/** A stand-in for `next build`: writes BUILD_ID as Next does, or fails. */
function fakeBuild(code: 0 | 1, calls: { n: number }): BuildRun {
  return async () => {
    calls.n++;
    if (code === 0) await put(".next/BUILD_ID", `build-${calls.n}`);
    return { code, signal: null };
  };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "shopdesk-build-"));
  await put("package.json", "{}");
  await put("package-lock.json", "{}");
  await put("src/app/page.tsx", "export default function Page() {}");
  await put("src/server/x.ts", "export const x = 1;");
  await put("prisma/schema.prisma", "model A { id Int @id }");
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("hashBuildInputs", () => {
  it("changes when a source, config or the schema changes, and not for tests or the generated client", async () => {
    const first = await hashBuildInputs(root);
    expect(await hashBuildInputs(root)).toEqual(first);

    await put("src/server/x.test.ts", "it('x', () => {})");
    await put("src/generated/prisma/client.ts", "// generated");
    expect((await hashBuildInputs(root)).hash).toBe(first.hash);

    await put("src/server/x.ts", "export const x = 2;");
    const edited = await hashBuildInputs(root);
    expect(edited.hash).not.toBe(first.hash);

    await put("prisma/schema.prisma", "model A { id Int @id @default(1) }");
    const schema = await hashBuildInputs(root);
    expect(schema.hash).not.toBe(edited.hash);

    await put("next.config.js", "export default {}");
    expect((await hashBuildInputs(root)).hash).not.toBe(schema.hash);
  });

  it("tells a renamed file from the same bytes under the old name", async () => {
    const before = await hashBuildInputs(root);
    await rm(path.join(root, "src/server/x.ts"));
    await put("src/server/y.ts", "export const x = 1;");
    expect((await hashBuildInputs(root)).hash).not.toBe(before.hash);
  });

  it("keeps tests and the generated client out", () => {
    expect(isBuildInput("src/app/page.tsx")).toBe(true);
    expect(isBuildInput("src/server/tickets/update.test.ts")).toBe(false);
    expect(isBuildInput("src/generated/prisma/client.ts")).toBe(false);
  });
});

describe("buildIfNeeded", () => {
  it("builds on the first start, not on the second, and again after a source changed", async () => {
    const calls = { n: 0 };
    const run = fakeBuild(0, calls);
    const lines: string[] = [];
    const say = (l: string) => lines.push(l);

    expect(await buildIfNeeded({ root, log: quiet, run, say })).toMatchObject({ built: true, reason: "missing" });
    expect(lines[0]).toMatch(/first start only/);
    const stamp = JSON.parse(await readFile(path.join(root, ".next", BUILD_STAMP_FILE), "utf8"));
    expect(stamp.inputsHash).toBe((await hashBuildInputs(root)).hash);

    expect(await buildIfNeeded({ root, log: quiet, run, say })).toMatchObject({ built: false, reason: "current" });
    expect(calls.n).toBe(1);

    await put("src/app/page.tsx", "export default function Page() { return null; }");
    expect(await buildIfNeeded({ root, log: quiet, run, say })).toMatchObject({ built: true, reason: "stale" });
    expect(calls.n).toBe(2);
    expect(lines[1]).toMatch(/sources changed/);
  });

  it("treats a build made without the stamp (plain `next build`) as stale", async () => {
    await put(".next/BUILD_ID", "made-elsewhere");
    const { hash } = await hashBuildInputs(root);
    expect((await buildState(root, hash)).state).toBe("stale");
  });

  it("never vouches for a build that failed, even over an earlier good one", async () => {
    const calls = { n: 0 };
    await buildIfNeeded({ root, log: quiet, run: fakeBuild(0, calls) });
    await put("src/server/x.ts", "export const x = 3;");

    const failed = await buildIfNeeded({ root, log: quiet, run: fakeBuild(1, calls) });
    expect(failed).toMatchObject({ built: false, reason: "failed", code: 1 });
    // BUILD_ID of the earlier build is still there, but the stamp is gone: the next start builds.
    const { hash } = await hashBuildInputs(root);
    expect((await buildState(root, hash)).state).toBe("stale");
    expect(await buildIfNeeded({ root, log: quiet, run: fakeBuild(0, calls) })).toMatchObject({ built: true });
  });

  it("builds when forced even if current", async () => {
    const calls = { n: 0 };
    await buildIfNeeded({ root, log: quiet, run: fakeBuild(0, calls) });
    expect(await buildIfNeeded({ root, log: quiet, run: fakeBuild(0, calls), force: true })).toMatchObject({
      built: true,
      reason: "forced",
    });
    expect(calls.n).toBe(2);
  });
});
