// A month of help-center activity for a demo workspace, so its measures page (Settings > Help
// center measures) shows what a shop's would: article views each day, searches (their result counts
// are the real ones, from the search itself, so "found nothing" is true of the demo articles),
// votes, and contact-form visits that were shown suggestions, opened one, and wrote or did not.
// Deterministic (a fixed seed), like the rest of the demo.
import { randomUUID } from "node:crypto";
import type { WorkspaceRef } from "@/server/context";
import type { DbTx } from "@/server/db";
import { searchArticles } from "@/server/help-center/search-articles";
import type { Locale } from "@/lib/validation";

const DAYS = 30;
const DAY_MS = 86_400_000;

const QUERIES: Array<[Locale, string]> = [
  ["en", "return"], ["en", "refund"], ["en", "track my order"], ["en", "klarna"], ["en", "gift card balance"], ["en", "invoice with VAT"],
  ["el", "επιστροφη"], ["el", "κουπόνι"], ["el", "παράδοση"], ["ar", "استرداد"], ["ar", "كوبون خصم"],
  ["et", "tagastus"], ["et", "arve"], ["pl", "zwrot"], ["pl", "faktura vat"], ["pl", "paczkomat"],
];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedHelpCenterActivity(tx: DbTx, workspace: WorkspaceRef, now: number): Promise<void> {
  const rnd = random(16);
  const localDay = new Intl.DateTimeFormat("en-CA", { timeZone: workspace.timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const articles = await tx.articleTranslation.findMany({ where: { workspaceId: workspace.id, status: "PUBLISHED" }, select: { articleId: true, locale: true } });
  const results = new Map<string, number>();
  for (const [locale, query] of QUERIES) results.set(`${locale}:${query}`, (await searchArticles(tx, { workspaceId: workspace.id, locale, query })).total);

  const views: Array<{ workspaceId: string; articleId: string; locale: string; day: Date; views: number }> = [];
  const searches: Array<{ workspaceId: string; locale: string; query: string; results: number; createdAt: Date }> = [];
  const votes: Array<{ workspaceId: string; articleId: string; locale: string; visitorHash: string; helpful: boolean; createdAt: Date }> = [];
  const sessions: Array<{ id: string; workspaceId: string; locale: string; suggestionsShown: number; openedArticleIds: string[]; createdAt: Date; submittedAt?: Date; ticketId?: string }> = [];
  for (let d = DAYS - 1; d >= 0; d--) {
    const dayStart = now - d * DAY_MS;
    // The workspace's calendar day, as article views are counted (record-article-view.ts).
    const day = new Date(`${localDay.format(dayStart)}T00:00:00Z`);
    const at = () => new Date(Math.min(now - 60_000, dayStart - rnd() * 12 * 3_600_000));
    for (const a of articles) {
      const n = Math.floor(rnd() * rnd() * (a.locale === "en" ? 14 : 6));
      if (n > 0) views.push({ workspaceId: workspace.id, articleId: a.articleId, locale: a.locale, day, views: n });
    }
    for (let i = Math.floor(2 + rnd() * 6); i > 0; i--) {
      const [locale, query] = pick(QUERIES);
      searches.push({ workspaceId: workspace.id, locale, query, results: results.get(`${locale}:${query}`) ?? 0, createdAt: at() });
    }
    for (let i = Math.floor(rnd() * 3); i > 0; i--) {
      const a = pick(articles);
      votes.push({ workspaceId: workspace.id, articleId: a.articleId, locale: a.locale, visitorHash: randomUUID().replaceAll("-", ""), helpful: rnd() < 0.78, createdAt: at() });
    }
    // Visits that did not write: the ones that did are the demo's FORM tickets' own.
    for (let i = Math.floor(1 + rnd() * 4); i > 0; i--) {
      const shown = rnd() < 0.8 ? 1 + Math.floor(rnd() * 4) : 0;
      const opened = shown > 0 && rnd() < 0.55 ? [pick(articles).articleId] : [];
      sessions.push({ id: randomUUID(), workspaceId: workspace.id, locale: pick(QUERIES)[0], suggestionsShown: shown, openedArticleIds: opened, createdAt: at() });
    }
  }
  // The demo's contact-form tickets were visits too, which wrote.
  const formTickets = await tx.ticket.findMany({
    where: { workspaceId: workspace.id, channel: "FORM", createdAt: { gte: new Date(now - DAYS * DAY_MS) } },
    select: { id: true, createdAt: true, customer: { select: { locale: true } } },
  });
  for (const t of formTickets) {
    const shown = rnd() < 0.7 ? 1 + Math.floor(rnd() * 3) : 0;
    sessions.push({ id: randomUUID(), workspaceId: workspace.id, locale: t.customer.locale ?? "en", suggestionsShown: shown, openedArticleIds: [], createdAt: t.createdAt, submittedAt: t.createdAt, ticketId: t.id });
  }
  await tx.articleViewDay.createMany({ data: views, skipDuplicates: true });
  await tx.helpSearch.createMany({ data: searches });
  await tx.articleVote.createMany({ data: votes });
  await tx.contactFormSession.createMany({ data: sessions });
}
