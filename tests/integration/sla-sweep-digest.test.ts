// The SLA sweep under a backlog (sweep-sla.ts): a run stops when its time budget is spent and the
// next goes on where it stopped (the recompute's cursor is stored), a change of rules meanwhile
// starts the recompute over; and however many tickets breach in one run, each agent gets one email
// digest for it, in their language, while the bell keeps a row per ticket (notification-digest.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTickets, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { openWorkspaceMailContent } from "@/server/mail/workspace-mail";
import { mailNotificationDigests } from "@/server/notifications/notification-digest";
import { notifyMembersOfMany } from "@/server/notifications/notify-members";
import { closePgPool } from "@/server/pg-pool";
import { SLA_SWEEP_BATCH, sweepSla } from "@/server/sla/sweep-sla";
import { updateSlaPolicy } from "@/server/sla/update-sla-policy";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";
import { alwaysOpenPolicy } from "../helpers/sla";

const MIN = 60_000;
const TICKETS = 250;

let ws: CreatedWorkspace;
let admin: MadeMember;
let greekAgent: MadeMember;
let light: MadeMember;
let policyId: string;
let createdAt: Date;

async function mailsTo(email: string) {
  const rows = await db().outboundMail.findMany({ where: { workspaceId: ws.id, toAddress: email, kind: "AGENT_NOTIFICATION" }, orderBy: { createdAt: "asc" } });
  return Promise.all(rows.map(async (r) => ({ locale: r.locale, ...(await openWorkspaceMailContent(r.contentEnc!)) })));
}
const recomputeState = () => db().workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { slaRecomputeAt: true, slaRecomputeAfter: true } });
const ticketsWithDeadline = () => db().ticket.count({ where: { workspaceId: ws.id, slaDueAt: { not: null } } });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  admin = await makeMember(db(), ws, { role: "ADMIN", locale: "en" });
  greekAgent = await makeMember(db(), ws, { role: "AGENT", locale: "el" });
  light = await makeMember(db(), ws, { role: "LIGHT_AGENT" });
  const customer = await makeCustomer(db(), ws.id);
  // Written straight to the tables, as an import would: no SLA state until the sweep works it out.
  createdAt = new Date(Date.now() - MIN);
  await makeTickets(
    db(),
    ws,
    Array.from({ length: TICKETS }, (_, i) => ({
      customer,
      subject: `Order ${1000 + i} has not arrived`,
      priority: "NORMAL" as const,
      createdAt,
      messages: [{ kind: "INBOUND" as const, text: "Where is it?" }],
    })),
  );
  policyId = await alwaysOpenPolicy(await memberCtx(ws, admin));
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("a sweep with a backlog", () => {
  it("recomputes a workspace across runs when a run's budget is spent, and starts over when the rules change meanwhile", async () => {
    expect((await recomputeState()).slaRecomputeAt).not.toBeNull();
    const first = await sweepSla(db(), silentLog, { workspaceId: ws.id, budgetMs: 0, pace: 0 });
    expect(first).toMatchObject({ recomputed: SLA_SWEEP_BATCH, swept: 0, complete: false });
    const paused = await recomputeState();
    expect(paused.slaRecomputeAt).not.toBeNull();
    expect(paused.slaRecomputeAfter).not.toBeNull();
    expect(await ticketsWithDeadline()).toBe(SLA_SWEEP_BATCH);

    // A change of the policy: the stored position no longer holds, the next run starts from the first ticket.
    await updateSlaPolicy(await memberCtx(ws, admin), { policyId, name: "Standard (renamed)" });
    expect((await recomputeState()).slaRecomputeAfter).toBeNull();
    const second = await sweepSla(db(), silentLog, { workspaceId: ws.id, budgetMs: 0, pace: 0 });
    expect(second).toMatchObject({ recomputed: SLA_SWEEP_BATCH, complete: false });
    const third = await sweepSla(db(), silentLog, { workspaceId: ws.id, pace: 0 });
    expect(third).toMatchObject({ recomputed: TICKETS - SLA_SWEEP_BATCH, complete: true, notices: 0, mails: 0 });
    expect(await recomputeState()).toEqual({ slaRecomputeAt: null, slaRecomputeAfter: null });
    expect(await ticketsWithDeadline()).toBe(TICKETS);
  });

  it("mails each agent one digest for the run, most urgent first and in their language, while the bell has a row per ticket", async () => {
    // Two hours on, every ticket's first response is overdue: 250 breaches in one run.
    const run = await sweepSla(db(), silentLog, { workspaceId: ws.id, now: new Date(createdAt.getTime() + 120 * MIN), pace: 0 });
    expect(run).toMatchObject({ swept: TICKETS, complete: true, mails: 2 });

    const [english, ...moreEnglish] = await mailsTo(admin.email);
    expect(moreEnglish).toEqual([]);
    expect(english!.subject).toBe(`SLA: ${TICKETS} tickets need attention in ${ws.name}`);
    const lines = english!.text.split("\n").filter((l) => l.startsWith("#"));
    expect(lines).toHaveLength(20);
    expect(lines[0]).toMatch(/^#\d+ “Order \d+ has not arrived”: first response overdue, was due /);
    expect(english!.text).toContain(`…and ${TICKETS - 20} more tickets`);
    expect(english!.text).toContain(`/${ws.slug}/inbox?sort=due\n`);

    const [greek, ...moreGreek] = await mailsTo(greekAgent.email);
    expect(moreGreek).toEqual([]);
    expect(greek!.locale).toBe("el");
    expect(greek!.subject).toBe(`SLA: ${TICKETS} αιτήματα χρειάζονται προσοχή στο ${ws.name}`);
    // A light agent is told about tickets assigned to them only.
    expect(await mailsTo(light.email)).toEqual([]);

    expect(await db().notification.count({ where: { workspaceId: ws.id, memberId: greekAgent.memberId, kind: "sla_breach" } })).toBe(TICKETS);
    expect(await db().notification.count({ where: { workspaceId: ws.id, mailPending: true } })).toBe(0);
    // Nothing is told twice.
    const again = await sweepSla(db(), silentLog, { workspaceId: ws.id, now: new Date(createdAt.getTime() + 121 * MIN), pace: 0 });
    expect(again).toMatchObject({ notices: 0, mails: 0 });
    expect(await mailsTo(admin.email)).toHaveLength(1);
  });

  it("mails what a run left marked once, a lone ticket's notice as that ticket's own mail, and nobody deactivated", async () => {
    const [ticket] = await db().ticket.findMany({ where: { workspaceId: ws.id }, orderBy: { number: "asc" }, take: 1, select: { id: true, number: true } });
    const dueAt = new Date(createdAt.getTime() + 60 * MIN);
    const gone = await makeMember(db(), ws, { role: "AGENT" });
    // A run that wrote its notices and died before its digests.
    await db().$transaction((tx) =>
      notifyMembersOfMany(tx, [{ workspaceId: ws.id, ticketId: ticket!.id, memberIds: [admin.memberId, gone.memberId], kind: "sla_breach", data: { metric: "resolution", dueAt } }], { mail: "digest" }),
    );
    await db().member.update({ where: { id: gone.memberId }, data: { deactivatedAt: new Date() } });
    const before = (await mailsTo(admin.email)).length;
    // Two runs at once: the per-member lock and the unmarking in one statement let one of them mail it.
    const [a, b] = await Promise.all([mailNotificationDigests(db(), silentLog, { workspaceId: ws.id }), mailNotificationDigests(db(), silentLog, { workspaceId: ws.id })]);
    expect(a.mails + b.mails).toBe(1);
    const mails = await mailsTo(admin.email);
    expect(mails).toHaveLength(before + 1);
    // (The digest of the test before was written at its sweep's instant, two hours ahead: not by order.)
    expect(mails.map((m) => m.subject)).toContain(`SLA breached: ticket #${ticket!.number} resolution`);
    expect(await mailsTo(gone.email)).toEqual([]);
    expect(await db().notification.count({ where: { workspaceId: ws.id, mailPending: true } })).toBe(0);
  });
});
