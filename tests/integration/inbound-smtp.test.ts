// The forwarding listener against real PostgreSQL, spoken to over SMTP: mail for a mailbox's
// forwarding address is stored raw with its envelope and SPF/DMARC verdict and becomes a ticket;
// unknown recipients and other domains get 550 (no relay); AUTH is not offered; a message over
// the size limit gets 552 and nothing is stored; the same bytes sent twice are one message.
import { randomBytes } from "node:crypto";
import net from "node:net";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { MAX_RAW_MAIL_BYTES } from "@/server/mail/accept-raw-mail";
import { startInboundSmtp, type InboundSmtp } from "@/server/mail/inbound-smtp";
import type { MailAuthVerdict } from "@/server/mail/mail-auth";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { newForwardingKey } from "@/server/mailboxes/mailbox.queries";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { silentLog } from "../helpers/context";

const DOMAIN = "in.shopdesk.test";
// DNS as the checks see it: shop.example lets 127.0.0.1 send; strict.example lets nobody and
// asks receivers to reject what fails DMARC.
const RECORDS: Record<string, string[][]> = {
  "shop.example:TXT": [["v=spf1 ip4:127.0.0.1 -all"]],
  "strict.example:TXT": [["v=spf1 -all"]],
  "_dmarc.strict.example:TXT": [["v=DMARC1; p=reject"]],
};
async function resolver(name: string, rrtype: string): Promise<string[][]> {
  const found = RECORDS[`${name}:${rrtype}`];
  if (found) return found;
  throw Object.assign(new Error(`no ${rrtype} for ${name}`), { code: "ENOTFOUND" });
}

let ws: CreatedWorkspace;
let mailbox: { id: string; forwardingKey: string };
let smtp: InboundSmtp;
const forwardTo = () => `${mailbox.forwardingKey}@${DOMAIN}`;

function message(from: string, subject: string, body: string): Buffer {
  return Buffer.from(
    [
      `From: ${from}`,
      "To: support@shop.example",
      `Subject: ${subject}`,
      `Message-ID: <${randomBytes(8).toString("hex")}@shop.example>`,
      "Date: Sat, 05 Dec 2026 09:00:00 +0000",
      "MIME-Version: 1.0",
      "Content-Type: text/plain; charset=utf-8",
      "",
      body,
      "",
    ].join("\r\n"),
  );
}

function send(envelope: { from: string; to: string[] }, raw: Buffer) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: smtp.port, secure: false, ignoreTLS: true });
  return transport.sendMail({ envelope, raw }).finally(() => transport.close());
}

/** One SMTP conversation over a plain socket: the server's answer to each line, in order. */
async function converse(lines: string[]): Promise<string[]> {
  const socket = net.connect(smtp.port, "127.0.0.1");
  const answers: string[] = [];
  let buffer = "";
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString("latin1");
        // A complete reply ends with a line "NNN text" (a space after the code, not a dash).
        const m = buffer.match(/(^|\r\n)(\d{3}) [^\r\n]*\r\n$/);
        if (!m) return;
        socket.off("data", onData);
        const reply = buffer;
        buffer = "";
        resolve(reply);
      };
      socket.on("data", onData);
      socket.once("error", reject);
    });
  answers.push(await next());
  for (const line of lines) {
    socket.write(line);
    if (line.endsWith("\r\n")) answers.push(await next());
  }
  socket.end();
  return answers;
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  mailbox = await db().mailbox.create({
    data: { workspaceId: ws.id, name: "Support", address: `support-${randomBytes(4).toString("hex")}@shop.example`, forwardingKey: newForwardingKey() },
    select: { id: true, forwardingKey: true },
  });
  smtp = await startInboundSmtp({ db: db(), log: silentLog, port: 0, host: "127.0.0.1", domain: DOMAIN, serverName: "mx.shopdesk.test", resolver });
});

afterAll(async () => {
  await smtp?.close();
});

