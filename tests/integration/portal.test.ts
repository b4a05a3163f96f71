// The customer portal against real PostgreSQL and a real SMTP listener: sign-in links (mailed
// through the workspace's default mailbox in the customer's language, stored only as a hash,
// single use, 30 minutes, rate limited, the same answer for an unknown address), sessions (idle
// and absolute expiry, sign-out, per workspace), and the reads and writes of a signed-in customer:
// never a note or another customer's or workspace's ticket, replies on channel PORTAL that reopen
// a closed ticket, closing one's own ticket.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Customer } from "@/generated/prisma/client";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { cleanupExpired } from "@/server/jobs/cleanup-expired";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { sendQueuedWorkspaceMail } from "@/server/mail/send-workspace-mail";
import { openWorkspaceMailContent } from "@/server/mail/workspace-mail";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { addPortalReply } from "@/server/portal/add-portal-reply";
import { closeOwnTicket } from "@/server/portal/close-own-ticket";
import { PORTAL_COOKIE } from "@/server/portal/portal-auth";
import { handlePortalFileGet } from "@/server/portal/portal-files";
import { endPortalSession, portalCtx, resolvePortalSession, startPortalSession, type PortalCtx } from "@/server/portal/portal-sessions";
import { getPortalAttachment, getPortalTicket, listPortalTickets } from "@/server/portal/portal.queries";
import { LINK_LIMIT_PER_ADDRESS, LINK_LIMIT_PER_EMAIL, requestPortalLink } from "@/server/portal/request-portal-link";
import { signInWithLink } from "@/server/portal/sign-in-with-link";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { mergeTickets } from "@/server/tickets/merge-tickets";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog } from "../helpers/context";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";

// The request's cookies for the file route: only the portal cookie a test puts here.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined), set: () => {}, delete: () => {} }),
}));

const suffix = randomBytes(4).toString("hex");
const ADDRESS = `support-${suffix}@shop.example`;

let smtp: SmtpCatcher;
let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;
let agentMember: MadeMember;
let alice: Customer;
let bob: Customer;

const email = (name: string) => `${name}-${randomBytes(3).toString("hex")}@example.com`;
const mailsTo = (address: string) => smtp.received.filter((r) => r.envelope.to.includes(address));
const asCustomer = (workspace: CreatedWorkspace, customer: { id: string }): PortalCtx => portalCtx(db(), workspace, customer.id, silentLog);
const file = (name: string, body: string) => ({ filename: name, contentType: "text/plain", content: new TextEncoder().encode(body) });

/** The sign-in URL of the last mail to `to` (after the sender ran). */
function linkIn(to: string): { url: URL; token: string } {
  const mail = mailsTo(to).at(-1);
  if (!mail) throw new Error(`no mail to ${to}`);
  const found = /https?:\/\/\S+\/sign-in\/([A-Za-z0-9_-]{43})/.exec(mail.mail.text ?? "");
  if (!found) throw new Error(`no sign-in link in: ${mail.mail.text}`);
  return { url: new URL(found[0]), token: found[1]! };
}

async function mailLink(workspace: CreatedWorkspace, address: string, locale = "en"): Promise<string> {
  await requestPortalLink(db(), silentLog, { workspaceId: workspace.id, email: address, locale: locale as "en" }, { address: null });
  expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: workspace.id })).toMatchObject({ sent: 1, failed: 0 });
  return linkIn(address).token;
}

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ws = await makeWorkspace(db(), { defaultLocale: "en" });
  other = await makeWorkspace(db(), { defaultLocale: "en" });
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agentMember = await makeMember(db(), ws, { role: "AGENT", name: "Agnes Agent" });
  agent = await memberCtx(ws, agentMember);
  await createMailbox(admin, {
    name: "Support",
    address: ADDRESS,
    smtp: { host: "127.0.0.1", port: smtp.port, security: "none", username: smtp.username, password: smtp.password, fromName: "Shop Support" },
  });
  alice = await makeCustomer(db(), ws.id, { email: email("alice"), name: "Alice" });
  bob = await makeCustomer(db(), ws.id, { email: email("bob"), name: "Bob" });
});

