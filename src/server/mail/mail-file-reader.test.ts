import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_RAW_MAIL_BYTES } from "./accept-raw-mail";
import { readMailFile, readMbox, type FileMessage } from "./mail-file-reader";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "shopdesk-mbox-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(gen: AsyncGenerator<FileMessage>) {
  const out: FileMessage[] = [];
  for await (const m of gen) out.push(m);
  return out;
}

/** Feeds `text` in chunks of `size` bytes, so lines and postmarks fall across chunk borders. */
async function* chunks(text: string | Buffer, size: number) {
  const buf = Buffer.from(text);
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

const raw = (m: FileMessage) => (m.kind === "message" ? m.raw.toString("latin1") : `refused:${m.reason}`);

const MBOX =
  "From ana@example.com Mon Dec  1 10:00:00 2026\n" +
  "From: Ana <ana@example.com>\nSubject: One\n\nFirst body\n>From the shop I bought a lamp\n>>From stays escaped once\n\n" +
  "From bob@example.com Mon Dec  1 11:00:00 2026\n" +
  "From: Bob <bob@example.com>\nSubject: Two\n\nSecond body\nFrom here on, no blank line before: still part of Two\n\n" +
  "From eve@example.com Mon Dec  1 12:00:00 2026\n" +
  "From: Eve <eve@example.com>\nSubject: Three\n\n\nThird body after two blank lines\n";

describe("readMbox", () => {
  it.each([1, 7, 64, 100_000])("splits on postmark lines after a blank line and unescapes >From lines (chunks of %i bytes)", async (size) => {
    const messages = await collect(readMbox(chunks(MBOX, size)));
    expect(messages.map(raw)).toEqual([
      "From: Ana <ana@example.com>\nSubject: One\n\nFirst body\nFrom the shop I bought a lamp\n>From stays escaped once\n",
      "From: Bob <bob@example.com>\nSubject: Two\n\nSecond body\nFrom here on, no blank line before: still part of Two\n",
      "From: Eve <eve@example.com>\nSubject: Three\n\n\nThird body after two blank lines\n",
    ]);
    expect(messages.map((m) => m.index)).toEqual([1, 2, 3]);
  });

  it("keeps CRLF line endings as they are and refuses an empty message", async () => {
    const messages = await collect(readMbox(chunks("From a@b Mon Dec  1 10:00:00 2026\r\nSubject: x\r\n\r\nbody\r\n\r\nFrom c@d Mon Dec  1 10:00:00 2026\r\n\r\n", 5)));
    expect(messages.map(raw)).toEqual(["Subject: x\r\n\r\nbody\r\n", "refused:empty"]);
  });

  it("refuses a message over the size limit without holding it, and goes on with the next", async () => {
    const line = "x".repeat(1023) + "\n";
    const big = line.repeat(Math.ceil(MAX_RAW_MAIL_BYTES / line.length) + 10);
    async function* parts() {
      yield Buffer.from("From a@b Mon Dec  1 10:00:00 2026\nSubject: big\n\n");
      for (let i = 0; i < big.length; i += 1024 * 1024) yield Buffer.from(big.slice(i, i + 1024 * 1024));
      yield Buffer.from("\nFrom c@d Mon Dec  1 10:00:00 2026\nSubject: small\n\nok\n");
    }
    const messages = await collect(readMbox(parts()));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatchObject({ kind: "refused", reason: "too-large", index: 1 });
    expect((messages[0] as { size: number }).size).toBeGreaterThan(MAX_RAW_MAIL_BYTES);
    expect(raw(messages[1]!)).toBe("Subject: small\n\nok\n");
  });
});

describe("readMailFile", () => {
  it("reads an .eml as one message byte for byte, an mbox by its messages, and refuses an empty file", async () => {
    const eml = path.join(dir, "one.eml");
    const bytes = Buffer.from("From: Ana <ana@example.com>\r\nSubject: =?utf-8?q?Caf=C3=A9?=\r\n\r\nFrom the start\r\n", "latin1");
    await writeFile(eml, bytes);
    const [m] = await collect(readMailFile(eml));
    expect(m?.kind === "message" && m.raw.equals(bytes)).toBe(true);

    const mbox = path.join(dir, "three.mbox");
    await writeFile(mbox, MBOX);
    expect((await collect(readMailFile(mbox, 16))).map((x) => x.kind)).toEqual(["message", "message", "message"]);

    const empty = path.join(dir, "empty.eml");
    await writeFile(empty, "");
    expect(await collect(readMailFile(empty))).toEqual([{ kind: "refused", index: 1, size: 0, reason: "empty" }]);
  });
});
