// The admins' help-center measures against real PostgreSQL: days of the workspace's own calendar
// (Europe/Athens here), article views and votes per article, searches and the queries that found
// nothing, contact-form visits with the deflection rate, new tickets by channel; only this
// workspace's data, admins only.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { DEMO_ARTICLES, DEMO_HELP_CATEGORIES } from "@/server/demo/demo-help-center";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { seedHelpCenter } from "@/server/demo/seed-help-center";
import { helpCenterMeasures } from "@/server/help-center/help-center-measures";
import { recordArticleView } from "@/server/help-center/record-article-view";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let admin: Ctx;
let articleIds: string[];

/** 10:00 in Athens (08:00 UTC) on a day of the period. */
const on = (day: string, hhmm = "08:00") => new Date(`${day}T${hhmm}:00Z`);

beforeAll(async () => {
  ws = await makeWorkspace(db(), { timeZone: "Europe/Athens" });
  other = await makeWorkspace(db(), { timeZone: "Europe/Athens" });
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  const content = { categories: DEMO_HELP_CATEGORIES, articles: DEMO_ARTICLES.slice(0, 2) };
  await db().$transaction((tx) => seedHelpCenter(tx, ws, content, silentLog), { timeout: 60_000 });
  await db().$transaction((tx) => seedHelpCenter(tx, other, content, silentLog), { timeout: 60_000 });
  articleIds = (await db().article.findMany({ where: { workspaceId: ws.id }, select: { id: true }, orderBy: { position: "asc" } })).map((a) => a.id);
  const foreignArticle = (await db().article.findFirstOrThrow({ where: { workspaceId: other.id }, select: { id: true } })).id;
  const [a, b] = articleIds as [string, string];

  // Views: 3 + 1 of the first article, 1 of the second; 22:30 UTC on the 1st is the 2nd in Athens.
  for (let i = 0; i < 3; i++) await recordArticleView({ workspaceId: ws.id, articleId: a, locale: "el", timeZone: "Europe/Athens", now: on("2026-12-01") });
  await recordArticleView({ workspaceId: ws.id, articleId: a, locale: "en", timeZone: "Europe/Athens", now: on("2026-12-01", "22:30") });
  await recordArticleView({ workspaceId: ws.id, articleId: b, locale: "en", timeZone: "Europe/Athens", now: on("2026-11-28") });
  await recordArticleView({ workspaceId: other.id, articleId: foreignArticle, locale: "en", timeZone: "Europe/Athens", now: on("2026-12-01") });
  // Outside the period.
  await recordArticleView({ workspaceId: ws.id, articleId: a, locale: "en", timeZone: "Europe/Athens", now: on("2026-11-01") });

  await db().helpSearch.createMany({
    data: [
      { workspaceId: ws.id, locale: "en", query: "return", results: 3, createdAt: on("2026-12-01") },
      { workspaceId: ws.id, locale: "el", query: "Κουπόνι", results: 0, createdAt: on("2026-12-01") },
      { workspaceId: ws.id, locale: "el", query: "κουπόνι", results: 0, createdAt: on("2026-11-30") },
      { workspaceId: ws.id, locale: "en", query: "klarna", results: 0, createdAt: on("2026-11-30") },
      { workspaceId: other.id, locale: "en", query: "foreign", results: 0, createdAt: on("2026-12-01") },
    ],
  });
  await db().articleVote.createMany({
    data: [
      { workspaceId: ws.id, articleId: a, locale: "el", visitorHash: "v1", helpful: true, createdAt: on("2026-12-01") },
      { workspaceId: ws.id, articleId: a, locale: "el", visitorHash: "v2", helpful: false, createdAt: on("2026-12-01") },
      { workspaceId: ws.id, articleId: b, locale: "en", visitorHash: "v3", helpful: true, createdAt: on("2026-11-29") },
      { workspaceId: other.id, articleId: foreignArticle, locale: "en", visitorHash: "v4", helpful: false, createdAt: on("2026-12-01") },
    ],
  });
  const session = (workspaceId: string, s: { shown: number; opened: string[]; submitted: boolean; at: Date }) => ({
    id: randomUUID(),
    workspaceId,
    locale: "en",
    suggestionsShown: s.shown,
    openedArticleIds: s.opened,
    submittedAt: s.submitted ? s.at : null,
    createdAt: s.at,
  });
  await db().contactFormSession.createMany({
    data: [
      session(ws.id, { shown: 2, opened: [a], submitted: false, at: on("2026-12-01") }), // deflected
      session(ws.id, { shown: 1, opened: [a, b], submitted: true, at: on("2026-12-01") }),
      session(ws.id, { shown: 3, opened: [], submitted: false, at: on("2026-11-30") }),
      session(ws.id, { shown: 0, opened: [], submitted: true, at: on("2026-11-30") }),
      session(other.id, { shown: 1, opened: [foreignArticle], submitted: false, at: on("2026-12-01") }),
    ],
  });
  const customer = await makeCustomer(db(), ws.id);
  await makeTicket(db(), ws, { customer, channel: "FORM", createdAt: on("2026-12-01") });
  await makeTicket(db(), ws, { customer, channel: "EMAIL", createdAt: on("2026-12-01") });
  await makeTicket(db(), ws, { customer, channel: "EMAIL", status: "CLOSED", createdAt: on("2026-11-29") });
  await makeTicket(db(), other, { customer: await makeCustomer(db(), other.id), channel: "FORM", createdAt: on("2026-12-01") });
});

