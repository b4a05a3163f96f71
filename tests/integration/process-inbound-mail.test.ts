// The worker's half of mail in, against real PostgreSQL: raw messages committed by acceptRawMail
// become tickets and messages, threaded by References, by our reply token and by [#n] from the
// ticket's customer only; mail from our own address is ignored; a message the parser refuses is
// kept as UNPARSED with its reason and opens a ticket saying so; each message is written once however often the queue runs.
// The queue runs on this file's workspace only: other files' mail stays as they left it.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { searchTickets } from "@/server/search/search-tickets";
import { acceptRawMail } from "@/server/mail/accept-raw-mail";
import { BATCH_MESSAGES, processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { replyTokenSecret } from "@/server/mail/reply-secret";
import { replyAddress, replyToken, shortReplyToken } from "@/server/mail/reply-token";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let mailbox: { id: string; workspaceId: string };
const ADDRESS = `support-${randomBytes(4).toString("hex")}@shop.example`;

type Mail = { from?: string; to?: string; subject: string; body: string; messageId?: string; inReplyTo?: string; headers?: string[] };

function raw(m: Mail): { bytes: Buffer; messageId: string } {
  const messageId = m.messageId ?? `${randomBytes(8).toString("hex")}@mail.example`;
  const lines = [
    `From: ${m.from ?? "Ana Customer <ana@example.com>"}`,
    `To: ${m.to ?? ADDRESS}`,
    `Subject: ${m.subject}`,
    `Message-ID: <${messageId}>`,
    `Date: Sat, 05 Dec 2026 09:00:00 +0000`,
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`, `References: <${m.inReplyTo}>`] : []),
    ...(m.headers ?? []),
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    m.body,
    "",
  ];
  return { bytes: Buffer.from(lines.join("\r\n")), messageId };
}

/** Commits the mail, runs the queue, and returns its InboundMail row with its message. */
async function deliver(m: Mail) {
  const { bytes, messageId } = raw(m);
  const { id } = await acceptRawMail(db(), { mailbox, raw: bytes, source: "HTTP" });
  await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
  const row = await db().inboundMail.findUniqueOrThrow({
    where: { id },
    include: { message: { include: { ticket: { select: { number: true, status: true, channel: true, subject: true, mailboxId: true, customer: { select: { email: true, name: true } } } } } } },
  });
  return { ...row, sentMessageId: messageId };
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  mailbox = await db().mailbox.create({
    data: { workspaceId: ws.id, name: "Support", address: ADDRESS, forwardingKey: randomBytes(12).toString("hex") },
    select: { id: true, workspaceId: true },
  });
});

describe("processQueuedInboundMail", () => {
  it("turns new mail into an email ticket of the sender, with the text, From and the reason", async () => {
    const got = await deliver({ from: "Zoë Ñúñez <Zoe@Example.com>", subject: "Where is order 1042?", body: "It has been two weeks." });
    expect(got.status).toBe("PROCESSED");
    expect(got.threadedBy).toBe("NEW");
    expect(got.message).toMatchObject({ kind: "INBOUND", channel: "EMAIL", emailFromAddress: "zoe@example.com", emailFromName: "Zoë Ñúñez", threadedBy: "NEW" });
    expect(got.message!.text).toContain("It has been two weeks.");
    expect(got.message!.emailMessageId).toBe(got.sentMessageId);
    expect(got.message!.ticket).toMatchObject({ subject: "Where is order 1042?", channel: "EMAIL", status: "OPEN", mailboxId: mailbox.id, customer: { email: "zoe@example.com" } });
  });

  it("threads a reply by In-Reply-To/References, reopening the closed ticket", async () => {
    const first = await deliver({ subject: "Refund for a broken kettle", body: "The kettle arrived broken." });
    const number = first.message!.ticket.number;
    await db().ticket.update({ where: { workspaceId_number: { workspaceId: ws.id, number } }, data: { status: "CLOSED", closedAt: new Date() } });
    // Outlook and Apple Mail keep the thread in References even when they change the subject.
    const reply = await deliver({ subject: "AW: something else entirely", body: "Any news?", inReplyTo: first.sentMessageId });
    expect(reply).toMatchObject({ status: "PROCESSED", threadedBy: "REFERENCES" });
    expect(reply.message!.ticket).toMatchObject({ number, status: "OPEN" });
  });

  it("adds the people a customer's reply copies to the ticket's Cc, but never our address or the customer", async () => {
    const first = await deliver({ subject: "Gift card for my sister", body: "Can she use it too?", headers: ["Cc: Mia <mia@example.com>"] });
    const number = first.message!.ticket.number;
    const reply = await deliver({
      subject: "Re: Gift card for my sister",
      body: "Adding my husband.",
      inReplyTo: first.sentMessageId,
      headers: [`Cc: Nik <NIK@example.com>, mia@example.com, ${ADDRESS}, Ana <ana@example.com>`],
    });
    expect(reply).toMatchObject({ status: "PROCESSED", threadedBy: "REFERENCES" });
    const ticket = await db().ticket.findUniqueOrThrow({ where: { workspaceId_number: { workspaceId: ws.id, number } }, select: { id: true, ccEmails: true } });
    expect(ticket.ccEmails).toEqual(["mia@example.com", "nik@example.com"]);
    const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id, type: "CC_ADDED" }, select: { actorType: true, data: true } });
    expect(events).toEqual([{ actorType: "CUSTOMER", data: { address: "nik@example.com" } }]);
  });

  it("threads a reply to our reply token (plus-address) when the mail client dropped the references", async () => {
    const first = await deliver({ subject: "Exchange for a larger size", body: "Size 42 please." });
    const token = replyToken(replyTokenSecret(), ws.id, first.message!.ticketId);
    const reply = await deliver({ subject: "Re: your request", body: "Thanks!", to: replyAddress(ADDRESS, token) });
    expect(reply).toMatchObject({ status: "PROCESSED", threadedBy: "TOKEN" });
    expect(reply.message!.ticket.number).toBe(first.message!.ticket.number);
    // A token made for another workspace's secret or ticket threads nothing.
    const forged = replyToken("another-secret", ws.id, first.message!.ticketId);
    const stranger = await deliver({ subject: "Re: hi", body: "?", to: replyAddress(ADDRESS, forged) });
    expect(stranger.threadedBy).toBe("NEW");
  });

  it("threads a reply to the short plus-token of a mailbox address too long for the full one", async () => {
    const first = await deliver({ subject: "Return label missing", body: "No label in the parcel." });
    const secret = replyTokenSecret();
    const long = "customer-service-department-eu@shop.example";
    const to = replyAddress(long, replyToken(secret, ws.id, first.message!.ticketId), shortReplyToken(secret, ws.id, first.message!.ticket.number));
    expect(to).toMatch(/^customer-service-department-eu\+n-[a-z2-7]+@shop\.example$/);
    const reply = await deliver({ subject: "Re: your request", body: "Found it, thanks", to });
    expect(reply).toMatchObject({ status: "PROCESSED", threadedBy: "TOKEN" });
    expect(reply.message!.ticket.number).toBe(first.message!.ticket.number);
    // Made with another secret, it threads nothing.
    const forged = replyAddress(long, replyToken("another-secret", ws.id, first.message!.ticketId), shortReplyToken("another-secret", ws.id, first.message!.ticket.number));
    expect((await deliver({ subject: "Re: hi", body: "?", to: forged })).threadedBy).toBe("NEW");
  });

  it("threads [#n] in the subject only when the sender is that ticket's customer", async () => {
    const first = await deliver({ from: "Bea <bea@example.com>", subject: "Gift card balance", body: "How much is left?" });
    const number = first.message!.ticket.number;
    const own = await deliver({ from: "bea@example.com", subject: `Re: Gift card balance [#${number}]`, body: "Still waiting." });
    expect(own).toMatchObject({ threadedBy: "SUBJECT_NUMBER" });
    expect(own.message!.ticket.number).toBe(number);
    // A stranger writing the same number gets a ticket of their own.
    const stranger = await deliver({ from: "mallory@evil.example", subject: `[#${number}] let me in`, body: "Show me the thread." });
    expect(stranger.threadedBy).toBe("NEW");
    expect(stranger.message!.ticket.number).not.toBe(number);
    expect(stranger.message!.ticket.customer.email).toBe("mallory@evil.example");
  });

  it("ignores mail from our own address, keeping it with the reason", async () => {
    const got = await deliver({ from: ADDRESS, subject: "Loop?", body: "from ourselves" });
    expect(got).toMatchObject({ status: "IGNORED", message: null });
    expect(got.reason).toMatch(/own address/);
  });

  it("keeps a message the parser refuses as UNPARSED with the reason, and goes on with the next", async () => {
    const filler = Array.from({ length: 40_000 }, (_, i) => `X-Filler-${i}: ${"a".repeat(40)}`);
    const bad = await deliver({ subject: "broken", body: "x", headers: filler });
    // Nothing is dropped: the mail opens a ticket of its sender that says it could not be read.
    expect(bad).toMatchObject({ status: "UNPARSED", threadedBy: "NEW", message: { kind: "INBOUND", channel: "EMAIL" } });
    expect(bad.ticketId).toBe(bad.message!.ticketId);
    expect(bad.message!.ticket.customer.email).toBe("ana@example.com");
    expect(bad.message!.text).toMatch(/could not be read/);
    expect(bad.reason).toMatch(/could not be parsed/);
    const next = await deliver({ subject: "Loyalty points missing", body: "My points are gone." });
    expect(next.status).toBe("PROCESSED");
  });

  it("writes each message once, even with several queue runners at the same time", async () => {
    const ids: string[] = [];
    // More than two batches: the runners take batches side by side.
    for (let i = 0; i < 2 * BATCH_MESSAGES + 5; i++) {
      ids.push((await acceptRawMail(db(), { mailbox, raw: raw({ subject: `Parallel ${i}`, body: `Message ${i}` }).bytes, source: "HTTP" })).id);
    }
    await Promise.all([processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id }), processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id }), processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id })]);
    const rows = await db().inboundMail.findMany({ where: { id: { in: ids } }, select: { status: true, message: { select: { id: true } } } });
    expect(rows.every((r) => r.status === "PROCESSED" && r.message)).toBe(true);
    expect(await db().message.count({ where: { inboundMailId: { in: ids } } })).toBe(2 * BATCH_MESSAGES + 5);
  });

  it("opens a batch's new tickets together: numbers in arrival order, one customer per sender, and a reply in the same batch threads to its ticket", async () => {
    const run = randomBytes(4).toString("hex");
    const first = raw({ from: `Mia <mia-${run}@example.com>`, subject: `Together ${run} 1`, body: "First question." });
    const other = raw({ from: `Ole <ole-${run}@example.com>`, subject: `Together ${run} 2`, body: "Another question." });
    const second = raw({ from: `Mia <mia-${run}@example.com>`, subject: `Together ${run} 3`, body: "Another one from me." });
    // Mia answers her own first mail before the worker ran: it must not open a ticket of its own.
    const followUp = raw({ from: `Mia <mia-${run}@example.com>`, subject: `Re: Together ${run} 1`, body: "Forgot the order number: 1042.", inReplyTo: first.messageId });
    const ids: string[] = [];
    for (const m of [first, other, second, followUp]) ids.push((await acceptRawMail(db(), { mailbox, raw: m.bytes, source: "HTTP" })).id);
    expect(await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id })).toMatchObject({ processed: 4, failed: 0 });
    const rows = await db().inboundMail.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, threadedBy: true, message: { select: { ticket: { select: { number: true, customerId: true } } } } },
    });
    const got = ids.map((id) => {
      const row = rows.find((r) => r.id === id)!;
      return { ...row, ticket: row.message!.ticket };
    });
    expect(got.map((r) => [r.status, r.threadedBy])).toEqual([
      ["PROCESSED", "NEW"],
      ["PROCESSED", "NEW"],
      ["PROCESSED", "NEW"],
      ["PROCESSED", "REFERENCES"],
    ]);
    const [a, b, c, d] = got.map((r) => r.ticket);
    expect([b!.number, c!.number]).toEqual([a!.number + 1, a!.number + 2]);
    expect(d!.number).toBe(a!.number);
    expect(c!.customerId).toBe(a!.customerId);
    expect(await db().customer.count({ where: { workspaceId: ws.id, email: `mia-${run}@example.com` } })).toBe(1);
    // Each new ticket has its CREATED and CUSTOMER_MESSAGE events, like one opened alone.
    const events = await db().ticketEvent.groupBy({ by: ["type"], where: { ticket: { workspaceId: ws.id, subject: { startsWith: `Together ${run}` } } }, _count: true });
    expect(Object.fromEntries(events.map((e) => [e.type, e._count]))).toEqual({ CREATED: 3, CUSTOMER_MESSAGE: 4 });
  });

  it("rolls back only the message that failed: the others of its batch are committed, it is retried later", async () => {
    const run = randomBytes(4).toString("hex");
    // Inserting this one message fails the way a bug would, after its customer and ticket rows went in.
    await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_${run}() RETURNS trigger AS $$ BEGIN
      IF NEW."emailMessageId" = 'fail-${run}@mail.example' THEN RAISE EXCEPTION 'fail ${run}'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER test_fail_${run} BEFORE INSERT ON "Message" FOR EACH ROW EXECUTE FUNCTION test_fail_${run}()`);
    const ids: string[] = [];
    try {
      for (const [i, messageId] of [undefined, `fail-${run}@mail.example`, undefined].entries()) {
        const m = raw({ from: `Batch ${i} <batch-${i}-${run}@example.com>`, subject: `Batch ${run} ${i}`, body: `Message ${i}`, messageId });
        ids.push((await acceptRawMail(db(), { mailbox, raw: m.bytes, source: "HTTP" })).id);
      }
      const result = await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
      expect(result).toMatchObject({ processed: 2, failed: 1 });
      const rows = await db().inboundMail.findMany({ where: { id: { in: ids } }, select: { id: true, status: true, attempts: true } });
      expect(ids.map((id) => rows.find((r) => r.id === id))).toMatchObject([
        { status: "PROCESSED", attempts: 0 },
        { status: "QUEUED", attempts: 1 },
        { status: "PROCESSED", attempts: 0 },
      ]);
      // Nothing of the failed message stayed: no ticket and no customer of its sender.
      expect(await db().customer.count({ where: { workspaceId: ws.id, email: `batch-1-${run}@example.com` } })).toBe(0);
      expect(await db().ticket.count({ where: { workspaceId: ws.id, subject: { startsWith: `Batch ${run}` } } })).toBe(2);
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_fail_${run} ON "Message"`);
      await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_fail_${run}()`);
    }
    // Once the cause is gone the next pass takes it.
    await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
    expect(await db().inboundMail.findUniqueOrThrow({ where: { id: ids[1]! }, select: { status: true } })).toEqual({ status: "PROCESSED" });
  });

  it("indexes for search what the sender wrote, not the history their mail quotes", async () => {
    const run = randomBytes(4).toString("hex");
    const body = [`Hello, the parcel arrived damaged: photo${run} attached.`, "", `On Mon, 30 Nov 2026 at 10:00, Shop <shop@example.com> wrote:`, `> Your order quoted${run} has shipped.`].join("\r\n");
    const got = await deliver({ subject: `Damaged ${run}`, body });
    expect(got.message!.text).toContain(`quoted${run}`);
    const agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    expect((await searchTickets(agent, { q: `photo${run}` })).map((h) => h.number)).toEqual([got.message!.ticket.number]);
    expect(await searchTickets(agent, { q: `quoted${run}` })).toEqual([]);
  });

  it("gives a new customer the language of their first mail, and never changes a known customer's", async () => {
    const greek = await deliver({ from: "Ελένη <eleni.lang@example.gr>", subject: "Επιστροφή", body: "Καλησπέρα, θα ήθελα να επιστρέψω τα παπούτσια που παρέλαβα χθες." });
    const eleni = await db().customer.findFirstOrThrow({ where: { workspaceId: ws.id, email: "eleni.lang@example.gr" } });
    expect(eleni.locale).toBe("el");
    expect(greek.message!.ticket.customer.email).toBe("eleni.lang@example.gr");

    await db().customer.create({ data: { workspaceId: ws.id, email: "jan.lang@example.pl", locale: "pl" } });
    await deliver({ from: "jan.lang@example.pl", subject: "Return", body: "Hello, I would like to return the shoes because they are too small." });
    expect((await db().customer.findFirstOrThrow({ where: { workspaceId: ws.id, email: "jan.lang@example.pl" } })).locale).toBe("pl");
  });
});
