// Mail out, against real PostgreSQL and a real SMTP server started here (smtp-server, login
// required): an agent's reply arrives with our headers and threads the customer's answer back;
// a note never leaves; a 4xx answer is retried with back-off, a 5xx one fails at once with an
// internal note and Retry sends it again; without SMTP the reply fails with the reason; a new mail
// ticket is acknowledged once, in the customer's language, with RFC 3834 headers, never to a
// machine, and at most five times an hour to one address. The clock is passed to the sender, so
// back-off is tested by moving it rather than by waiting.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listMessages } from "@/app/api/v1/tickets/[number]/messages/route";
import { POST as retryMessage } from "@/app/api/v1/tickets/[number]/messages/[id]/retry/route";
import type { ApiRouteHandler } from "@/server/api/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { acceptRawMail } from "@/server/mail/accept-raw-mail";
import { MAX_ATTEMPTS } from "@/server/mail/outgoing-mail";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { replyTokenSecret } from "@/server/mail/reply-secret";
import { replyAddress, replyToken } from "@/server/mail/reply-token";
import { sendQueuedMail } from "@/server/mail/send-deliveries";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { updateMailbox } from "@/server/mailboxes/update-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { retryDelivery } from "@/server/tickets/retry-delivery";
import { getAgentThread } from "@/server/tickets/ticket.queries";
import { putBlob } from "@/server/storage/blob-store";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog } from "../helpers/context";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";

const suffix = randomBytes(4).toString("hex");
const ADDRESS = `support-${suffix}@shop.example`;
const ACK_ADDRESS = `hello-${suffix}@shop.example`;

let smtp: SmtpCatcher;
let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let agentMember: MadeMember;
let light: Ctx;
let token: string;
let mailbox: { id: string; workspaceId: string };
let ackMailbox: { id: string; workspaceId: string };

type Mail = { from: string; to?: string; subject: string; body: string; messageId?: string; cc?: string; inReplyTo?: string; references?: string[]; headers?: string[] };

function raw(m: Mail): { bytes: Buffer; messageId: string } {
  const messageId = m.messageId ?? `${randomBytes(8).toString("hex")}@mail.example`;
  const lines = [
    `From: ${m.from}`,
    `To: ${m.to ?? ADDRESS}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${m.subject}`,
    `Message-ID: <${messageId}>`,
    "Date: Sat, 05 Dec 2026 09:00:00 +0000",
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`] : []),
    ...(m.references ? [`References: ${m.references.map((r) => `<${r}>`).join(" ")}`] : []),
    ...(m.headers ?? []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    m.body,
    "",
  ];
  return { bytes: Buffer.from(lines.join("\r\n")), messageId };
}

/** Commits the mail to `to`, runs the inbound queue, and returns the ticket it went to. */
async function receive(m: Mail, to = mailbox) {
  const { id } = await acceptRawMail(db(), { mailbox: to, raw: raw(m).bytes, source: "HTTP" });
  await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
  const row = await db().inboundMail.findUniqueOrThrow({ where: { id }, select: { status: true, threadedBy: true, ticketId: true } });
  const ticket = row.ticketId ? await db().ticket.findUniqueOrThrow({ where: { id: row.ticketId }, select: { id: true, number: true, firstResponseAt: true } }) : null;
  return { ...row, ticket };
}

const send = (now?: Date) => sendQueuedMail(db(), silentLog, { workspaceId: ws.id, ...(now ? { now } : {}) });
const mailsTo = (address: string) => smtp.received.filter((r) => r.envelope.to.includes(address));
const delivery = (messageId: string) => db().messageDelivery.findUniqueOrThrow({ where: { messageId } });
const minutes = (n: number) => new Date(Date.now() + n * 60_000);

async function call(handler: ApiRouteHandler, path: string, params: Record<string, string>, method = "GET") {
  const res = await handler(new Request(`http://localhost/api/v1${path}`, { method, headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve(params),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, json: (await res.json()) as any };
}

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ws = await makeWorkspace(db(), { defaultLocale: "en" });
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agentMember = await makeMember(db(), ws, { role: "AGENT", name: "Agnes Agent" });
  agent = await memberCtx(ws, agentMember);
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  token = (await createApiToken(admin, { name: "integration" })).token;
  const smtpSettings = { host: "127.0.0.1", port: smtp.port, security: "none" as const, username: smtp.username, password: smtp.password };
  // The first mailbox is the workspace's default.
  mailbox = { id: (await createMailbox(admin, { name: "Support", address: ADDRESS, smtp: { ...smtpSettings, fromName: "Shop Support" } })).id, workspaceId: ws.id };
  ackMailbox = { id: (await createMailbox(admin, { name: "Hello", address: ACK_ADDRESS, smtp: smtpSettings, autoAcknowledge: true })).id, workspaceId: ws.id };
});

