// In-app notifications (issue 17's SLA warnings and breaches): notifyMembers writes one row per
// active member of the ticket's workspace in the caller's transaction, queues an email to each in
// their own language (else the workspace's), and signals their live streams on commit. Each
// member reads and marks only their own; a light agent who is the assignee is notified too.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { NOTIFICATION_CHANNEL } from "@/server/live/notification-signal";
import { openWorkspaceMailContent } from "@/server/mail/workspace-mail";
import { markNotificationsRead } from "@/server/notifications/mark-notifications-read";
import { getNotificationSummary } from "@/server/notifications/notification.queries";
import { notifyMembers } from "@/server/notifications/notify-members";
import { closePgPool } from "@/server/pg-pool";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let greekAgent: MadeMember;
let lightAssignee: MadeMember;
let admin: MadeMember;
let outsider: MadeMember;
let ticket: { id: string; number: number };
let client: pg.Client;
const signals: string[] = [];

const dueAt = new Date("2026-12-07T08:30:00Z");

beforeAll(async () => {
  ws = await makeWorkspace(db(), { defaultLocale: "pl" });
  other = await makeWorkspace(db());
  greekAgent = await makeMember(db(), ws, { role: "AGENT", locale: "el" });
  // No language of their own: the workspace's (Polish).
  lightAssignee = await makeMember(db(), ws, { role: "LIGHT_AGENT" });
  admin = await makeMember(db(), ws, { role: "ADMIN", locale: "en" });
  outsider = await makeMember(db(), other, { role: "ADMIN" });
  const customer = await makeCustomer(db(), ws.id);
  const made = await makeTicket(db(), ws, { subject: "Broken\nzipper", customer: { id: customer.id }, messages: [{ kind: "INBOUND", text: "Hi" }] });
  ticket = { id: made.id, number: made.number };
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  client.on("notification", (n) => void signals.push(n.payload ?? ""));
  await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
});

afterAll(async () => {
  await client?.end();
  await closePgPool();
  await disconnectDb();
});

async function mailsTo(email: string) {
  const rows = await db().outboundMail.findMany({ where: { workspaceId: ws.id, toAddress: email, kind: "AGENT_NOTIFICATION" }, orderBy: { createdAt: "asc" } });
  return Promise.all(rows.map(async (r) => ({ locale: r.locale, ...(await openWorkspaceMailContent(r.contentEnc!)) })));
}

describe("notifyMembers", () => {
  it("writes a row per active member of the workspace, queues a mail in each one's language, and signals them on commit", async () => {
    const now = new Date(Date.now() - 60_000);
    const result = await db().$transaction((tx) =>
      notifyMembers(
        tx,
        {
          workspaceId: ws.id,
          // The other workspace's member is dropped, not notified and not an error.
          memberIds: [greekAgent.memberId, lightAssignee.memberId, outsider.memberId, greekAgent.memberId],
          kind: "sla_warning",
          ticketId: ticket.id,
          data: { metric: "first_response", dueAt, leadMinutes: 15 },
        },
        now,
      ),
    );
    expect(result.notified.sort()).toEqual([greekAgent.memberId, lightAssignee.memberId].sort());

    const rows = await db().notification.findMany({ where: { ticketId: ticket.id }, select: { workspaceId: true, memberId: true, kind: true, data: true, readAt: true } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.workspaceId === ws.id && r.kind === "sla_warning" && r.readAt === null)).toBe(true);
    expect(rows[0]!.data).toEqual({ metric: "first_response", dueAt: dueAt.toISOString(), leadMinutes: 15 });
    expect(await db().notification.count({ where: { memberId: outsider.memberId } })).toBe(0);

    const [greek] = await mailsTo(greekAgent.email);
    expect(greek!.locale).toBe("el");
    expect(greek!.subject).toBe(`Προειδοποίηση SLA: αίτημα #${ticket.number}, πρώτη απάντηση λήγει σε 15 λεπτά`);
    expect(greek!.text).toContain("«Broken zipper»");
    expect(greek!.text).toContain(`/${ws.slug}/tickets/${ticket.number}`);
    const [polish] = await mailsTo(lightAssignee.email);
    expect(polish!.locale).toBe("pl");
    expect(polish!.subject).toBe(`Ostrzeżenie SLA: zgłoszenie #${ticket.number}, pierwsza odpowiedź – termin za 15 min`);
    expect(await mailsTo(admin.email)).toEqual([]);

    // One signal per notified member, ids only.
    await expect.poll(() => signals.length).toBeGreaterThanOrEqual(2);
    expect(signals.map((s) => JSON.parse(s) as unknown)).toEqual(
      expect.arrayContaining([
        { workspaceId: ws.id, memberId: greekAgent.memberId },
        { workspaceId: ws.id, memberId: lightAssignee.memberId },
      ]),
    );
  });

  it("leaves nothing behind when the caller's transaction rolls back", async () => {
    const before = await db().notification.count({ where: { ticketId: ticket.id } });
    const mailsBefore = (await mailsTo(admin.email)).length;
    await db()
      .$transaction(async (tx) => {
        await notifyMembers(tx, { workspaceId: ws.id, memberIds: [admin.memberId], kind: "sla_breach", ticketId: ticket.id, data: { metric: "resolution", dueAt } });
        throw new Error("the sweep failed later");
      })
      .catch(() => undefined);
    expect(await db().notification.count({ where: { ticketId: ticket.id } })).toBe(before);
    expect((await mailsTo(admin.email)).length).toBe(mailsBefore);
  });

  it("refuses a ticket of another workspace and bad data", async () => {
    expect((await rejection(notifyMembers(db(), { workspaceId: other.id, memberIds: [outsider.memberId], kind: "sla_breach", ticketId: ticket.id, data: { metric: "resolution", dueAt } }))).code).toBe("NOT_FOUND");
    expect(
      (await rejection(notifyMembers(db(), { workspaceId: ws.id, memberIds: [admin.memberId], kind: "sla_breach", ticketId: ticket.id, data: { metric: "lunch" as "resolution", dueAt } }))).code,
    ).toBe("VALIDATION");
  });
});