afterAll(async () => {
  await smtp?.stop();
  await closePgPool();
  await disconnectDb();
});

describe("sign-in links", () => {
  it("mails a known customer a link in their language through the default mailbox; only its hash is stored", async () => {
    const greek = await makeCustomer(db(), ws.id, { email: email("eleni"), name: "Eleni", locale: "el" });
    await requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: greek.email.toUpperCase(), locale: "en" }, { address: null });
    const queued = await db().outboundMail.findMany({ where: { workspaceId: ws.id, toAddress: greek.email } });
    expect(queued).toHaveLength(1);
    // Sealed at rest: the row holds no link and no token.
    expect(queued[0]!.contentEnc).toMatch(/^v1\./);
    const content = await openWorkspaceMailContent(queued[0]!.contentEnc!);
    expect(content.text).toContain(`/${ws.slug}/portal/el/sign-in/`);

    expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: ws.id })).toMatchObject({ sent: 1, failed: 0 });
    const [caught] = mailsTo(greek.email);
    expect(caught!.mail.from?.value[0]).toMatchObject({ address: ADDRESS, name: "Shop Support" });
    expect(caught!.mail.subject).toBe(`Σύνδεση στα αιτήματά σας στο ${ws.name}`);
    expect(caught!.mail.headers.get("auto-submitted")).toBe("auto-generated");
    const { url, token } = linkIn(greek.email);
    expect(url.pathname).toBe(`/${ws.slug}/portal/el/sign-in/${token}`);
    // Sent: the outbox row is gone; the link is kept only as its sha256.
    expect(await db().outboundMail.count({ where: { workspaceId: ws.id, toAddress: greek.email } })).toBe(0);
    const links = await db().portalLink.findMany({ where: { workspaceId: ws.id, customerId: greek.id } });
    expect(links).toHaveLength(1);
    expect(links[0]!.tokenHash).toBe(sha256Hex(token));
    expect(links[0]!.expiresAt.getTime() - links[0]!.createdAt.getTime()).toBe(30 * 60_000);
  });

  it("answers an unknown address exactly as a known one, and mails nobody", async () => {
    const known = await requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: alice.email, locale: "en" }, { address: null });
    const unknownAddress = email("nobody");
    const unknown = await requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: unknownAddress, locale: "en" }, { address: null });
    expect(unknown).toEqual(known);
    // A customer of another workspace is unknown here too.
    const elsewhere = await makeCustomer(db(), other.id, { email: email("elsewhere") });
    expect(await requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: elsewhere.email, locale: "en" }, { address: null })).toEqual(known);
    expect(await db().outboundMail.count({ where: { toAddress: { in: [unknownAddress, elsewhere.email] } } })).toBe(0);
    expect(await db().portalLink.count({ where: { customerId: elsewhere.id } })).toBe(0);
    await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: ws.id });
    expect(mailsTo(unknownAddress)).toHaveLength(0);
    expect(mailsTo(elsewhere.email)).toHaveLength(0);
  });

  it("refuses a malformed address with a field error", async () => {
    const e = await rejection(requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: "not an address", locale: "en" }, { address: null }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldIssues?.email).toBeDefined();
  });

  it("works once: a second use, or two at once, sign in only one browser", async () => {
    const carol = await makeCustomer(db(), ws.id, { email: email("carol") });
    const token = await mailLink(ws, carol.email);
    const session = await signInWithLink(db(), silentLog, { workspaceId: ws.id, token });
    expect(session.customerId).toBe(carol.id);
    expect(await resolvePortalSession(db(), ws.id, session.token)).toMatchObject({ id: carol.id, email: carol.email });
    expect((await rejection(signInWithLink(db(), silentLog, { workspaceId: ws.id, token }))).code).toBe("NOT_FOUND");

    const second = await mailLink(ws, carol.email);
    const results = await Promise.allSettled([1, 2, 3].map(() => signInWithLink(db(), silentLog, { workspaceId: ws.id, token: second })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().portalSession.count({ where: { customerId: carol.id } })).toBe(2);
  });

  it("expires after 30 minutes, and works only in its own workspace", async () => {
    const dan = await makeCustomer(db(), ws.id, { email: email("dan") });
    const token = await mailLink(ws, dan.email);
    const later = new Date(Date.now() + 31 * 60_000);
    expect((await rejection(signInWithLink(db(), silentLog, { workspaceId: ws.id, token }, later))).code).toBe("NOT_FOUND");
    expect((await rejection(signInWithLink(db(), silentLog, { workspaceId: other.id, token }))).code).toBe("NOT_FOUND");
    // Malformed or guessed tokens are just links that do not work.
    expect((await rejection(signInWithLink(db(), silentLog, { workspaceId: ws.id, token: "short" }))).code).toBe("NOT_FOUND");
    expect((await rejection(signInWithLink(db(), silentLog, { workspaceId: ws.id, token: "A".repeat(43) }))).code).toBe("NOT_FOUND");
    // Still unused within the 30 minutes: it works.
    expect((await signInWithLink(db(), silentLog, { workspaceId: ws.id, token }, new Date(Date.now() + 29 * 60_000))).customerId).toBe(dan.id);
  });

  it("limits links per address asked for, known or not, with a retry time", async () => {
    for (const address of [email("limited-known"), email("limited-unknown")]) {
      if (address.startsWith("limited-known")) await makeCustomer(db(), ws.id, { email: address });
      for (let i = 0; i < LINK_LIMIT_PER_EMAIL.points; i++) {
        await requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: address, locale: "en" }, { address: null });
      }
      const e = await rejection(requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: address, locale: "en" }, { address: null }));
      expect(e.code).toBe("RATE_LIMITED");
      expect(e.retryAfter).toBeGreaterThan(0);
      expect(e.retryAfter).toBeLessThanOrEqual(LINK_LIMIT_PER_EMAIL.durationSeconds);
    }
    // The same address at another workspace has its own budget.
    await requestPortalLink(db(), silentLog, { workspaceId: other.id, email: alice.email, locale: "en" }, { address: null });
  });

  it("limits links per client address across addresses", async () => {
    const client = { address: `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
    for (let i = 0; i < LINK_LIMIT_PER_ADDRESS.points; i++) {
      await requestPortalLink(db(), silentLog, { workspaceId: other.id, email: email(`spray${i}`), locale: "en" }, client);
    }
    const e = await rejection(requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: email("spray-more"), locale: "en" }, client));
    expect(e.code).toBe("RATE_LIMITED");
    // Another client is not affected.
    await requestPortalLink(db(), silentLog, { workspaceId: ws.id, email: email("spray-more"), locale: "en" }, { address: "198.51.100.7" });
  });
});

describe("sessions", () => {
  it("end after 7 idle days, after 30 days in any case, at sign-out, and belong to one workspace", async () => {
    const start = new Date();
    const day = 24 * 60 * 60_000;
    const { token } = await startPortalSession(db(), ws.id, alice.id, start);
    expect(await resolvePortalSession(db(), other.id, token, start)).toBeNull();
    expect(await resolvePortalSession(db(), ws.id, token, new Date(start.getTime() + 8 * day))).toBeNull();
    // Used every 6 days, it lives on until the 30th day.
    for (let d = 6; d < 30; d += 6) expect(await resolvePortalSession(db(), ws.id, token, new Date(start.getTime() + d * day))).toMatchObject({ id: alice.id });
    expect(await resolvePortalSession(db(), ws.id, token, new Date(start.getTime() + 30 * day + 1000))).toBeNull();

    const second = await startPortalSession(db(), ws.id, alice.id);
    await endPortalSession(db(), ws.id, second.token);
    expect(await resolvePortalSession(db(), ws.id, second.token)).toBeNull();
    expect(await resolvePortalSession(db(), ws.id, "not-a-token")).toBeNull();
  });
});

describe("the maintenance sweep", () => {
  it("deletes expired links and ended sessions, keeping live ones", async () => {
    const now = new Date();
    const erin = await makeCustomer(db(), ws.id, { email: email("erin") });
    const link = (minutes: number) =>
      db().portalLink.create({ data: { workspaceId: ws.id, customerId: erin.id, tokenHash: sha256Hex(randomBytes(8).toString("hex")), expiresAt: new Date(now.getTime() + minutes * 60_000) }, select: { id: true } });
    const expired = await link(-1);
    const live = await link(10);
    const ended = await startPortalSession(db(), ws.id, erin.id, new Date(now.getTime() - 31 * 86_400_000));
    const current = await startPortalSession(db(), ws.id, erin.id, now);
    await cleanupExpired(db(), silentLog, now);
    expect(await db().portalLink.findMany({ where: { customerId: erin.id }, select: { id: true } })).toEqual([live]);
    expect(await db().portalSession.count({ where: { tokenHash: sha256Hex(ended.token) } })).toBe(0);
    expect(await db().portalSession.count({ where: { tokenHash: sha256Hex(current.token) } })).toBe(1);
    expect(expired.id).not.toBe(live.id);
  });
});

describe("what a signed-in customer sees", () => {
  let aliceOld: number;
  let aliceNew: number;
  let bobs: number;
  let otherWorkspaceTicket: number;
  let noteFile: string;
  let replyFile: string;
  let bobFile: string;

  beforeAll(async () => {
    const t0 = new Date(Date.now() - 3 * 86_400_000);
    aliceOld = (
      await makeTicket(db(), ws, {
        customer: alice,
        subject: "Parcel never arrived",
        channel: "EMAIL",
        createdAt: t0,
        messages: [
          { kind: "INBOUND", text: "Where is my parcel?" },
          { kind: "NOTE", text: "SECRET NOTE: courier lost it", authorMemberId: agentMember.memberId },
          { kind: "REPLY", text: "We are checking with the courier.", authorMemberId: agentMember.memberId },
        ],
      })
    ).number;
    await addNote(agent, { ticketNumber: aliceOld, text: "Internal: refund approved by finance", attachments: [file("internal.txt", "internal only")] });
    await addReply(agent, { ticketNumber: aliceOld, text: "Here is your label.", attachments: [file("label.txt", "label")] });
    aliceNew = (await makeTicket(db(), ws, { customer: alice, subject: "Phone order", channel: "PHONE", messages: [{ kind: "INBOUND", text: "Called about an order" }] })).number;
    bobs = (await makeTicket(db(), ws, { customer: bob, subject: "Bob's private matter", messages: [{ kind: "INBOUND", text: "Bob's secret" }] })).number;
    await addReply(agent, { ticketNumber: bobs, text: "For Bob", attachments: [file("bob.txt", "bob")] });
    // Same email as Alice, other workspace: a different customer.
    const aliceThere = await makeCustomer(db(), other.id, { email: alice.email });
    otherWorkspaceTicket = (await makeTicket(db(), other, { customer: aliceThere, subject: "Elsewhere", messages: [{ kind: "INBOUND", text: "Other shop" }] })).number;

    const files = await db().attachment.findMany({ where: { workspaceId: ws.id }, select: { id: true, filename: true } });
    noteFile = files.find((f) => f.filename === "internal.txt")!.id;
    replyFile = files.find((f) => f.filename === "label.txt")!.id;
    bobFile = files.find((f) => f.filename === "bob.txt")!.id;
  });

  it("lists their own tickets from every channel, newest first", async () => {
    const list = await listPortalTickets(asCustomer(ws, alice));
    expect(list.map((t) => t.number)).toEqual([aliceNew, aliceOld]);
    expect(list.map((t) => t.subject)).not.toContain("Bob's private matter");
    expect(await listPortalTickets(asCustomer(ws, bob))).toEqual([expect.objectContaining({ number: bobs })]);
  });

  it("shows the conversation without notes or events, agents by name", async () => {
    const ticket = await getPortalTicket(asCustomer(ws, alice), aliceOld);
    const texts = ticket.messages.map((m) => m.text);
    expect(texts).toEqual(["Where is my parcel?", "We are checking with the courier.", "Here is your label."]);
    expect(JSON.stringify(ticket)).not.toMatch(/SECRET NOTE|Internal: refund|internal\.txt/);
    expect(ticket.messages[0]).toMatchObject({ from: "customer", authorName: null });
    expect(ticket.messages[1]).toMatchObject({ from: "agent", authorName: "Agnes Agent" });
    expect(ticket.messages[2]!.attachments).toEqual([expect.objectContaining({ id: replyFile, filename: "label.txt" })]);
  });

  it("answers NOT_FOUND for every number that is not theirs: guessed, another customer's, another workspace's", async () => {
    const ctx = asCustomer(ws, alice);
    const maxNumber = (await db().ticket.aggregate({ where: { workspaceId: ws.id }, _max: { number: true } }))._max.number!;
    for (let n = 1; n <= maxNumber + 2; n++) {
      if (n === aliceOld || n === aliceNew) continue;
      expect((await rejection(getPortalTicket(ctx, n))).code, `#${n}`).toBe("NOT_FOUND");
    }
    // The other workspace's ticket number, asked in this portal (and Alice's own there is another customer).
    if (otherWorkspaceTicket !== aliceOld && otherWorkspaceTicket !== aliceNew) {
      expect((await rejection(getPortalTicket(ctx, otherWorkspaceTicket))).code).toBe("NOT_FOUND");
    }
    expect((await rejection(getPortalTicket(asCustomer(other, alice), aliceOld))).code).toBe("NOT_FOUND");
    expect((await rejection(getPortalTicket(asCustomer(other, alice), otherWorkspaceTicket))).code).toBe("NOT_FOUND");
  });

  it("downloads the files of what they see, never a note's or another customer's", async () => {
    const ctx = asCustomer(ws, alice);
    expect(await getPortalAttachment(ctx, replyFile)).toMatchObject({ filename: "label.txt" });
    expect((await rejection(getPortalAttachment(ctx, noteFile))).code).toBe("NOT_FOUND");
    expect((await rejection(getPortalAttachment(ctx, bobFile))).code).toBe("NOT_FOUND");
    expect((await rejection(getPortalAttachment(asCustomer(other, alice), replyFile))).code).toBe("NOT_FOUND");
  });

  it("hands out those files by the portal's route as downloads, to the signed-in customer only", async () => {
    jar.clear();
    expect((await handlePortalFileGet(ws.slug, replyFile)).status).toBe(401);
    jar.set(PORTAL_COOKIE, (await startPortalSession(db(), ws.id, alice.id)).token);
    const ok = await handlePortalFileGet(ws.slug, replyFile);
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-disposition")).toMatch(/^attachment; filename="label\.txt"/);
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await ok.text()).toBe("label");
    for (const id of [noteFile, bobFile, "not-a-uuid"]) expect((await handlePortalFileGet(ws.slug, id)).status, id).toBe(404);
    // Alice's cookie names no session of the other workspace.
    expect((await handlePortalFileGet(other.slug, replyFile)).status).toBe(401);
    jar.clear();
  });

  it("replies on channel PORTAL with files; a reply reopens a closed ticket as a mail would", async () => {
    const ctx = asCustomer(ws, alice);
    const closed = await closeOwnTicket(ctx, { ticketNumber: aliceOld });
    expect(closed).toEqual({ ticketNumber: aliceOld, closed: true });
    const result = await addPortalReply(ctx, { ticketNumber: aliceOld, text: "It still has not arrived.", attachments: [file("photo.txt", "proof")] });
    expect(result.reopened).toBe(true);
    const message = await db().message.findUniqueOrThrow({ where: { id: result.messageId }, select: { kind: true, channel: true, authorCustomerId: true, attachments: { select: { filename: true } } } });
    expect(message).toEqual({ kind: "INBOUND", channel: "PORTAL", authorCustomerId: alice.id, attachments: [{ filename: "photo.txt" }] });
    const ticket = await db().ticket.findFirstOrThrow({ where: { workspaceId: ws.id, number: aliceOld }, select: { id: true, status: true, closedAt: true } });
    expect(ticket).toMatchObject({ status: "OPEN", closedAt: null });
    const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id, type: { in: ["STATUS_CHANGED", "CUSTOMER_MESSAGE"] } }, orderBy: { ticketVersion: "asc" }, select: { type: true, actorType: true, data: true } });
    expect(events.slice(-3)).toEqual([
      { type: "STATUS_CHANGED", actorType: "CUSTOMER", data: { from: "OPEN", to: "CLOSED" } },
      { type: "CUSTOMER_MESSAGE", actorType: "CUSTOMER", data: { messageId: result.messageId } },
      { type: "STATUS_CHANGED", actorType: "CUSTOMER", data: { from: "CLOSED", to: "OPEN" } },
    ]);
    const thread = await getPortalTicket(ctx, aliceOld);
    expect(thread.messages.at(-1)).toMatchObject({ from: "customer", text: "It still has not arrived.", attachments: [expect.objectContaining({ filename: "photo.txt" })] });
  });

  it("never writes to another customer's ticket", async () => {
    const ctx = asCustomer(ws, alice);
    const before = await db().message.count({ where: { workspaceId: ws.id } });
    expect((await rejection(addPortalReply(ctx, { ticketNumber: bobs, text: "Hijack" }))).code).toBe("NOT_FOUND");
    expect((await rejection(closeOwnTicket(ctx, { ticketNumber: bobs }))).code).toBe("NOT_FOUND");
    expect((await rejection(addPortalReply(asCustomer(other, alice), { ticketNumber: aliceNew, text: "Wrong shop" }))).code).toBe("NOT_FOUND");
    expect(await db().message.count({ where: { workspaceId: ws.id } })).toBe(before);
    expect(await db().ticket.findFirstOrThrow({ where: { workspaceId: ws.id, number: bobs }, select: { status: true } })).toEqual({ status: "OPEN" });
  });

  it("closes their own ticket once, with an event by the customer", async () => {
    const ctx = asCustomer(ws, alice);
    expect(await closeOwnTicket(ctx, { ticketNumber: aliceNew })).toEqual({ ticketNumber: aliceNew, closed: true });
    expect(await closeOwnTicket(ctx, { ticketNumber: aliceNew })).toEqual({ ticketNumber: aliceNew, closed: false });
    const ticket = await db().ticket.findFirstOrThrow({ where: { workspaceId: ws.id, number: aliceNew }, select: { id: true, status: true, closedAt: true } });
    expect(ticket.status).toBe("CLOSED");
    expect(ticket.closedAt).not.toBeNull();
    expect(await db().ticketEvent.count({ where: { ticketId: ticket.id, type: "STATUS_CHANGED", actorType: "CUSTOMER" } })).toBe(1);
  });

  it("names the ticket a request was merged into, where its conversation goes on", async () => {
    const own = await makeTicket(db(), ws, { customer: alice, subject: "Duplicate", messages: [{ kind: "INBOUND", text: "Me again" }] });
    const kept = await makeTicket(db(), ws, { customer: alice, subject: "Kept", messages: [{ kind: "INBOUND", text: "First" }] });
    await mergeTickets(agent, { sourceNumber: own.number, targetNumber: kept.number });
    expect((await getPortalTicket(asCustomer(ws, alice), own.number)).mergedInto).toBe(kept.number);
    expect((await listPortalTickets(asCustomer(ws, alice))).map((t) => t.number)).not.toContain(own.number);
    expect((await getPortalTicket(asCustomer(ws, alice), kept.number)).messages.map((m) => m.text)).toEqual(expect.arrayContaining(["First", "Me again"]));
  });

  it("refuses an empty reply with a field error", async () => {
    const e = await rejection(addPortalReply(asCustomer(ws, alice), { ticketNumber: aliceNew, text: "   " }));
    expect(e.code).toBe("VALIDATION");
    expect(e.fieldIssues?.text).toBeDefined();
  });
});
