// The demo seed and ticket numbering, against real PostgreSQL. seedDemo only runs on an
// installation without workspaces, and the shared test database has other files' workspaces,
// so this file creates (and drops) a database of its own.
import { randomUUID } from "node:crypto";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_PROBLEM_AREAS } from "@/lib/problem-areas";
import { LOCALES } from "@/lib/validation";
import { verifyPassword } from "@/server/auth/password";
import { createDb, databaseUrl, type PrismaClient } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { DEMO_ARTICLES, DEMO_HELP_CATEGORIES } from "@/server/demo/demo-help-center";
import { DEMO_PASSWORD, seedDemo, type SeedDemoResult } from "@/server/demo/seed-demo";
import { searchArticles } from "@/server/help-center/search-articles";
import { InboxFiltersSchema, InboxSortSchema } from "@/server/inbox/inbox.schemas";
import { allocateTicketNumber, allocateTicketNumbers } from "@/server/tickets/ticket-number";
import { capturingLogger, withClient } from "../helpers/infra";

const quiet = pino({ level: "silent" });
const CHANNELS = ["EMAIL", "FORM", "PORTAL", "PHONE", "CHAT", "API", "SOCIAL"];



const dbName = `shopdesk_seed_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
let url: string;
let db: PrismaClient;
let firstRun: SeedDemoResult[];
let logLines: string[];

beforeAll(async () => {
  const base = new URL(databaseUrl());
  await withClient(base.href, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`));
  const own = new URL(base.href);
  own.pathname = `/${dbName}`;
  url = own.href;
  await applyMigrations(url, quiet);
  db = createDb(url, 25);

  // Two processes starting together (web and worker): exactly one seeds.
  const { log, lines } = capturingLogger("debug");
  firstRun = await Promise.all([seedDemo(db, log), seedDemo(db, log)]);
  logLines = lines;
});

