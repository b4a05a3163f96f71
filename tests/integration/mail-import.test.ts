// `mail:import` through the CLI's runner, in this process against the test database (as the CLI
// test's in-process runs do): an .eml and an mbox become QUEUED inbound mail of the mailbox with
// source IMPORT, byte for byte; a second run stores nothing and says so; an unknown mailbox and a
// refused message give a clear message and exit status.
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CliDatabase } from "@/cli/commands/database";
import { runCli, type CliIo } from "@/cli/commands/run";
import { db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { readBlob } from "@/server/storage/blob-store";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";

const log = pino({ level: "silent" });
let dir: string;
let ws: CreatedWorkspace;
let address: string;
let mailboxId: string;

async function importCli(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const openDatabase = async (): Promise<CliDatabase> => ({ db: db(), url: "test", embedded: false, applied: [], close: async () => undefined });
  const code = await runCli(["mail:import", ...args], { io, log, openDatabase });
  return { code, stdout, stderr };
}

const eml = (subject: string) =>
  `From: Ana <ana@example.com>\r\nTo: support@shop.example\r\nSubject: ${subject}\r\nMessage-ID: <${randomBytes(6).toString("hex")}@example.com>\r\n\r\nWhere is my order?\r\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "shopdesk-import-"));
  ws = await makeWorkspace(db());
  const key = randomBytes(12).toString("hex");
  address = `import-${key}@shop.example`;
  mailboxId = (await db().mailbox.create({ data: { workspaceId: ws.id, name: "Support", address, forwardingKey: key }, select: { id: true } })).id;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("mail:import", () => {
  it("stores an .eml and each message of an mbox (with a >From line unescaped) once; a second run stores nothing and says so", async () => {
    const single = path.join(dir, "single.eml");
    await writeFile(single, eml("From a file"));
    const mbox = path.join(dir, "archive.mbox");
    const bodies = ["First", "Second", "Third"];
    await writeFile(
      mbox,
      bodies
        .map((b, i) => `From ana@example.com Mon Dec  1 1${i}:00:00 2026\nFrom: Ana <ana@example.com>\nSubject: ${b}\nMessage-ID: <mbox-${i}-${address}>\n\n${b} body\n>From the shop, with love\n`)
        .join("\n"),
    );

    const first = await importCli("--mailbox", address.toUpperCase(), single, mbox);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Imported 4 new messages into ${address} (${ws.slug})`);
    expect(first.stderr).toContain("Importing 2 files");

    const rows = await db().inboundMail.findMany({ where: { mailboxId }, orderBy: { receivedAt: "asc" }, select: { source: true, status: true, workspaceId: true, rawBlobId: true } });
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.source === "IMPORT" && r.workspaceId === ws.id)).toBe(true);
    const texts = await Promise.all(rows.map(async (r) => (await readBlob(db(), ws.id, r.rawBlobId)).toString("utf8")));
    expect(texts).toContain(await readFile(single, "utf8"));
    const third = texts.find((t) => t.includes("Subject: Third"));
    expect(third).toBe(`From: Ana <ana@example.com>\nSubject: Third\nMessage-ID: <mbox-2-${address}>\n\nThird body\nFrom the shop, with love\n`);

    const again = await importCli("--mailbox", address, "--workspace", ws.slug, mbox, single);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Imported 0 new messages");
    expect(again.stdout).toContain("4 messages were already in the mailbox and skipped.");
    expect(again.stdout).toContain("Nothing new: every message had been imported before.");
    expect(await db().inboundMail.count({ where: { mailboxId } })).toBe(4);
  });

  it("refuses an unknown mailbox, a missing file, and no file, before storing anything", async () => {
    const file = path.join(dir, "unknown.eml");
    await writeFile(file, eml("Nowhere"));
    const unknown = await importCli("--mailbox", "nobody@shop.example", file);
    expect(unknown).toMatchObject({ code: 1, stdout: "" });
    expect(unknown.stderr).toContain('error: No mailbox with the address "nobody@shop.example" (see mailbox:list)');
    const wrongWorkspace = await importCli("--mailbox", address, "--workspace", "no-such-workspace", file);
    expect(wrongWorkspace.stderr).toContain(`No mailbox with the address "${address}" in the workspace "no-such-workspace"`);

    const missing = await importCli("--mailbox", address, path.join(dir, "missing.mbox"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`Cannot read the file "${path.join(dir, "missing.mbox")}"`);
    const none = await importCli("--mailbox", address);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("Missing FILE... for mail:import");
    expect(await db().inboundMail.count({ where: { mailboxId, rawSha256: { not: "" } } })).toBe(4);
  });

  it("lists a refused (empty) message and exits 1, while storing the others", async () => {
    const mbox = path.join(dir, "with-empty.mbox");
    await writeFile(mbox, `From a@b Mon Dec  1 10:00:00 2026\n\nFrom a@b Mon Dec  1 10:00:00 2026\n${eml("After an empty one")}`);
    const run = await importCli("--mailbox", address, mbox);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Imported 1 new message into");
    expect(run.stdout).toContain(`Refused 1 message:\n  ${mbox}, message 1: the message is empty`);
  });
});
