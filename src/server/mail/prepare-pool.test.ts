// The prepare pool runs prepare-mail.ts on threads: what comes back must be what the main thread
// would have made itself (Buffers included), and a message that takes too long must neither block
// nor break the pool.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { prepareMail, RAW_HEADER_SCAN_BYTES } from "./prepare-mail";
import { createPreparePool } from "./prepare-pool";
import { scanRawHeaders } from "./unparsed-mail-ticket";

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../../tests/fixtures/mail", name));
const pool = createPreparePool(pino({ level: "silent" }), 1);
afterAll(() => pool.close());

/** A mail of more than MOVE_FROM_BYTES with `header` and one binary attachment. */
function largeMail(header: string, file: Buffer): Buffer {
  const body = file.toString("base64").replace(/.{76}/g, "$&\r\n");
  return Buffer.from(
    [header, "Subject: Scans", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"', "", "--b", "Content-Type: text/plain", "", "Scans attached.",
      "--b", 'Content-Type: application/octet-stream; name="scan.bin"', 'Content-Disposition: attachment; filename="scan.bin"', "Content-Transfer-Encoding: base64", "", body, "--b--", ""].join("\r\n"),
  );
}

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

  it("moves a large message to its thread (taken over: empty here afterwards) and its attachments back, prepared as the main thread does", async () => {
    const file = randomBytes(300 * 1024);
    const raw = largeMail("From: Ana <ana@example.com>", file);
    const copy = Buffer.from(raw);
    const threaded = pool.prepare(raw);
    expect(raw.byteLength).toBe(0);
    const [got, here] = await Promise.all([threaded, prepareMail(copy)]);
    expect(withoutIds(got)).toEqual(withoutIds(here));
    const kept = got.kind === "mail" ? got.attachments.keep : [];
    expect(kept).toHaveLength(1);
    expect(Buffer.isBuffer(kept[0]!.content) && kept[0]!.content.equals(file)).toBe(true);
  });

  it("hands a large unreadable message's bytes back whole; after a timeout, their start, where the headers are", async () => {
    const noSender = largeMail("X-Note: no sender", randomBytes(300 * 1024));
    const unreadable = await pool.prepare(Buffer.from(noSender));
    expect(unreadable.kind === "unreadable" && unreadable.raw.equals(noSender)).toBe(true);

    const stuck = largeMail("From: Ana <ana@example.com>", randomBytes(400 * 1024));
    const late = await pool.prepare(Buffer.from(stuck), { timeoutMs: 1 });
    expect(late).toMatchObject({ kind: "unreadable", parseReason: "timeout" });
    expect(late.kind === "unreadable" && late.raw.equals(stuck.subarray(0, RAW_HEADER_SCAN_BYTES))).toBe(true);
    expect(late.kind === "unreadable" && scanRawHeaders(late.raw).address).toBe("ana@example.com");
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
