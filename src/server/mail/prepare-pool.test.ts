// The prepare pool runs prepare-mail.ts on threads: what comes back must be what the main thread
// would have made itself (Buffers included), and a message that takes too long must neither block
// nor break the pool.
import { readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { prepareMail } from "./prepare-mail";
import { createPreparePool } from "./prepare-pool";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../tests/fixtures/mail", name));
const pool = createPreparePool(pino({ level: "silent" }), 1);
afterAll(() => pool.close());

/** Attachment ids are random: compared without them. */
function withoutIds<T>(prepared: T): T {
  return JSON.parse(JSON.stringify(prepared, (key, value) => (key === "id" ? undefined : value)).replace(/\/api\/attachments\/[0-9a-f-]+\//g, "/api/attachments/ID/"));
}

describe("createPreparePool", () => {
  it("prepares a mail on a thread exactly as the main thread does, attachments as Buffers", async () => {
    for (const name of ["alternative-attachments.eml", "apple-mail-reply.eml", "big5.eml"]) {
      const raw = fixture(name);
      const [threaded, here] = await Promise.all([pool.prepare(raw), prepareMail(raw)]);
      expect(withoutIds(threaded)).toEqual(withoutIds(here));
      if (threaded.kind === "mail") {
        for (const a of threaded.attachments.keep) expect(Buffer.isBuffer(a.content)).toBe(true);
      }
    }
    const withFiles = await pool.prepare(fixture("alternative-attachments.eml"));
    expect(withFiles.kind === "mail" && withFiles.attachments.keep.length).toBeGreaterThan(0);
  });

  it("prepares a whole batch asked for at once (the thread is handed two at a time), each as the main thread does", async () => {
    const names = ["alternative-attachments.eml", "apple-mail-reply.eml", "big5.eml"];
    const raws = Array.from({ length: 12 }, (_, i) => fixture(names[i % names.length]!));
    const threaded = await Promise.all(raws.map((raw) => pool.prepare(raw)));
    const here = await Promise.all(raws.map((raw) => prepareMail(raw)));
    expect(threaded.map(withoutIds)).toEqual(here.map(withoutIds));
  });

  it("gives up on the mail its thread is stuck on, keeping it as unreadable; the ones queued behind it fail (to be retried) and a new thread goes on", async () => {
    const raw = fixture("alternative-attachments.eml");
    const [late, behind] = await Promise.allSettled([pool.prepare(raw, { timeoutMs: 1 }), pool.prepare(fixture("big5.eml"))]);
    expect(late).toMatchObject({ status: "fulfilled", value: { kind: "unreadable", parseReason: "timeout", raw } });
    expect(late.status === "fulfilled" && late.value.kind === "unreadable" && late.value.reason).toMatch(/took longer than 1 ms/);
    expect(behind).toMatchObject({ status: "rejected", reason: { message: expect.stringMatching(/replaced/) } });
    // The new thread prepares the next ones.
    expect((await pool.prepare(raw)).kind).toBe("mail");
  });
});