afterAll(async () => {
  await db?.$disconnect();
  if (url) {
    await withClient(databaseUrl(), (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`));
  }
});

async function workspace(slug: string) {
  return db.workspace.findUniqueOrThrow({ where: { slug } });
}

async function tableCounts() {
  const [row] = await db.$queryRaw<Array<Record<string, number>>>`
    SELECT (SELECT count(*)::int FROM "Workspace") AS workspaces,
           (SELECT count(*)::int FROM "User") AS users,
           (SELECT count(*)::int FROM "Member") AS members,
           (SELECT count(*)::int FROM "Customer") AS customers,
           (SELECT count(*)::int FROM "Ticket") AS tickets,
           (SELECT count(*)::int FROM "Message") AS messages,
           (SELECT count(*)::int FROM "TicketEvent") AS events,
           (SELECT count(*)::int FROM "Tag") AS tags,
           (SELECT count(*)::int FROM "TicketTag") AS "ticketTags",
           (SELECT max("updatedAt") FROM "Ticket")::text AS "lastTicketUpdate"`;
  return row;
}

describe("seedDemo", () => {
  it("seeds once, even when two processes start together", () => {
    const seeded = firstRun.filter((r) => r.seeded);
    expect(seeded).toHaveLength(1);
    expect(seeded[0]).toMatchObject({ seeded: true, workspaces: 2 });
    expect(seeded[0]!.tickets).toBeGreaterThanOrEqual(65);
    expect(firstRun.find((r) => !r.seeded)).toEqual({ seeded: false, workspaces: 0, tickets: 0 });
  });

  it("creates both workspaces and every demo login with its roles and the demo password", async () => {
    const demo = await workspace("demo");
    expect(demo).toMatchObject({ name: "Demo Shop", timeZone: "Europe/Athens", defaultLocale: "en" });
    const northwind = await workspace("northwind");
    expect(northwind).toMatchObject({ name: "Northwind Outfitters", timeZone: "Europe/Tallinn" });

    const members = await db.member.findMany({
      select: { role: true, workspace: { select: { slug: true } }, user: { select: { email: true, name: true } } },
    });
    const roles = members.map((m) => `${m.workspace.slug} ${m.user.email} ${m.role}`).sort();
    expect(roles).toEqual([
      "demo admin@demo.test ADMIN",
      "demo agent@demo.test AGENT",
      "demo light@demo.test LIGHT_AGENT",
      "northwind admin@northwind.test ADMIN",
      "northwind agent@demo.test AGENT",
      "northwind agent@northwind.test AGENT",
    ]);
    const names = Object.fromEntries(members.map((m) => [m.user.email, m.user.name]));
    expect(names).toMatchObject({ "admin@demo.test": "Anna Admin", "agent@demo.test": "Alex Agent", "light@demo.test": "Lena Light" });

    const users = await db.user.findMany({ select: { passwordHash: true } });
    expect(users).toHaveLength(5);
    const hashes = new Set(users.map((u) => u.passwordHash));
    expect(hashes.size).toBe(1);
    expect(await verifyPassword([...hashes][0]!, DEMO_PASSWORD)).toBe(true);
  });

  it("gives Demo Shop a published help center in every language, found by its search", async () => {
    const demo = await workspace("demo");
    const articles = await db.article.findMany({ where: { workspaceId: demo.id }, select: { promoted: true, translations: { select: { locale: true, status: true, version: true } } } });
    expect(articles).toHaveLength(DEMO_ARTICLES.length);
    for (const a of articles) {
      expect(a.translations.map((t) => t.locale).sort()).toEqual([...LOCALES].sort());
      expect(a.translations.every((t) => t.status === "PUBLISHED" && t.version === 1)).toBe(true);
    }
    expect(articles.filter((a) => a.promoted).length).toBeGreaterThan(0);
    const sections = await db.helpCategory.count({ where: { workspaceId: demo.id, parentId: { not: null } } });
    expect(sections).toBe(DEMO_HELP_CATEGORIES.reduce((n, c) => n + c.sections.length, 0));
    for (const locale of LOCALES) {
      const title = DEMO_ARTICLES[0]!.translations[locale].title;
      const found = await searchArticles(db, { workspaceId: demo.id, locale, query: title });
      expect(found.hits.map((h) => h.title)).toContain(title);
    }
    // Northwind has none.
    expect(await db.article.count({ where: { workspace: { slug: "northwind" } } })).toBe(0);
  });

  it("gives Demo Shop a default business calendar and a Standard SLA policy for all tickets, Northwind none", async () => {
    const demo = await workspace("demo");
    const calendars = await db.businessCalendar.findMany({ where: { workspaceId: demo.id }, select: { id: true, name: true, timeZone: true, isDefault: true } });
    expect(calendars).toEqual([{ id: expect.any(String), name: "Athens support hours", timeZone: "Europe/Athens", isDefault: true }]);
    const policies = await db.slaPolicy.findMany({ where: { workspaceId: demo.id }, select: { name: true, calendarId: true, conditions: true, targets: true, warnBeforeMinutes: true } });
    expect(policies).toEqual([
      expect.objectContaining({ name: "Standard", calendarId: calendars[0]!.id, conditions: {}, warnBeforeMinutes: [60, 15] }),
    ]);
    expect(policies[0]!.targets).toMatchObject({ normal: { firstResponseMinutes: 240, nextResponseMinutes: 480, resolutionMinutes: 1440, businessHours: true }, urgent: { firstResponseMinutes: 60, businessHours: false } });
    expect(await db.slaPolicy.count({ where: { workspace: { slug: "northwind" } } })).toBe(0);
  });

  it("numbers each workspace's tickets 1..N without gaps", async () => {
    for (const slug of ["demo", "northwind"]) {
      const ws = await workspace(slug);
      const numbers = (await db.ticket.findMany({ where: { workspaceId: ws.id }, select: { number: true }, orderBy: { number: "asc" } })).map(
        (t) => t.number,
      );
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
      expect(ws.ticketCounter).toBe(numbers.length);
    }
    const demo = await workspace("demo");
    expect(demo.ticketCounter).toBeGreaterThanOrEqual(55);
    expect(demo.ticketCounter).toBeLessThanOrEqual(65);
    expect((await workspace("northwind")).ticketCounter).toBeGreaterThanOrEqual(8);
  });

  it("covers every problem area, channel, status, priority and language in the demo shop", async () => {
    const ws = await workspace("demo");
    const tickets = await db.ticket.findMany({
      where: { workspaceId: ws.id },
      select: { status: true, priority: true, channel: true, assigneeId: true, problemArea: { select: { key: true } }, customer: { select: { locale: true } } },
    });
    const set = (f: (t: (typeof tickets)[number]) => string | null | undefined) => new Set(tickets.map(f));
    expect(set((t) => t.problemArea?.key)).toEqual(new Set(DEFAULT_PROBLEM_AREAS));
    expect(set((t) => t.channel)).toEqual(new Set(CHANNELS));
    expect(set((t) => t.status)).toEqual(new Set(["OPEN", "PENDING", "CLOSED"]));
    expect(set((t) => t.priority)).toEqual(new Set(["LOW", "NORMAL", "HIGH", "URGENT"]));
    expect(set((t) => t.customer.locale)).toEqual(new Set(LOCALES));
    expect(tickets.some((t) => t.assigneeId === null)).toBe(true);
    expect(tickets.some((t) => t.assigneeId !== null)).toBe(true);

    const kinds = await db.message.groupBy({ by: ["kind"], where: { workspaceId: ws.id }, _count: true });
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(["INBOUND", "REPLY", "NOTE"]));
    const tags = await db.tag.findMany({ where: { workspaceId: ws.id }, select: { name: true } });
    expect(tags.map((t) => t.name)).toEqual(expect.arrayContaining(["vip", "damaged", "wrong-size", "late-delivery", "chargeback"]));

    // Later search tests look for these words.
    for (const word of ["Παραγγελία", "zamówienie"]) {
      const hits = await db.message.count({ where: { workspaceId: ws.id, text: { contains: word } } });
      expect(hits, word).toBeGreaterThan(0);
    }
  });

  it("gives every message, event, tag and reference its ticket's workspace", async () => {
    const [row] = await db.$queryRaw<Array<Record<string, number>>>`
      SELECT
        (SELECT count(*)::int FROM "Message" m JOIN "Ticket" t ON t.id = m."ticketId" WHERE m."workspaceId" <> t."workspaceId") AS messages,
        (SELECT count(*)::int FROM "TicketEvent" e JOIN "Ticket" t ON t.id = e."ticketId" WHERE e."workspaceId" <> t."workspaceId") AS events,
        (SELECT count(*)::int FROM "TicketTag" tt JOIN "Ticket" t ON t.id = tt."ticketId" JOIN "Tag" g ON g.id = tt."tagId"
          WHERE tt."workspaceId" <> t."workspaceId" OR g."workspaceId" <> t."workspaceId") AS "ticketTags",
        (SELECT count(*)::int FROM "Ticket" t JOIN "Customer" c ON c.id = t."customerId" WHERE c."workspaceId" <> t."workspaceId") AS customers,
        (SELECT count(*)::int FROM "Ticket" t JOIN "Member" a ON a.id = t."assigneeId" WHERE a."workspaceId" <> t."workspaceId") AS assignees,
        (SELECT count(*)::int FROM "Ticket" t JOIN "ProblemArea" p ON p.id = t."problemAreaId" WHERE p."workspaceId" <> t."workspaceId") AS areas,
        (SELECT count(*)::int FROM "Message" m JOIN "Member" a ON a.id = m."authorMemberId" WHERE a."workspaceId" <> m."workspaceId") AS authors,
        (SELECT count(*)::int FROM "TicketEvent" e JOIN "Member" a ON a.id = e."actorMemberId" WHERE a."workspaceId" <> e."workspaceId") AS actors`;
    expect(row).toEqual({ messages: 0, events: 0, ticketTags: 0, customers: 0, assignees: 0, areas: 0, authors: 0, actors: 0 });
  });

  it("keeps each ticket's timestamps and events consistent with its messages", async () => {
    const now = Date.now();
    const tickets = await db.ticket.findMany({
      include: { messages: { orderBy: { createdAt: "asc" } }, events: true },
    });
    for (const t of tickets) {
      const at = (m?: { createdAt: Date }) => m?.createdAt.getTime() ?? null;
      const inbound = t.messages.filter((m) => m.kind === "INBOUND");
      expect(t.messages[0]?.kind, `#${t.number}`).toBe("INBOUND");
      expect(t.lastActivityAt.getTime()).toBe(at(t.messages.at(-1)));
      expect(t.lastCustomerMessageAt?.getTime() ?? null).toBe(at(inbound.at(-1)));
      expect(t.firstResponseAt?.getTime() ?? null).toBe(at(t.messages.find((m) => m.kind === "REPLY")));
      expect(t.closedAt !== null).toBe(t.status === "CLOSED");
      expect(t.lastActivityAt.getTime()).toBeLessThanOrEqual(now);
      expect(t.createdAt.getTime()).toBeGreaterThan(now - 31 * 24 * 60 * 60 * 1000);

      const types = t.events.map((e) => e.type);
      expect(types.filter((x) => x === "CREATED")).toHaveLength(1);
      expect(types.filter((x) => x === "CUSTOMER_MESSAGE")).toHaveLength(inbound.length);
      expect(types.filter((x) => x === "REPLY_ADDED")).toHaveLength(t.messages.filter((m) => m.kind === "REPLY").length);
      expect(types.filter((x) => x === "NOTE_ADDED")).toHaveLength(t.messages.filter((m) => m.kind === "NOTE").length);
      expect(types.includes("STATUS_CHANGED")).toBe(t.status !== "OPEN");
      expect(types.includes("ASSIGNEE_CHANGED")).toBe(t.assigneeId !== null);
    }
  });

  it("records the @mentions of the demo notes and valid saved views, personal and shared", async () => {
    const demo = await workspace("demo");
    const mentions = await db.mention.findMany({
      where: { workspaceId: demo.id },
      select: { seenAt: true, member: { select: { user: { select: { email: true } } } }, message: { select: { kind: true, authorMemberId: true } } },
    });
    expect(mentions.length).toBeGreaterThanOrEqual(4);
    expect(mentions.every((m) => m.message.kind === "NOTE")).toBe(true);
    const mentioned = new Set(mentions.map((m) => m.member.user.email));
    expect(mentioned).toEqual(new Set(["agent@demo.test", "light@demo.test"]));
    // Alex has mentions waiting in the Mentions view.
    expect(mentions.some((m) => m.member.user.email === "agent@demo.test" && m.seenAt === null)).toBe(true);

    const views = await db.savedView.findMany({ where: { workspaceId: demo.id }, select: { ownerId: true, filters: true, sort: true } });
    expect(views.filter((v) => v.ownerId === null).length).toBeGreaterThanOrEqual(1);
    expect(views.filter((v) => v.ownerId !== null).length).toBeGreaterThanOrEqual(1);
    for (const v of views) {
      expect(InboxFiltersSchema.safeParse(v.filters).success).toBe(true);
      expect(InboxSortSchema.safeParse(v.sort).success).toBe(true);
    }
  });

  it("gives the Demo Shop shared canned replies in the five languages, each with its placeholders", async () => {
    const demo = await workspace("demo");
    const replies = await db.cannedReply.findMany({
      where: { workspaceId: demo.id },
      select: { title: true, ownerId: true, versions: { select: { locale: true, body: true, workspaceId: true } } },
      orderBy: { title: "asc" },
    });
    expect(replies.map((r) => r.title)).toEqual(["Refund timing", "Returns label", "Where is my order"]);
    for (const r of replies) {
      expect(r.ownerId).toBeNull();
      expect(r.versions.map((v) => v.locale).sort()).toEqual([...LOCALES].sort());
      for (const v of r.versions) {
        expect(v.workspaceId).toBe(demo.id);
        expect(v.body, `${r.title} ${v.locale}`).toContain("{{customer.name}}");
        expect(v.body, `${r.title} ${v.locale}`).toContain("{{agent.name}}");
      }
    }
    const northwind = await workspace("northwind");
    expect(await db.cannedReply.count({ where: { workspaceId: northwind.id } })).toBe(0);
  });

  it("gives every demo workspace a round-robin team for returns and refunds, with those tickets", async () => {
    for (const w of [await workspace("demo"), await workspace("northwind")]) {
      const team = await db.team.findFirstOrThrow({ where: { workspaceId: w.id }, include: { members: true } });
      expect(team).toMatchObject({ name: "Returns & refunds", assignmentMode: "ROUND_ROBIN", conditions: { areas: ["returns", "refunds"] } });
      expect(team.members.length).toBeGreaterThan(0);
      expect(await db.ticket.count({ where: { teamId: team.id, problemArea: { key: { notIn: ["returns", "refunds"] } } } })).toBe(0);
      expect(await db.ticket.count({ where: { teamId: team.id } })).toBe(await db.ticket.count({ where: { workspaceId: w.id, problemArea: { key: { in: ["returns", "refunds"] } } } }));
    }
  });

  it("logs counts and timing, never message bodies", () => {
    expect(logLines.some((l) => l.includes('"msg":"demo data seeded"') && l.includes('"ms":'))).toBe(true);
    for (const word of ["Παραγγελία", "zamówienie", "Return label", "#10"]) {
      expect(logLines.filter((l) => l.includes(word)), word).toEqual([]);
    }
  });

  it("does nothing when called again", async () => {
    const before = await tableCounts();
    expect(await seedDemo(db, quiet)).toEqual({ seeded: false, workspaces: 0, tickets: 0 });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("allocateTicketNumber", () => {
  it("hands out consecutive, distinct numbers to concurrent transactions", async () => {
    const ws = await makeWorkspace(db);
    const numbers = await Promise.all(
      Array.from({ length: 20 }, () => db.$transaction((tx) => allocateTicketNumber(tx, ws.id), { timeout: 20_000 })),
    );
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it("gives a rolled-back number to the next ticket, so there are no gaps", async () => {
    const ws = await makeWorkspace(db);
    await expect(
      db.$transaction(async (tx) => {
        expect(await allocateTicketNumber(tx, ws.id)).toBe(1);
        throw new Error("ticket insert failed");
      }),
    ).rejects.toThrow("ticket insert failed");
    expect(await allocateTicketNumber(db, ws.id)).toBe(1);
  });

  it("reserves a block of consecutive numbers with one update", async () => {
    const ws = await makeWorkspace(db);
    expect(await allocateTicketNumber(db, ws.id)).toBe(1);
    expect(await allocateTicketNumbers(db, ws.id, 5)).toBe(2);
    expect(await allocateTicketNumber(db, ws.id)).toBe(7);
    await expect(allocateTicketNumbers(db, ws.id, 0)).rejects.toThrow(RangeError);
  });

  it("refuses an unknown workspace", async () => {
    await expect(allocateTicketNumber(db, "0190c2a0-0000-7000-8000-000000000000")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("makeTicket", () => {
  it("numbers concurrent tickets without gaps and shares lower-cased tags between them", async () => {
    const ws = await makeWorkspace(db);
    const agent = await makeMember(db, ws, { role: "AGENT" });
    const customer = await makeCustomer(db, ws.id, { locale: "pl" });
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.$transaction((tx) =>
          makeTicket(tx, ws, {
            customer,
            areaKey: "refunds",
            assigneeId: agent.memberId,
            tags: [" VIP ", "Damaged"],
            status: i % 2 ? "CLOSED" : "PENDING",
            messages: [
              { kind: "INBOUND", text: "Gdzie jest moje zamówienie?" },
              { kind: "NOTE", text: "checking" },
              { kind: "REPLY", text: "Już sprawdzamy." },
            ],
          }),
        ),
      ),
    );
    expect(made.map((t) => t.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await db.tag.findMany({ where: { workspaceId: ws.id }, orderBy: { name: "asc" } })).map((t) => t.name)).toEqual(["damaged", "vip"]);
    const first = made[0]!;
    expect(first.messages.map((m) => m.kind)).toEqual(["INBOUND", "NOTE", "REPLY"]);
    expect(first.messages.every((m) => m.workspaceId === ws.id && m.ticketId === first.id)).toBe(true);
  });
});