describe("the bell's reads and marks", () => {
  let greekCtx: Ctx;
  let lightCtx: Ctx;
  let adminCtx: Ctx;

  beforeAll(async () => {
    greekCtx = await memberCtx(ws, greekAgent);
    lightCtx = await memberCtx(ws, lightAssignee);
    adminCtx = await memberCtx(ws, admin);
    await notifyMembers(db(), { workspaceId: ws.id, memberIds: [greekAgent.memberId], kind: "sla_breach", ticketId: ticket.id, data: { metric: "first_response", dueAt } });
  });

  it("shows each member their own notifications, newest first, with the ticket's number and subject", async () => {
    const mine = await getNotificationSummary(greekCtx);
    expect(mine.unread).toBe(2);
    expect(mine.latest.map((n) => [n.kind, n.ticket.number, n.ticket.subject, n.read])).toEqual([
      ["sla_breach", ticket.number, "Broken\nzipper", false],
      ["sla_warning", ticket.number, "Broken\nzipper", false],
    ]);
    // The light agent (the assignee) has theirs; the admin, never notified, has none.
    expect((await getNotificationSummary(lightCtx)).unread).toBe(1);
    expect(await getNotificationSummary(adminCtx)).toEqual({ unread: 0, latest: [] });
  });

  it("lets no other member mark them read, and marks one or all of the caller's own", async () => {
    const [breach, warning] = (await getNotificationSummary(greekCtx)).latest;
    expect(await markNotificationsRead(adminCtx, { ids: [breach!.id, warning!.id] })).toEqual({ marked: 0 });
    const otherWorkspaceCtx = await memberCtx(other, outsider);
    expect(await markNotificationsRead(otherWorkspaceCtx, {})).toEqual({ marked: 0 });
    expect((await getNotificationSummary(greekCtx)).unread).toBe(2);

    expect(await markNotificationsRead(greekCtx, { ids: [breach!.id] })).toEqual({ marked: 1 });
    expect((await getNotificationSummary(greekCtx)).latest.map((n) => n.read)).toEqual([true, false]);
    expect(await markNotificationsRead(greekCtx, {})).toEqual({ marked: 1 });
    expect((await getNotificationSummary(greekCtx)).unread).toBe(0);
    // The light agent's are untouched.
    expect((await getNotificationSummary(lightCtx)).unread).toBe(1);
    expect((await rejection(markNotificationsRead(greekCtx, { ids: ["not-an-id"] }))).code).toBe("VALIDATION");
  });

  it("skips a stored row whose data no longer validates", async () => {
    await db().notification.create({ data: { workspaceId: ws.id, memberId: lightAssignee.memberId, kind: "sla_warning", ticketId: ticket.id, data: { metric: "nonsense" } } });
    const summary = await getNotificationSummary(lightCtx);
    expect(summary.latest).toHaveLength(1);
    expect(summary.unread).toBe(2);
  });
});