afterAll(async () => {
  await smtp?.stop();
  await closePgPool();
  await disconnectDb();
});

describe("a mailbox address too long for the full reply token", () => {
  it("sends a Reply-To within RFC 5321's 64 octets whose short token threads the customer's answer back", async () => {
    const long = `customer-service-team-${suffix}@shop.example`;
    const smtpSettings = { host: "127.0.0.1", port: smtp.port, security: "none" as const, username: smtp.username, password: smtp.password };
    const longMailbox = { id: (await createMailbox(admin, { name: "Service", address: long, smtp: smtpSettings })).id, workspaceId: ws.id };
    const got = await receive({ from: "Dan <dan@example.com>", subject: "Warranty claim", body: "The kettle stopped working." }, longMailbox);
    await addReply(agent, { ticketNumber: got.ticket!.number, text: "Please send us the receipt." });
    expect(await send()).toMatchObject({ sent: 1, failed: 0 });

    const [caught] = mailsTo("dan@example.com");
    const replyTo = caught!.mail.replyTo?.value[0]?.address ?? "";
    expect(replyTo).toMatch(new RegExp(`^customer-service-team-${suffix}\\+n-[a-z2-7]{23}@shop\\.example$`));
    expect(Buffer.byteLength(replyTo.slice(0, replyTo.lastIndexOf("@")))).toBeLessThanOrEqual(64);
    // The customer's client drops the references and writes to the Reply-To: the token finds the ticket.
    const answer = await receive({ from: "dan@example.com", to: replyTo, subject: "Receipt", body: "Attached." }, longMailbox);
    expect(answer).toMatchObject({ status: "PROCESSED", threadedBy: "TOKEN", ticket: { number: got.ticket!.number } });
  });
});

