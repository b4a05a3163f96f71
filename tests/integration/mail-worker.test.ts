// Mail in through a real worker process (its production bundle, as `npm start` runs it) on a database
// of this file's own: raw mail committed by acceptRawMail becomes a ticket within seconds (the
// commit's pg_notify wakes the job; the minute schedule is only the safety net), and mail
// committed while no worker runs is processed when one starts. Mail out the same way: a reply's
// commit wakes the worker's sender, and the reply reaches a real SMTP server within seconds.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { systemCtx, WORKSPACE_REF_SELECT } from "@/server/context";
import { acceptRawMail } from "@/server/mail/accept-raw-mail";
import { keyring, sealSecret } from "@/server/mail/secret-box";
import { recoverSuspendedMail } from "@/server/mail/suspended-mail";
import { makeCustomer, makeTicket } from "@/server/demo/factories";
import { addReply } from "@/server/tickets/add-reply";
import { ownMigratedDatabase, type OwnDatabase } from "../helpers/own-database";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";
import { productionWorkerEnv, startWorker, stopAll, workerReady, type TestProcess } from "../helpers/processes";

let ownDb: OwnDatabase | undefined;
let url: string;
let prisma: Db;
let mailbox: { id: string; workspaceId: string };
const workers: TestProcess[] = [];
let smtp: SmtpCatcher;

const mail = (subject: string) =>
  Buffer.from(`From: Ana <ana@example.com>\r\nTo: support@shop.example\r\nSubject: ${subject}\r\nMessage-ID: <${randomBytes(8).toString("hex")}@example.com>\r\n\r\nHello\r\n`);

async function ticketOf(inboundMailId: string, timeoutMs: number): Promise<{ status: string; subject: string | null; ms: number }> {
  const t0 = Date.now();
  for (;;) {
    const row = await prisma.inboundMail.findUniqueOrThrow({ where: { id: inboundMailId }, select: { status: true, message: { select: { ticket: { select: { subject: true } } } } } });
    if (row.status !== "QUEUED") return { status: row.status, subject: row.message?.ticket.subject ?? null, ms: Date.now() - t0 };
    if (Date.now() - t0 > timeoutMs) return { status: row.status, subject: null, ms: Date.now() - t0 };
    await new Promise((r) => setTimeout(r, 100));
  }
}

function addWorker(name: string): Promise<unknown> {
  // The test reads "worker ready", an info line.
  const proc = startWorker(name, productionWorkerEnv(url, "info"));
  workers.push(proc);
  return workerReady(proc, 90_000);
}

beforeAll(async () => {
  ownDb = await ownMigratedDatabase(inject("databaseUrl"), "shopdesk_mail");
  url = ownDb.url;
  prisma = createDb(url, 2);
  const ws = await makeWorkspace(prisma);
  smtp = await startSmtpCatcher();
  mailbox = await prisma.mailbox.create({
    data: {
      workspaceId: ws.id,
      name: "Support",
      address: "support@shop.example",
      forwardingKey: randomBytes(12).toString("hex"),
      isDefault: true,
      smtpHost: "127.0.0.1",
      smtpPort: smtp.port,
      smtpSecurity: "NONE",
      smtpUsername: smtp.username,
      smtpPasswordEnc: sealSecret(smtp.password, await keyring()),
    },
    select: { id: true, workspaceId: true },
  });
}, 120_000);

afterAll(async () => {
  await stopAll(workers);
  await smtp?.stop();
  await prisma?.$disconnect();
  await ownDb?.drop();
}, 120_000);

describe("the worker processes committed mail", () => {
  it("mail committed before any worker runs is processed when one starts", { timeout: 150_000 }, async () => {
    const { id } = await acceptRawMail(prisma, { mailbox, raw: mail("Waiting since yesterday"), source: "HTTP" });
    await addWorker("mail-worker-1");
    expect(await ticketOf(id, 30_000)).toMatchObject({ status: "PROCESSED", subject: "Waiting since yesterday" });
  });

  it("new mail becomes a ticket within seconds, woken by the commit, not by the minute schedule", { timeout: 60_000 }, async () => {
    const results = [];
    for (const subject of ["Order 1 missing", "Order 2 missing", "Order 3 missing"]) {
      const { id } = await acceptRawMail(prisma, { mailbox, raw: mail(subject), source: "HTTP" });
      results.push({ ...(await ticketOf(id, 20_000)), sent: subject });
    }
    for (const r of results) expect(r).toMatchObject({ status: "PROCESSED", subject: r.sent });
    // Each well under the schedule's minute (polling and the job's start included).
    expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(20_000);
    console.log(`mail to ticket through a worker: ${results.map((r) => `${r.ms} ms`).join(", ")}`);
  });

  it("suspended mail an agent recovers becomes a ticket within seconds, woken by the recovery's commit", { timeout: 60_000 }, async () => {
    const workspace = await prisma.workspace.update({ where: { id: mailbox.workspaceId }, data: { blockedSenders: ["blocked.example"] }, select: WORKSPACE_REF_SELECT });
    try {
      const raw = Buffer.from(`From: Deals <deals@blocked.example>\r\nTo: support@shop.example\r\nSubject: Offer\r\nMessage-ID: <${randomBytes(8).toString("hex")}@blocked.example>\r\n\r\nBuy now\r\n`);
      const { id } = await acceptRawMail(prisma, { mailbox, raw, source: "HTTP" });
      expect(await ticketOf(id, 20_000)).toMatchObject({ status: "SUSPENDED" });
      await recoverSuspendedMail(systemCtx(prisma, workspace, pino({ level: "silent" }), "test"), { inboundMailId: id });
      const recovered = await ticketOf(id, 20_000);
      expect(recovered).toMatchObject({ status: "PROCESSED", subject: "Offer" });
      expect(recovered.ms).toBeLessThan(20_000);
    } finally {
      await prisma.workspace.update({ where: { id: mailbox.workspaceId }, data: { blockedSenders: [] } });
    }
  });

  it("a reply reaches the SMTP server within seconds, woken by its commit", { timeout: 60_000 }, async () => {
    const workspace = await prisma.workspace.findUniqueOrThrow({ where: { id: mailbox.workspaceId }, select: WORKSPACE_REF_SELECT });
    const customer = await makeCustomer(prisma, workspace.id, { email: "reply-to-me@example.com" });
    const ticket = await makeTicket(prisma, workspace, { customer, subject: "Order 4 missing", channel: "EMAIL", messages: [{ kind: "INBOUND", text: "Hi" }] });
    const t0 = Date.now();
    await addReply(systemCtx(prisma, workspace, pino({ level: "silent" }), "test"), { ticketNumber: ticket.number, text: "It ships today." });
    while (smtp.received.length === 0 && Date.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 100));
    expect(smtp.received.map((r) => r.mail.subject)).toEqual([`Re: Order 4 missing [#${ticket.number}]`]);
    console.log(`reply to SMTP through a worker: ${Date.now() - t0} ms`);
  });
});
