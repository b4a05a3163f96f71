// `secrets:rotate`: after it runs with a new SHOPDESK_ENCRYPTION_KEY (the previous one in
// SHOPDESK_ENCRYPTION_KEYS_OLD), every mailbox password opens with the new key alone.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { systemCtx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { makeKeyring, openSecret, sealedKeyId, sealSecret } from "@/server/mail/secret-box";
import { resealMailboxSecrets } from "@/server/mailboxes/reseal-mailbox-secrets";
import { silentLog } from "../helpers/context";
import { ROTATED_ENCRYPTION_KEY, TEST_ENCRYPTION_KEY } from "../helpers/encryption-keys";

const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

afterAll(async () => {
  await disconnectDb();
});

function rotate(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ["src/cli/index.ts", "secrets:rotate"],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", ...env }, timeout: 180_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function mailbox(workspaceId: string, seal: (s: string) => string, passwords: { imap?: string; smtp?: string }) {
  const key = randomBytes(12).toString("hex");
  return db().mailbox.create({
    data: {
      workspaceId,
      name: "Support",
      address: `support-${key}@shop.test`,
      forwardingKey: key,
      imapHost: passwords.imap ? "imap.shop.test" : null,
      imapPasswordEnc: passwords.imap ? seal(passwords.imap) : null,
      smtpHost: passwords.smtp ? "smtp.shop.test" : null,
      smtpPasswordEnc: passwords.smtp ? seal(passwords.smtp) : null,
    },
  });
}

describe("secrets:rotate", () => {
  it("re-encrypts every mailbox password so that the new key alone opens it", { timeout: 240_000 }, async () => {
    const before = makeKeyring(TEST_ENCRYPTION_KEY);
    const a = await makeWorkspace(db());
    const b = await makeWorkspace(db());
    const made = [
      { ws: a.id, imap: "imap-pass-ä", smtp: "smtp-pass-α" },
      { ws: a.id, imap: "only-imap" },
      { ws: b.id, smtp: "only-smtp" },
    ];
    const rows = [];
    for (const m of made) rows.push({ ...m, row: await mailbox(m.ws, (s) => sealSecret(s, before), m) });

    const run = await rotate({ SHOPDESK_ENCRYPTION_KEY: ROTATED_ENCRYPTION_KEY, SHOPDESK_ENCRYPTION_KEYS_OLD: TEST_ENCRYPTION_KEY });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Re-encrypted \d+ mailbox passwords? with key [A-Za-z0-9_-]{8}; \d+ already used it\.$/m);

    const onlyNew = makeKeyring(ROTATED_ENCRYPTION_KEY);
    for (const { row, imap, smtp } of rows) {
      const now = await db().mailbox.findUniqueOrThrow({ where: { id: row.id } });
      if (imap) {
        expect(sealedKeyId(now.imapPasswordEnc!)).toBe(onlyNew.current.id);
        expect(openSecret(now.imapPasswordEnc!, onlyNew)).toBe(imap);
      } else expect(now.imapPasswordEnc).toBeNull();
      if (smtp) expect(openSecret(now.smtpPasswordEnc!, onlyNew)).toBe(smtp);
      else expect(now.smtpPasswordEnc).toBeNull();
      // And the previous key alone no longer opens it.
      expect(() => openSecret((now.imapPasswordEnc ?? now.smtpPasswordEnc)!, before)).toThrow();
    }
  });

  it("leaves what it cannot open as it was and names it, re-encrypting the rest", async () => {
    const ws = await makeWorkspace(db());
    const lost = makeKeyring(randomBytes(32).toString("base64"));
    const ring = makeKeyring(ROTATED_ENCRYPTION_KEY, [TEST_ENCRYPTION_KEY]);
    const unreadable = await mailbox(ws.id, (s) => sealSecret(s, lost), { imap: "gone" });
    const fine = await mailbox(ws.id, (s) => sealSecret(s, makeKeyring(TEST_ENCRYPTION_KEY)), { smtp: "kept" });

    const r = await resealMailboxSecrets(systemCtx(db(), ws, silentLog, "test"), {}, ring);
    expect(r).toMatchObject({ resealed: 1, current: 0, failed: [{ mailboxId: unreadable.id, address: unreadable.address, field: "imap" }] });
    expect(r.failed[0]!.reason).toMatch(/neither SHOPDESK_ENCRYPTION_KEY nor in SHOPDESK_ENCRYPTION_KEYS_OLD/);
    expect((await db().mailbox.findUniqueOrThrow({ where: { id: unreadable.id } })).imapPasswordEnc).toBe(unreadable.imapPasswordEnc);
    const after = await db().mailbox.findUniqueOrThrow({ where: { id: fine.id } });
    expect(openSecret(after.smtpPasswordEnc!, makeKeyring(ROTATED_ENCRYPTION_KEY))).toBe("kept");

    // A second run has nothing left to do.
    expect(await resealMailboxSecrets(systemCtx(db(), ws, silentLog, "test"), {}, ring)).toMatchObject({ resealed: 0, current: 1 });
  });
});
