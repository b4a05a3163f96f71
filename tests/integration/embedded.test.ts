// The embedded default's bookkeeping against a real PostgreSQL, in a data root of its own (never
// the developer's .shopdesk): start and stop, one app at a time, joining, adopting a server a
// crashed process left running, and recovering from an initdb that never finished.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmbeddedAlreadyRunningError, openEmbedded } from "@/server/db/embedded";
import { runningPostmaster, startPostgres } from "@/server/db/embedded-server";
import { freePort, withClient } from "../helpers/infra";

const log = pino({ level: "silent" });
let root: string;
let port: number;
let otherProcess: ChildProcess;


async function tempRoot(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "shopdesk-embedded-"));
  await chmod(dir, 0o711); // as root, the server runs as `postgres` and must enter it
  return dir;
}


const state = async () => JSON.parse(await readFile(path.join(root, "server.json"), "utf8")) as {
  owner: { pid: number; purpose: string };
  guests: Array<{ pid: number; purpose: string }>;
};
const setOwner = async (pid: number, purpose: string) =>
  writeFile(path.join(root, "server.json"), JSON.stringify({ ...(await state()), owner: { pid, purpose }, guests: [] }));

async function deadPid(): Promise<number> {
  const child = spawn("true");
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

beforeAll(async () => {
  root = await tempRoot();
  port = await freePort();
  // Stands in for another Shopdesk process: alive, but not us.
  otherProcess = spawn("sleep", ["600"], { stdio: "ignore" });
});

afterAll(async () => {
  otherProcess.kill();
  const running = await runningPostmaster(path.join(root, "pg"));
  if (running) process.kill(running.pid, "SIGQUIT");
  await rm(root, { recursive: true, force: true });
});

describe("the embedded PostgreSQL", () => {
  it("initialises on first use, restarts quickly, and stops when the last user leaves", async () => {
    // What an interrupted initdb leaves behind: it is moved aside (never deleted) and initdb runs again.
    await mkdir(path.join(root, "pg"));
    await writeFile(path.join(root, "pg", "leftover"), "from an interrupted initdb");

    const first = await openEmbedded({ dataRoot: root, port, purpose: "cli", log });
    const aside = (await readdir(root)).find((e) => e.startsWith("pg.incomplete-"));
    expect(aside && (await readdir(path.join(root, aside)))).toEqual(["leftover"]);
    expect(first.url).toMatch(new RegExp(`^postgresql://postgres:[^@]+@127\\.0\\.0\\.1:${port}/shopdesk$`));
    expect(await withClient(first.url, async (c) => (await c.query("SELECT current_database() AS db")).rows)).toEqual([{ db: "shopdesk" }]);
    expect((await stat(path.join(root, "pg-password"))).mode & 0o777).toBe(0o600);
    expect((await state()).owner).toEqual({ pid: process.pid, purpose: "cli" });
    await first.release();
    expect(await runningPostmaster(path.join(root, "pg"))).toBeUndefined();
    expect(await readdir(root)).not.toContain("server.json");

    const t0 = performance.now();
    const again = await openEmbedded({ dataRoot: root, port, purpose: "app", log });
    const ms = performance.now() - t0;
    await again.release();
    // Well under a second on an idle machine; generous here because CI machines are shared.
    expect(ms).toBeLessThan(5_000);
  });

  it("refuses a second app, lets a CLI join, and leaves the server to its owner", async () => {
    const mine = await openEmbedded({ dataRoot: root, port, purpose: "app", log });
    const postmaster = await runningPostmaster(path.join(root, "pg"));
    await setOwner(otherProcess.pid!, "app"); // as if another app had started it

    const refused = openEmbedded({ dataRoot: root, port, purpose: "app", log });
    await expect(refused).rejects.toThrow(EmbeddedAlreadyRunningError);
    await expect(refused).rejects.toThrow(new RegExp(`already running \\(pid ${otherProcess.pid}\\).*Stop it first`));

    const cli = await openEmbedded({ dataRoot: root, port, purpose: "cli", log });
    expect(await withClient(cli.url, async (c) => (await c.query("SELECT 1 AS ok")).rows)).toEqual([{ ok: 1 }]);
    expect((await state()).guests).toEqual([{ pid: process.pid, purpose: "cli" }]);
    await cli.release();
    expect(await runningPostmaster(path.join(root, "pg"))).toEqual(postmaster); // same server, still up
    expect((await state()).owner.pid).toBe(otherProcess.pid);

    await setOwner(process.pid, "app");
    await mine.release();
    expect(await runningPostmaster(path.join(root, "pg"))).toBeUndefined();
  });

  it("adopts a server whose owner died instead of starting a second one", async () => {
    const orphan = await startPostgres({ dataDir: path.join(root, "pg"), port });
    orphan.child.unref();
    await writeFile(
      path.join(root, "server.json"),
      JSON.stringify({ owner: { pid: await deadPid(), purpose: "app" }, guests: [], port, postmasterPid: orphan.pid, startedAt: "" }),
    );
    const adopted = await openEmbedded({ dataRoot: root, port, purpose: "app", log });
    expect((await runningPostmaster(path.join(root, "pg")))?.pid).toBe(orphan.pid);
    expect((await state()).owner).toEqual({ pid: process.pid, purpose: "app" });
    await adopted.release();
    expect(await runningPostmaster(path.join(root, "pg"))).toBeUndefined();
  });
});
