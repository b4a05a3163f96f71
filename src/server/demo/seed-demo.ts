// The demo data: two workspaces with members, customers and a month of tickets in five languages,
// and Demo Shop's help center.
// Runs at every start of the embedded default, so it must be cheap when there is nothing to do and
// must never half-seed: everything is written in one transaction, under an advisory lock so that
// the web and worker processes starting together do not both seed.
import type { MemberRole } from "@/generated/prisma/enums";
import type { DbTx, PrismaClient } from "@/server/db";
import type { Logger } from "@/server/logger";
import { hashPassword } from "@/server/auth/password";
import { makeMember, makeTickets, makeWorkspace, type MakeTicketOptions } from "./factories";
import { createTeam } from "@/server/teams/create-team";
import { DEMO_CUSTOMERS, NORTHWIND_CUSTOMERS } from "./demo-customers";
import { DEMO_TICKETS_AR } from "./demo-tickets-ar";
import { DEMO_TICKETS_EL } from "./demo-tickets-el";
import { DEMO_TICKETS_EN } from "./demo-tickets-en";
import { DEMO_TICKETS_ET } from "./demo-tickets-et";
import { DEMO_TICKETS_PL } from "./demo-tickets-pl";
import type { DemoAgentKey, DemoCustomer, DemoTicket } from "./demo-types";
import { NORTHWIND_TICKETS } from "./northwind-tickets";
import { DEMO_ARTICLES, DEMO_HELP_CATEGORIES } from "./demo-help-center";
import { seedHelpCenter, type DemoHelpCenter } from "./seed-help-center";
import { seedHelpCenterActivity } from "./seed-help-activity";
import { DEMO_CANNED_REPLIES, type DemoCannedReply } from "./demo-canned-replies";
import { DEMO_SLA, seedDemoSla, type DemoSla } from "./demo-sla";
import { systemCtx } from "@/server/context";
import { createCannedReply } from "@/server/canned-replies/create-canned-reply";
import { findMentions } from "@/server/tickets/mentions";
import type { InboxFilters, InboxSort } from "@/server/inbox/inbox.schemas";
import { escapeHtml } from "@/lib/escape-html";
import { newForwardingKey } from "@/server/mailboxes/mailbox.queries";

export const DEMO_PASSWORD = "demo1234";

export type DemoMemberSpec = { key: DemoAgentKey; email: string; name: string; role: MemberRole };

/** An inbox view: shared with the workspace (no owner) or personal to one member. */
export type DemoSavedView = { name: string; owner?: DemoAgentKey; filters: InboxFilters; sort: InboxSort };

export type DemoWorkspaceSpec = {
  slug: string;
  name: string;
  /**
   * The shop's support address: the workspace's default mailbox, with no SMTP server, so in the
   * embedded default its replies go to the mail catcher, and mail sent to its forwarding address
   * (the forwarding listener) becomes tickets, acknowledged automatically.
   */
  supportAddress: string;
  timeZone: string;
  members: DemoMemberSpec[];
  customers: DemoCustomer[];
  tickets: DemoTicket[];
  savedViews: DemoSavedView[];
  helpCenter?: DemoHelpCenter;
  /** Shared canned replies. */
  cannedReplies?: DemoCannedReply[];
  /** A business calendar and SLA policies. */
  sla?: DemoSla;
};

export const DEMO_WORKSPACES: DemoWorkspaceSpec[] = [
  {
    slug: "demo",
    name: "Demo Shop",
    supportAddress: "support@demo.test",
    timeZone: "Europe/Athens",
    members: [
      { key: "anna", email: "admin@demo.test", name: "Anna Admin", role: "ADMIN" },
      { key: "alex", email: "agent@demo.test", name: "Alex Agent", role: "AGENT" },
      { key: "lena", email: "light@demo.test", name: "Lena Light", role: "LIGHT_AGENT" },
    ],
    customers: DEMO_CUSTOMERS,
    tickets: [...DEMO_TICKETS_EN, ...DEMO_TICKETS_EL, ...DEMO_TICKETS_AR, ...DEMO_TICKETS_ET, ...DEMO_TICKETS_PL],
    savedViews: [
      { name: "Urgent and high", filters: { status: ["OPEN"], priority: ["URGENT", "HIGH"] }, sort: "priority" },
      { name: "Phone and chat", filters: { status: ["OPEN", "PENDING"], channel: ["PHONE", "CHAT"] }, sort: "created" },
      { name: "Waiting on my customers", owner: "alex", filters: { status: ["PENDING"], assignee: "me" }, sort: "activity" },
    ],
    helpCenter: { categories: DEMO_HELP_CATEGORIES, articles: DEMO_ARTICLES },
    cannedReplies: DEMO_CANNED_REPLIES,
    sla: DEMO_SLA,
  },
  {
    slug: "northwind",
    name: "Northwind Outfitters",
    supportAddress: "help@northwind.test",
    timeZone: "Europe/Tallinn",
    members: [
      { key: "kristjan", email: "admin@northwind.test", name: "Kristjan Tamm", role: "ADMIN" },
      { key: "mari", email: "agent@northwind.test", name: "Mari Mets", role: "AGENT" },
      // The demo agent works for both shops, to show switching between workspaces.
      { key: "alex", email: "agent@demo.test", name: "Alex Agent", role: "AGENT" },
    ],
    customers: NORTHWIND_CUSTOMERS,
    tickets: NORTHWIND_TICKETS,
    savedViews: [{ name: "Urgent and high", filters: { status: ["OPEN"], priority: ["URGENT", "HIGH"] }, sort: "priority" }],
  },
];