afterAll(async () => {
  await disconnectDb();
});

describe("helpCenterMeasures", () => {
  it("counts a period of the workspace's calendar days, its own data only", async () => {
    const m = await helpCenterMeasures(admin, { from: "2026-11-26", to: "2026-12-02", locale: "en" });
    expect(m.days.map((d) => d.day)).toEqual(["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02"]);
    expect(m.totals).toEqual({
      views: 5,
      searches: 4,
      noResultSearches: 3,
      formSessions: 4,
      sessionsShownSuggestions: 3,
      sessionsOpenedSuggestion: 2,
      suggestionsOpened: 3,
      submitted: 2,
      deflected: 1,
      deflectionRate: 1 / 3,
      tickets: 3,
      ticketsByChannel: { FORM: 1, EMAIL: 2 },
    });
    const day = (d: string) => m.days.find((x) => x.day === d)!;
    expect(day("2026-12-01")).toMatchObject({ views: 3, searches: 2, noResultSearches: 1, formSessions: 2, submitted: 1, deflected: 1, tickets: { FORM: 1, EMAIL: 1 } });
    // 22:30 UTC on the 1st is already the 2nd in Athens.
    expect(day("2026-12-02").views).toBe(1);
    expect(m.noResultQueries).toEqual([
      { query: "κουπόνι", count: 2 },
      { query: "klarna", count: 1 },
    ]);
    const [a, b] = articleIds as [string, string];
    expect(m.articles).toEqual([
      { articleId: a, title: expect.any(String), views: 4, helpful: 1, notHelpful: 1 },
      { articleId: b, title: expect.any(String), views: 1, helpful: 1, notHelpful: 0 },
    ]);
    expect(m.articles[0]!.title).toBe(DEMO_ARTICLES[0]!.translations.en.title);
  });

  it("has no deflection rate when no visit was shown suggestions", async () => {
    const m = await helpCenterMeasures(admin, { from: "2026-10-01", to: "2026-10-31" });
    expect(m.totals.deflectionRate).toBeNull();
    expect(m.days).toHaveLength(31);
  });

  it("is for admins only, and refuses a period that is not one", async () => {
    const agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    expect((await rejection(helpCenterMeasures(agent, { from: "2026-11-01", to: "2026-11-30" }))).code).toBe("FORBIDDEN");
    expect((await rejection(helpCenterMeasures(admin, { from: "2026-12-01", to: "2026-11-01" }))).code).toBe("VALIDATION");
    expect((await rejection(helpCenterMeasures(admin, { from: "2024-01-01", to: "2026-01-01" }))).code).toBe("VALIDATION");
    expect((await rejection(helpCenterMeasures(admin, { from: "yesterday", to: "2026-01-01" }))).code).toBe("VALIDATION");
  });
});