describe("an agent's reply", () => {
  let number: number;
  let ourId: string;

  it("arrives with From, To, Cc, Subject [#n], our Message-ID, In-Reply-To/References and the reply token", async () => {
    const got = await receive({
      from: "Ana Customer <ana@example.com>",
      cc: `Bob <Bob@Example.com>, Shop <${ADDRESS}>`,
      subject: "Parcel question",
      body: "Where is my parcel?",
      messageId: `c1-${suffix}@mail.example`,
      references: [`c0-${suffix}@mail.example`],
    });
    number = got.ticket!.number;
    const reply = await addReply(agent, { ticketNumber: number, text: "Hello Ana,\nyour parcel <b>ships</b> today." });
    expect(await send()).toMatchObject({ sent: 1, failed: 0 });

    const [caught] = mailsTo("ana@example.com");
    expect(caught).toBeDefined();
    const { mail } = caught!;
    const token = replyToken(replyTokenSecret(), ws.id, got.ticket!.id);
    expect(caught!.user).toBe(smtp.username);
    expect(mail.from?.value).toEqual([{ name: "Agnes Agent", address: ADDRESS }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : null).toEqual(["ana@example.com"]);
    // The ticket's Cc keeps Bob; our own address is never copied.
    expect(mail.cc && !Array.isArray(mail.cc) ? mail.cc.value.map((a) => a.address) : null).toEqual(["bob@example.com"]);
    expect(caught!.envelope.to.sort()).toEqual(["ana@example.com", "bob@example.com"]);
    expect(mail.subject).toBe(`Re: Parcel question [#${number}]`);
    expect(mail.messageId).toMatch(new RegExp(`^<t-${token}\\.[a-z2-7]+@shop\\.example>$`));
    expect(mail.inReplyTo).toBe(`<c1-${suffix}@mail.example>`);
    expect(mail.references).toEqual([`<c0-${suffix}@mail.example>`, `<c1-${suffix}@mail.example>`]);
    expect(mail.replyTo?.value).toEqual([{ name: "", address: replyAddress(ADDRESS, token) }]);
    // A person wrote it: no Auto-Submitted.
    expect(mail.headers.get("auto-submitted")).toBeUndefined();
    expect(mail.text).toContain("your parcel <b>ships</b> today.");
    expect(mail.html).toContain("Hello Ana,<br>");
    expect(mail.html).toContain("&lt;b&gt;ships&lt;/b&gt;");

    ourId = mail.messageId!.slice(1, -1);
    const stored = await db().message.findUniqueOrThrow({ where: { id: reply.messageId }, select: { emailMessageId: true } });
    expect(stored.emailMessageId).toBe(ourId);
    expect(await delivery(reply.messageId)).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect((await delivery(reply.messageId)).sentAt).toBeInstanceOf(Date);
    // The API shows it sent.
    const listed = await call(listMessages, `/tickets/${number}/messages`, { number: String(number) });
    expect(listed.json.data.find((m: { id: string }) => m.id === reply.messageId).delivery).toEqual({ status: "sent", attempts: 1, lastError: null });
    // Sending again sends nothing more.
    expect(await send()).toEqual({ sent: 0, retrying: 0, failed: 0 });
    expect(mailsTo("ana@example.com")).toHaveLength(1);
  });

  it("threads the customer's answer to it onto the same ticket by References", async () => {
    const answer = await receive({
      from: "Ana Customer <ana@example.com>",
      subject: "Re: something else entirely",
      body: "Thanks!",
      inReplyTo: ourId,
      references: [`c0-${suffix}@mail.example`, `c1-${suffix}@mail.example`, ourId],
    });
    expect(answer).toMatchObject({ status: "PROCESSED", threadedBy: "REFERENCES" });
    expect(answer.ticket!.number).toBe(number);
  });

  it("that bounces is marked failed with the remote server's words and a note, and opens no ticket", async () => {
    const reply = await db().message.findFirstOrThrow({ where: { emailMessageId: ourId }, select: { id: true, ticketId: true } });
    const tickets = await db().ticket.count({ where: { workspaceId: ws.id } });
    const dsn = [
      `From: Mail Delivery System <MAILER-DAEMON@mx-${suffix}.example>`,
      `To: ${ADDRESS}`,
      "Subject: Undelivered Mail Returned to Sender",
      `Message-ID: <bounce-${suffix}@mx.example>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b2"',
      "",
      "--b2",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "--b2",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example",
      "",
      "Final-Recipient: rfc822; ana@example.com",
      "Action: failed",
      "Status: 5.2.2",
      "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
      "--b2",
      "Content-Type: text/rfc822-headers",
      "",
      `Message-ID: <${ourId}>`,
      `Subject: Re: Parcel question [#${number}]`,
      "--b2--",
      "",
    ].join("\r\n");
    await acceptRawMail(db(), { mailbox, raw: Buffer.from(dsn), source: "HTTP" });
    await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
    expect(await delivery(reply.id)).toMatchObject({ status: "FAILED", lastError: "smtp; 552 5.2.2 Mailbox full" });
    expect(await db().ticket.count({ where: { workspaceId: ws.id } })).toBe(tickets);
    const thread = await getAgentThread(agent, reply.ticketId);
    expect(thread.filter((e) => e.type === "message" && e.kind === "NOTE")).toEqual([
      expect.objectContaining({ authorKind: "system", text: expect.stringContaining("could not deliver a reply to ana@example.com: smtp; 552 5.2.2 Mailbox full") }),
    ]);
  });

  it("of a phone ticket goes out through the default mailbox, without Re:, with its attachments", async () => {
    const customer = await makeCustomer(db(), ws.id, { email: `phone-${suffix}@example.com`, name: "Pat" });
    const t = await makeTicket(db(), ws, { customer, subject: "Called about a refund", channel: "PHONE", messages: [{ kind: "INBOUND", text: "(call)" }] });
    const reply = await addReply(agent, { ticketNumber: t.number, text: "As promised on the phone: refunded." });
    const pdf = Buffer.from("%PDF-1.4 refund receipt");
    const blob = await putBlob(db(), ws.id, pdf);
    await db().attachment.create({
      data: { workspaceId: ws.id, messageId: reply.messageId, filename: "receipt.pdf", contentType: "application/pdf", byteSize: pdf.length, sha256: blob.sha256, blobId: blob.id },
    });
    await send();
    const [caught] = mailsTo(`phone-${suffix}@example.com`);
    expect(caught!.mail.from?.value).toEqual([{ name: "Agnes Agent", address: ADDRESS }]);
    // The reply's attachments go with it.
    expect(caught!.mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([["receipt.pdf", "application/pdf", pdf.toString()]]);
    expect(caught!.mail.subject).toBe(`Called about a refund [#${t.number}]`);
    expect(caught!.mail.inReplyTo).toBeUndefined();
  });
});

describe("a note", () => {
  it("is never sent, even when a delivery row exists for it", async () => {
    const customer = await makeCustomer(db(), ws.id, { email: `note-${suffix}@example.com` });
    const t = await makeTicket(db(), ws, { customer, channel: "EMAIL", messages: [{ kind: "INBOUND", text: "Hi" }] });
    const note = await addNote(agent, { ticketNumber: t.number, text: "Internal: customer is a reseller." });
    expect(await db().messageDelivery.count({ where: { messageId: note.messageId } })).toBe(0);
    await send();
    // Written by hand, as a bug elsewhere might: the sender still refuses it.
    await db().messageDelivery.create({ data: { workspaceId: ws.id, messageId: note.messageId, channel: "EMAIL" } });
    expect(await send()).toMatchObject({ sent: 0, failed: 1 });
    expect(mailsTo(`note-${suffix}@example.com`)).toHaveLength(0);
    expect(await delivery(note.messageId)).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("Only replies are sent") });
  });
});

describe("failures", () => {
  async function replyOnNewTicket(email: string) {
    const customer = await makeCustomer(db(), ws.id, { email, name: "Fay" });
    const t = await makeTicket(db(), ws, { customer, subject: "Failing", channel: "EMAIL", messages: [{ kind: "INBOUND", text: "Hi" }] });
    const r = await addReply(agent, { ticketNumber: t.number, text: "Answer" });
    return { number: t.number, ticketId: t.id, messageId: r.messageId };
  }

  it("retries a 4xx answer after a back-off, with the same Message-ID", async () => {
    const r = await replyOnNewTicket(`grey-${suffix}@example.com`);
    smtp.failNext.push(451);
    const now = new Date();
    expect(await send(now)).toMatchObject({ retrying: 1, sent: 0 });
    const first = await delivery(r.messageId);
    expect(first).toMatchObject({ status: "QUEUED", attempts: 1, lastError: expect.stringContaining("451") });
    expect(first.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    const api = await call(listMessages, `/tickets/${r.number}/messages`, { number: String(r.number) });
    expect(api.json.data.find((m: { id: string }) => m.id === r.messageId).delivery).toMatchObject({ status: "queued", attempts: 1 });
    // Not due yet: nothing is sent.
    expect(await send(now)).toMatchObject({ sent: 0, retrying: 0 });
    expect(await send(new Date(now.getTime() + 2 * 60_000))).toMatchObject({ sent: 1 });
    const caught = mailsTo(`grey-${suffix}@example.com`);
    expect(caught).toHaveLength(1);
    const stored = await db().message.findUniqueOrThrow({ where: { id: r.messageId }, select: { emailMessageId: true } });
    expect(caught[0]!.mail.messageId).toBe(`<${stored.emailMessageId}>`);
    expect(await delivery(r.messageId)).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("fails a 5xx answer at once with an internal note; Retry (API, agents only) sends it again", async () => {
    const r = await replyOnNewTicket(`gone-${suffix}@example.com`);
    smtp.failNext.push(550);
    expect(await send()).toMatchObject({ failed: 1 });
    expect(await delivery(r.messageId)).toMatchObject({ status: "FAILED", attempts: 1, lastError: expect.stringContaining("550") });
    const thread = await getAgentThread(agent, r.ticketId);
    const note = thread.find((e) => e.type === "message" && e.kind === "NOTE");
    expect(note).toMatchObject({ authorKind: "system", text: expect.stringContaining(`could not deliver a reply to gone-${suffix}@example.com`) });
    expect(thread.find((e) => e.type === "message" && e.id === r.messageId)).toMatchObject({ deliveryStatus: "FAILED", deliveryError: expect.stringContaining("550") });
    expect(await db().messageDelivery.count({ where: { message: { ticketId: r.ticketId, kind: "NOTE" } } })).toBe(0);

    expect((await rejection(retryDelivery(light, { ticketNumber: r.number, messageId: r.messageId }))).code).toBe("FORBIDDEN");
    const other = await makeWorkspace(db());
    const stranger = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));
    expect((await rejection(retryDelivery(stranger, { ticketNumber: r.number, messageId: r.messageId }))).code).toBe("NOT_FOUND");

    const params = { number: String(r.number), id: r.messageId };
    const retried = await call(retryMessage, `/tickets/${r.number}/messages/${r.messageId}/retry`, params, "POST");
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ id: r.messageId, kind: "reply", delivery: { status: "queued", attempts: 0, lastError: null } });
    // Queued, not failed: nothing to retry.
    expect((await call(retryMessage, `/tickets/${r.number}/messages/${r.messageId}/retry`, params, "POST")).status).toBe(409);
    expect(await send()).toMatchObject({ sent: 1 });
    expect(mailsTo(`gone-${suffix}@example.com`)).toHaveLength(1);
    expect((await call(retryMessage, `/tickets/${r.number}/messages/${r.messageId}/retry`, params, "POST")).status).toBe(409);
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts that all met 4xx answers`, async () => {
    const r = await replyOnNewTicket(`busy-${suffix}@example.com`);
    smtp.failNext.push(...Array<number>(MAX_ATTEMPTS).fill(421));
    for (let i = 0; i < MAX_ATTEMPTS; i++) await send(minutes(i * 400));
    expect(await delivery(r.messageId)).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(await db().message.count({ where: { ticketId: r.ticketId, kind: "NOTE" } })).toBe(1);
    expect(mailsTo(`busy-${suffix}@example.com`)).toHaveLength(0);
    expect(smtp.failNext).toHaveLength(0);
  });

  it("fails a reply with the reason when the mailbox has no SMTP server, or there is no mailbox", async () => {
    const bare = await makeWorkspace(db());
    const bareAdmin = await memberCtx(bare, await makeMember(db(), bare, { role: "ADMIN" }));
    const customer = await makeCustomer(db(), bare.id, { email: `nosmtp-${suffix}@example.com` });
    const t = await makeTicket(db(), bare, { customer, channel: "PHONE", messages: [{ kind: "INBOUND", text: "Hi" }] });
    const noMailbox = await addReply(bareAdmin, { ticketNumber: t.number, text: "One" });
    await sendQueuedMail(db(), silentLog, { workspaceId: bare.id });
    expect(await delivery(noMailbox.messageId)).toMatchObject({ status: "FAILED", lastError: expect.stringContaining("No mailbox to send from") });

    await createMailbox(bareAdmin, { name: "In only", address: `inonly-${suffix}@shop.example` });
    const noSmtp = await addReply(bareAdmin, { ticketNumber: t.number, text: "Two" });
    expect(await sendQueuedMail(db(), silentLog, { workspaceId: bare.id })).toMatchObject({ failed: 1 });
    expect(await delivery(noSmtp.messageId)).toMatchObject({
      status: "FAILED",
      lastError: `The mailbox inonly-${suffix}@shop.example has no SMTP server configured.`,
    });
    expect(mailsTo(`nosmtp-${suffix}@example.com`)).toHaveLength(0);
  });
});

describe("the acknowledgement of a new ticket", () => {
  it("is sent once, in Greek to a Greek customer, with Auto-Submitted, and is not a first response", async () => {
    await makeCustomer(db(), ws.id, { email: `eleni-${suffix}@example.gr`, name: "Ελένη", locale: "el" });
    const got = await receive({ from: `Eleni <eleni-${suffix}@example.gr>`, subject: "Παραγγελία 77", body: "Πού είναι;" }, ackMailbox);
    const number = got.ticket!.number;
    const acks = await db().message.findMany({ where: { ticketId: got.ticket!.id, kind: "AUTO_REPLY" }, select: { id: true } });
    expect(acks).toHaveLength(1);
    expect(await send()).toMatchObject({ sent: 1 });
    // An answer on the same ticket is not a new ticket: no second acknowledgement.
    await receive({ from: `Eleni <eleni-${suffix}@example.gr>`, subject: `Re: Παραγγελία 77 [#${number}]`, body: "Ευχαριστώ" }, ackMailbox);
    await send();

    const caught = mailsTo(`eleni-${suffix}@example.gr`);
    expect(caught).toHaveLength(1);
    const { mail } = caught[0]!;
    expect(mail.headers.get("auto-submitted")).toBe("auto-replied");
    expect(mail.headers.get("x-auto-response-suppress")).toBe("All");
    expect(mail.subject).toBe(`Λάβαμε το μήνυμά σας: Παραγγελία 77 [#${number}]`);
    expect(mail.text).toContain("Γεια σας Ελένη,");
    expect(mail.text).toContain(`#${number}`);
    // The customer portal, in their language, where they can follow the request.
    expect(mail.text).toMatch(new RegExp(`παρακολουθείτε.*https?://\\S+/${ws.slug}/portal/el`, "s"));
    expect(mail.from?.value).toEqual([{ name: "Hello", address: ACK_ADDRESS }]);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: got.ticket!.id } })).firstResponseAt).toBeNull();
    const thread = await getAgentThread(agent, got.ticket!.id);
    expect(thread.find((e) => e.type === "message" && e.kind === "AUTO_REPLY")).toMatchObject({ authorKind: "system", deliveryStatus: "SENT" });
    const api = await call(listMessages, `/tickets/${number}/messages`, { number: String(number) });
    expect(api.json.data[1]).toMatchObject({ kind: "auto-reply", author: { type: "system" }, delivery: { status: "sent" } });
  });

  it("that fails says so in an internal note of its own", async () => {
    const got = await receive({ from: `Gil <gil-${suffix}@example.com>`, subject: "Hello?", body: "Anyone?" }, ackMailbox);
    smtp.failNext.push(550);
    expect(await send()).toMatchObject({ failed: 1 });
    const notes = await db().message.findMany({ where: { ticketId: got.ticket!.id, kind: "NOTE" }, select: { text: true } });
    expect(notes.map((n) => n.text)).toEqual([expect.stringMatching(new RegExp(`^Shopdesk could not send the automatic acknowledgement to gil-${suffix}@example.com: .*550`))]);
  });

  it("uses the mailbox's own text for the language when there is one", async () => {
    const view = await updateMailbox(admin, {
      mailboxId: ackMailbox.id,
      autoAcknowledgeTemplates: { en: { subject: "Got it: {{subject}}", body: "Hi {{customerName}}, your ticket is {{ticketNumber}}." } },
    });
    expect(view.autoAcknowledgeTemplates).toEqual({ en: { subject: "Got it: {{subject}}", body: "Hi {{customerName}}, your ticket is {{ticketNumber}}." } });
    const got = await receive({ from: `Sam <sam-${suffix}@example.com>`, subject: "Size exchange", body: "Too small." }, ackMailbox);
    await send();
    const [caught] = mailsTo(`sam-${suffix}@example.com`);
    expect(caught!.mail.subject).toBe(`Got it: Size exchange [#${got.ticket!.number}]`);
    expect(caught!.mail.text?.trim()).toBe(`Hi Sam, your ticket is ${got.ticket!.number}.`);
    // null goes back to the built-in text.
    expect((await updateMailbox(admin, { mailboxId: ackMailbox.id, autoAcknowledgeTemplates: { en: null } })).autoAcknowledgeTemplates).toEqual({});
  });

  it("is never sent to an auto-reply, a no-reply sender or a bounce", async () => {
    const auto = await receive(
      { from: `Robot <robot-${suffix}@example.com>`, subject: "Out of office", body: "I am away.", headers: ["Auto-Submitted: auto-replied"] },
      ackMailbox,
    );
    const noReply = await receive({ from: `Shop <no-reply-${suffix}@example.com>`, subject: "Your order", body: "Thanks." }, ackMailbox);
    expect(auto.ticket).not.toBeNull();
    expect(noReply.ticket).not.toBeNull();
    const dsn = [
      `From: Mail Delivery System <MAILER-DAEMON@mx-${suffix}.example>`,
      `To: ${ACK_ADDRESS}`,
      "Subject: Undelivered Mail Returned to Sender",
      `Message-ID: <dsn-${suffix}@mx.example>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain",
      "",
      "Your message could not be delivered.",
      "--b1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example",
      "",
      "Final-Recipient: rfc822; nobody@example.com",
      "Action: failed",
      "Status: 5.1.1",
      "--b1--",
      "",
    ].join("\r\n");
    await acceptRawMail(db(), { mailbox: ackMailbox, raw: Buffer.from(dsn), source: "HTTP" });
    await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
    await send();
    expect(await db().message.count({ where: { ticketId: { in: [auto.ticket!.id, noReply.ticket!.id] }, kind: "AUTO_REPLY" } })).toBe(0);
    expect(mailsTo(`robot-${suffix}@example.com`)).toHaveLength(0);
    expect(mailsTo(`no-reply-${suffix}@example.com`)).toHaveLength(0);
    expect(smtp.received.some((r) => r.envelope.to.some((a) => a.startsWith("mailer-daemon@")))).toBe(false);
  });

  it("stops at five automatic mails to one address in an hour", async () => {
    const from = `Busy Bee <bee-${suffix}@example.com>`;
    for (let i = 1; i <= 6; i++) await receive({ from, subject: `Question ${i}`, body: `Number ${i}` }, ackMailbox);
    expect(await db().ticket.count({ where: { workspaceId: ws.id, customer: { email: `bee-${suffix}@example.com` } } })).toBe(6);
    expect(await db().message.count({ where: { workspaceId: ws.id, kind: "AUTO_REPLY", ticket: { customer: { email: `bee-${suffix}@example.com` } } } })).toBe(5);
    await send();
    const caught = mailsTo(`bee-${suffix}@example.com`);
    expect(caught).toHaveLength(5);
    expect(caught.map((c) => c.mail.subject)).not.toContainEqual(expect.stringContaining("Question 6"));
  });
});