export type SeedDemoResult = { seeded: boolean; workspaces: number; tickets: number };

// Any constant shared by every process of the installation; "shopdesk" + "seed" in ASCII.
const SEED_LOCK_KEY = 0x73686f7064657365n;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type TimedTicket = { spec: DemoTicket; openedAt: Date; times: Date[] };

/** Places each ticket in the past relative to `now`, keeping its last message a minute behind now. */
function placeInTime(tickets: DemoTicket[], now: number): TimedTicket[] {
  return tickets
    .map((spec) => {
      let opened = now - spec.daysAgo * DAY;
      const lastAfter = Math.max(0, ...spec.messages.map((m) => m.after));
      const overshoot = opened + lastAfter * MINUTE - (now - MINUTE);
      if (overshoot > 0) opened -= overshoot;
      const openedAt = new Date(Math.round(opened));
      return { spec, openedAt, times: spec.messages.map((m) => new Date(openedAt.getTime() + m.after * MINUTE)) };
    })
    .sort((a, b) => a.openedAt.getTime() - b.openedAt.getTime());
}

/** Email bodies also get an HTML part, as real mail clients send. */
function toHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replaceAll("\n", "<br>")}</p>`)
    .join("");
}

async function seedWorkspace(
  tx: DbTx,
  spec: DemoWorkspaceSpec,
  passwordHash: string,
  now: number,
  log: Logger,
): Promise<number> {
  const workspace = await makeWorkspace(tx, {
    slug: spec.slug,
    name: spec.name,
    timeZone: spec.timeZone,
    defaultLocale: "en",
  });
  await tx.mailbox.create({
    data: {
      workspaceId: workspace.id,
      name: `${spec.name} Support`,
      address: spec.supportAddress,
      forwardingKey: newForwardingKey(),
      isDefault: true,
      autoAcknowledge: true,
    },
  });

  const agents = new Map<DemoAgentKey, string>();
  for (const m of spec.members) {
    const member = await makeMember(tx, workspace, {
      role: m.role,
      email: m.email,
      name: m.name,
      password: DEMO_PASSWORD,
      passwordHash,
    });
    agents.set(m.key, member.memberId);
  }
  const agent = (key: DemoAgentKey): string => {
    const id = agents.get(key);
    if (!id) throw new Error(`demo data: "${key}" is not a member of ${spec.slug}`);
    return id;
  };

  const timed = placeInTime(spec.tickets, now);
  const firstSeen = new Map<string, Date>();
  for (const t of timed) if (!firstSeen.has(t.spec.customer)) firstSeen.set(t.spec.customer, t.openedAt);

  // In bulk: the seed runs at every first start, and each round trip counts.
  const created = await tx.customer.createManyAndReturn({
    data: spec.customers.map((c) => {
      const createdAt = firstSeen.get(c.email) ?? new Date(now - 30 * DAY);
      return { workspaceId: workspace.id, email: c.email, name: c.name, locale: c.locale, phone: c.phone ?? null, createdAt, updatedAt: createdAt };
    }),
    select: { id: true, email: true },
  });
  const customers = new Map(created.map((c) => [c.email, c]));

  const tickets: MakeTicketOptions[] = timed.map(({ spec: t, openedAt, times }) => {
    const customer = customers.get(t.customer);
    if (!customer) throw new Error(`demo data: unknown customer ${t.customer} in ${spec.slug}`);
    return {
      customer,
      subject: t.subject,
      status: t.status,
      priority: t.priority,
      channel: t.channel,
      areaKey: t.area,
      assigneeId: t.assignee ? agent(t.assignee) : null,
      tags: t.tags,
      createdAt: openedAt,
      messages: t.messages.map((m, i) => ({
        kind: m.kind,
        text: m.text,
        html: t.channel === "EMAIL" && m.kind !== "NOTE" ? toHtml(m.text) : undefined,
        authorMemberId: m.by ? agent(m.by) : undefined,
        at: times[i],
      })),
    };
  });
  // Oldest first, so ticket numbers follow the order tickets came in.
  const count = await makeTickets(tx, workspace, tickets);
  await seedMentions(tx, workspace.id, spec.members.map((m) => ({ id: agent(m.key), name: m.name, email: m.email })));
  await tx.savedView.createMany({
    data: spec.savedViews.map((v) => ({
      workspaceId: workspace.id,
      ownerId: v.owner ? agent(v.owner) : null,
      name: v.name,
      filters: v.filters,
      sort: v.sort,
    })),
  });
  // Through the use case, so the demo's placeholders are checked like anyone's.
  const seedCtx = systemCtx(tx, workspace, log.child({}, { level: "warn" }), "demo seed");
  for (const reply of spec.cannedReplies ?? []) await createCannedReply(seedCtx, { ...reply, shared: true });
  if (spec.sla) await seedDemoSla(seedCtx, spec.sla);
  // A round-robin team for returns and refunds (issue 17): its agents and admins take new tickets
  // of those areas in turn; the demo's existing tickets of those areas are in it already.
  const team = await createTeam(seedCtx, {
    name: "Returns & refunds",
    assignmentMode: "ROUND_ROBIN",
    maxOpenPerAgent: 25,
    conditions: { areas: ["returns", "refunds"] },
    memberIds: spec.members.filter((m) => m.role !== "LIGHT_AGENT").map((m) => agent(m.key)),
  });
  await tx.ticket.updateMany({ where: { workspaceId: workspace.id, problemArea: { key: { in: ["returns", "refunds"] } } }, data: { teamId: team.id } });
  if (spec.helpCenter) {
    await seedHelpCenter(tx, workspace, spec.helpCenter, log);
    await seedHelpCenterActivity(tx, workspace, now);
  }
  return count;
}

/**
 * The @mentions in the demo's internal notes, as the note use case records them. Mentions on
 * tickets that are closed by now count as seen; the others wait in the members' Mentions view.
 */
async function seedMentions(tx: DbTx, workspaceId: string, members: { id: string; name: string; email: string }[]) {
  const notes = await tx.message.findMany({
    where: { workspaceId, kind: "NOTE", text: { contains: "@" } },
    select: { id: true, text: true, createdAt: true, authorMemberId: true, ticket: { select: { status: true } } },
  });
  await tx.mention.createMany({
    data: notes.flatMap((n) =>
      findMentions(n.text, members)
        .filter((memberId) => memberId !== n.authorMemberId)
        .map((memberId) => ({
          workspaceId,
          messageId: n.id,
          memberId,
          createdAt: n.createdAt,
          seenAt: n.ticket.status === "CLOSED" ? new Date(n.createdAt.getTime() + 30 * MINUTE) : null,
        })),
    ),
  });
}

/**
 * Seeds the demo workspaces into an empty installation; does nothing when any workspace exists.
 * Safe to call at every start and from several processes at once.
 */
export async function seedDemo(db: PrismaClient, log: Logger): Promise<SeedDemoResult> {
  const skipped: SeedDemoResult = { seeded: false, workspaces: 0, tickets: 0 };
  if (await db.workspace.findFirst({ select: { id: true } })) return skipped;

  const started = performance.now();
  // argon2 is deliberately slow: hash once for every demo user, and before the transaction opens.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = Date.now();

  const tickets = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      // Another process may have seeded while this one waited for the lock.
      if (await tx.workspace.findFirst({ select: { id: true } })) return null;
      let count = 0;
      for (const spec of DEMO_WORKSPACES) {
        const n = await seedWorkspace(tx, spec, passwordHash, now, log);
        log.info({ workspace: spec.slug, tickets: n, ms: Math.round(performance.now() - started) }, "demo workspace seeded");
        count += n;
      }
      return count;
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
  if (tickets === null) return skipped;

  const result = { seeded: true, workspaces: DEMO_WORKSPACES.length, tickets };
  log.info({ ...result, ms: Math.round(performance.now() - started) }, "demo data seeded");
  return result;
}