describe("the forwarding listener", () => {
  it("stores mail for a forwarding address with its envelope and verdict, and the worker makes it a ticket", async () => {
    const raw = message("Ana Customer <ana@shop.example>", "Παραγγελία 1042: πού είναι;", "Δεν έχει φτάσει ακόμα.");
    const info = await send({ from: "ana@shop.example", to: [forwardTo().toUpperCase()] }, raw);
    expect(info.response).toMatch(/^250 /);

    const row = await db().inboundMail.findFirstOrThrow({ where: { mailboxId: mailbox.id, source: "FORWARD" }, orderBy: { receivedAt: "desc" } });
    expect(row.status).toBe("QUEUED");
    expect(row.envelope).toMatchObject({ mailFrom: "ana@shop.example", rcptTo: [forwardTo()], remoteAddress: "127.0.0.1" });
    const verdict = row.authResults as MailAuthVerdict;
    expect(verdict.spf).toEqual({ result: "pass", domain: "shop.example" });
    expect(verdict.header).toMatch(/^Authentication-Results: mx\.shopdesk\.test;/m);

    await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
    const stored = await db().inboundMail.findUniqueOrThrow({ where: { id: row.id }, include: { message: { include: { ticket: true } } } });
    expect(stored.status).toBe("PROCESSED");
    expect(stored.message!.ticket).toMatchObject({ subject: "Παραγγελία 1042: πού είναι;", channel: "EMAIL", mailboxId: mailbox.id });
  });

  it("records a DMARC failure under a reject policy (for suspension), and still keeps the mail", async () => {
    const raw = message("Eve <eve@strict.example>", "Please refund me", "Now.");
    await send({ from: "eve@strict.example", to: [forwardTo()] }, raw);
    const row = await db().inboundMail.findFirstOrThrow({ where: { mailboxId: mailbox.id, rawSize: raw.byteLength }, orderBy: { receivedAt: "desc" } });
    const verdict = row.authResults as MailAuthVerdict;
    expect(verdict.spf.result).toBe("fail");
    expect(verdict.dmarc).toMatchObject({ result: "fail", domain: "strict.example", policy: "reject" });
  });

  it("refuses unknown forwarding addresses and other domains with 550: it relays nothing", async () => {
    const raw = message("Ana <ana@shop.example>", "Hello", "Hi");
    const before = await db().inboundMail.count({ where: { mailboxId: mailbox.id } });
    await expect(send({ from: "ana@shop.example", to: [`${newForwardingKey()}@${DOMAIN}`] }, raw)).rejects.toMatchObject({ responseCode: 550 });
    await expect(send({ from: "ana@shop.example", to: [`${mailbox.forwardingKey}@elsewhere.example`] }, raw)).rejects.toMatchObject({ responseCode: 550 });
    await expect(send({ from: "ana@shop.example", to: ["someone@gmail.com"] }, raw)).rejects.toMatchObject({ responseCode: 550 });
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id } })).toBe(before);
  });

  it("offers no AUTH and announces the size limit", async () => {
    const [, ehlo] = await converse(["EHLO client.example\r\n", "QUIT\r\n"]);
    expect(ehlo).toMatch(new RegExp(`250[- ]SIZE ${MAX_RAW_MAIL_BYTES}\\r\\n`));
    expect(ehlo).not.toMatch(/AUTH/);
    expect(ehlo).not.toMatch(/STARTTLS/);
  });

  it("answers 552 to a message over the limit and stores nothing", async () => {
    const before = await db().inboundMail.count({ where: { mailboxId: mailbox.id } });
    const line = `${"x".repeat(998)}\r\n`;
    const body = line.repeat(Math.ceil((MAX_RAW_MAIL_BYTES + 1024) / line.length));
    const answers = await converse([
      "EHLO client.example\r\n",
      "MAIL FROM:<ana@shop.example>\r\n",
      `RCPT TO:<${forwardTo()}>\r\n`,
      "DATA\r\n",
      `Subject: big\r\n\r\n${body}.\r\n`,
      "QUIT\r\n",
    ]);
    expect(answers[4]).toMatch(/^354/);
    expect(answers[5]).toMatch(/^552 /);
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id } })).toBe(before);
  });

  it("stores the same bytes sent twice once", async () => {
    const raw = message("Ana <ana@shop.example>", "Sent twice by a retrying server", "Once is enough.");
    await send({ from: "ana@shop.example", to: [forwardTo()] }, raw);
    await send({ from: "ana@shop.example", to: [forwardTo()] }, raw);
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id, rawSize: raw.byteLength, source: "FORWARD" } })).toBe(1);
  });
});
