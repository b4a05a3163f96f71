// Writing the help center (issue 16): categories and sections in several languages, articles with a
// version per language and per save, restore, publication, slugs per language, who may do what,
// searching what is published, and visitors' votes.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { createArticle } from "@/server/help-center/create-article";
import { createHelpCategory } from "@/server/help-center/create-help-category";
import { deleteHelpCategory } from "@/server/help-center/delete-help-category";
import { findPublishedArticle, getArticleForEditing, listArticleVersions } from "@/server/help-center/help-center.queries";
import { helpCategoryPage, helpCenterHome } from "@/server/help-center/help-center-pages.queries";
import { restoreArticleVersion } from "@/server/help-center/restore-article-version";
import { saveArticleContent } from "@/server/help-center/save-article-content";
import { searchArticles } from "@/server/help-center/search-articles";
import { updateArticle } from "@/server/help-center/update-article";
import { updateHelpCategory } from "@/server/help-center/update-help-category";
import { VOTE_LIMIT, voteOnArticle } from "@/server/help-center/vote-on-article";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let outsider: Ctx;
let shipping: string;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN", name: "Ada Admin" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT", name: "Eleni Agent" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  outsider = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  const category = await createHelpCategory(admin, { translations: { en: { name: "Shipping and tracking" }, el: { name: "Αποστολή και παρακολούθηση" } } });
  shipping = category.id;
});

const greek = (title: string, body: string, status: "DRAFT" | "PUBLISHED" = "DRAFT") => ({ locale: "el" as const, title, bodyHtml: body, status });

describe("categories and sections", () => {
  it("are named per language with a slug each; a section lives in a category, never in a section", async () => {
    const section = await createHelpCategory(admin, { parentId: shipping, translations: { el: { name: "Παρακολούθηση δέματος" } } });
    const rows = await db().helpCategoryTranslation.findMany({ where: { categoryId: { in: [shipping, section.id] } }, orderBy: { locale: "asc" } });
    expect(rows.map((r) => [r.locale, r.slug])).toEqual(
      expect.arrayContaining([
        ["en", "shipping-and-tracking"],
        ["el", "αποστολή-και-παρακολούθηση"],
        ["el", "παρακολούθηση-δέματος"],
      ]),
    );
    const nested = await rejection(createHelpCategory(admin, { parentId: section.id, translations: { en: { name: "Too deep" } } }));
    expect(nested).toMatchObject({ code: "VALIDATION", fieldIssues: { parentId: { code: "invalid" } } });
  });

  it("are the admins' to shape: agents and light agents get FORBIDDEN, another workspace NOT_FOUND", async () => {
    expect(await rejection(createHelpCategory(agent, { translations: { en: { name: "Returns" } } }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(updateHelpCategory(light, { id: shipping, position: 3 }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(updateHelpCategory(outsider, { id: shipping, position: 3 }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(createHelpCategory(admin, { translations: {} }))).toMatchObject({ code: "VALIDATION", fieldIssues: { translations: { code: "required" } } });
  });

  it("keep their URL when renamed, take a language away but not the last one, and refuse a slug taken in that language", async () => {
    const category = await createHelpCategory(admin, { translations: { en: { name: "Gift cards" }, pl: { name: "Karty podarunkowe" } } });
    await updateHelpCategory(admin, { id: category.id, translations: { en: { name: "Gift cards and vouchers" }, pl: null } });
    const rows = await db().helpCategoryTranslation.findMany({ where: { categoryId: category.id } });
    expect(rows.map((r) => [r.locale, r.name, r.slug])).toEqual([["en", "Gift cards and vouchers", "gift-cards"]]);
    expect(await rejection(updateHelpCategory(admin, { id: category.id, translations: { en: null } }))).toMatchObject({ code: "VALIDATION" });
    const taken = await rejection(updateHelpCategory(admin, { id: category.id, translations: { en: { name: "Gift cards", slug: "shipping-and-tracking" } } }));
    expect(taken).toMatchObject({ code: "VALIDATION", fieldIssues: { "translations.en.slug": { code: "taken" } } });
  });

  it("cannot be deleted while they file articles; empty, they can", async () => {
    const category = await createHelpCategory(admin, { translations: { en: { name: "Loyalty points" } } });
    const section = await createHelpCategory(admin, { parentId: category.id, translations: { en: { name: "Earning points" } } });
    const article = await createArticle(agent, { categoryId: section.id, content: { locale: "en", title: "How do I earn points?", bodyHtml: "<p>One point per euro.</p>" } });
    expect(await rejection(deleteHelpCategory(admin, { id: category.id }))).toMatchObject({ code: "CONFLICT" });
    await updateArticle(agent, { articleId: article.articleId, categoryId: shipping });
    await deleteHelpCategory(admin, { id: category.id });
    expect(await db().helpCategory.count({ where: { id: { in: [category.id, section.id] } } })).toBe(0);
  });
});

describe("articles", () => {
  it("start as a draft the public cannot see; published, the page finds them by their slug in that language", async () => {
    const created = await createArticle(agent, { categoryId: shipping, areas: ["returns"], content: greek("Πώς επιστρέφω ένα προϊόν;", "<p>Μέσα σε 30 ημέρες.</p>") });
    expect(created).toMatchObject({ locale: "el", slug: "πώς-επιστρέφω-ένα-προϊόν", version: 1, status: "DRAFT" });
    expect(await findPublishedArticle(db(), ws.id, "el", created.slug)).toBeNull();

    const published = await saveArticleContent(agent, { articleId: created.articleId, expectedVersion: 1, content: greek("Πώς επιστρέφω ένα προϊόν;", "<p>Μέσα σε 30 ημέρες.</p>", "PUBLISHED") });
    expect(published).toMatchObject({ version: 2, status: "PUBLISHED", slug: created.slug });
    await saveArticleContent(agent, { articleId: created.articleId, content: { locale: "en", title: "How do I return an item?", bodyHtml: "<p>Within 30 days.</p>", status: "PUBLISHED" } });
    const page = await findPublishedArticle(db(), ws.id, "el", created.slug);
    expect(page).toMatchObject({ title: "Πώς επιστρέφω ένα προϊόν;", bodyHtml: "<p>Μέσα σε 30 ημέρες.</p>" });
    expect(page!.translations).toEqual([
      { locale: "el", slug: "πώς-επιστρέφω-ένα-προϊόν" },
      { locale: "en", slug: "how-do-i-return-an-item" },
    ]);
    expect(page!.breadcrumb).toEqual([{ id: shipping, name: "Αποστολή και παρακολούθηση", slug: "αποστολή-και-παρακολούθηση" }]);
    // Another workspace's help center does not have it, by slug or otherwise.
    expect(await findPublishedArticle(db(), other.id, "el", created.slug)).toBeNull();
    expect(await rejection(getArticleForEditing(outsider, created.articleId))).toMatchObject({ code: "NOT_FOUND" });
    expect((await getArticleForEditing(light, created.articleId)).areas).toEqual(["returns"]);
  });

  it("keep every save as a version (who and when), and a restore brings old content back as the newest", async () => {
    const a = await createArticle(agent, { categoryId: shipping, content: { locale: "en", title: "Where is my parcel?", bodyHtml: "<p>First answer.</p>" } });
    await saveArticleContent(admin, { articleId: a.articleId, expectedVersion: 1, content: { locale: "en", title: "Where is my parcel?", bodyHtml: "<p>Second answer.</p>", status: "PUBLISHED" } });
    await saveArticleContent(agent, { articleId: a.articleId, expectedVersion: 2, content: { locale: "en", title: "Tracking your parcel", bodyHtml: "<p>Third answer.</p>", status: "PUBLISHED" } });

    const restored = await restoreArticleVersion(agent, { articleId: a.articleId, locale: "en", version: 1 });
    expect(restored).toMatchObject({ version: 4, status: "PUBLISHED", slug: "where-is-my-parcel" });
    const page = await findPublishedArticle(db(), ws.id, "en", "where-is-my-parcel");
    expect(page).toMatchObject({ title: "Where is my parcel?", bodyHtml: "<p>First answer.</p>" });

    const versions = await listArticleVersions(light, a.articleId, "en");
    expect(versions.map((v) => [v.version, v.title, v.status, v.authorName, v.restoredFrom])).toEqual([
      [4, "Where is my parcel?", "PUBLISHED", "Eleni Agent", 1],
      [3, "Tracking your parcel", "PUBLISHED", "Eleni Agent", null],
      [2, "Where is my parcel?", "PUBLISHED", "Ada Admin", null],
      [1, "Where is my parcel?", "DRAFT", "Eleni Agent", null],
    ]);
    expect(await rejection(restoreArticleVersion(agent, { articleId: a.articleId, locale: "en", version: 9 }))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuse a save on top of someone else's newer one, also when two saves race from the same version", async () => {
    const a = await createArticle(agent, { categoryId: shipping, content: { locale: "en", title: "Changing my address", bodyHtml: "<p>v1</p>" } });
    await saveArticleContent(admin, { articleId: a.articleId, expectedVersion: 1, content: { locale: "en", title: "Changing my address", bodyHtml: "<p>v2</p>" } });
    expect(await rejection(saveArticleContent(agent, { articleId: a.articleId, expectedVersion: 1, content: { locale: "en", title: "Changing my address", bodyHtml: "<p>lost?</p>" } }))).toMatchObject({ code: "CONFLICT" });

    const results = await Promise.allSettled(
      ["<p>mine</p>", "<p>theirs</p>"].map((bodyHtml) => saveArticleContent(agent, { articleId: a.articleId, expectedVersion: 2, content: { locale: "en", title: "Changing my address", bodyHtml } })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "CONFLICT" } });
    expect((await listArticleVersions(agent, a.articleId, "en")).map((v) => v.version)).toEqual([3, 2, 1]);
  });

  it("are sanitized on the server, whatever the editor sent", async () => {
    const a = await createArticle(agent, {
      categoryId: shipping,
      content: { locale: "ar", title: "كيف أتتبع طلبي؟", bodyHtml: '<h1>تتبع</h1><p dir="rtl" onclick="steal()">رقم التتبع <a href="javascript:alert(1)">هنا</a></p><script>alert(1)</script>' },
    });
    const row = await db().articleTranslation.findUniqueOrThrow({ where: { articleId_locale: { articleId: a.articleId, locale: "ar" } } });
    expect(row.bodyHtml).not.toMatch(/script|onclick|javascript:|<h1/);
    expect(row.bodyHtml).toContain('dir="rtl"');
    expect(row.bodyText).toContain("رقم التتبع");
  });

  it("take a slug of their own per language: a taken one is a field error, the same one in another language or workspace is free", async () => {
    const first = await createArticle(agent, { categoryId: shipping, content: { locale: "pl", title: "Zwrot – jak to działa?", bodyHtml: "<p>Tak.</p>" } });
    expect(first.slug).toBe("zwrot-jak-to-działa");
    // The same title again gets a number rather than an error.
    const second = await createArticle(agent, { categoryId: shipping, content: { locale: "pl", title: "Zwrot – jak to działa?", bodyHtml: "<p>Też.</p>" } });
    expect(second.slug).toBe("zwrot-jak-to-działa-2");
    const taken = await rejection(saveArticleContent(agent, { articleId: second.articleId, content: { locale: "pl", title: "Zwrot", slug: first.slug, bodyHtml: "<p>x</p>" } }));
    expect(taken).toMatchObject({ code: "VALIDATION", fieldIssues: { "content.slug": { code: "taken" } } });
    const english = await saveArticleContent(agent, { articleId: second.articleId, content: { locale: "en", title: "Returns", slug: "zwrot-jak-to-działa", bodyHtml: "<p>x</p>" } });
    expect(english.slug).toBe("zwrot-jak-to-działa");
    const otherCategory = await createHelpCategory(outsider, { translations: { pl: { name: "Zwroty" } } });
    expect((await createArticle(outsider, { categoryId: otherCategory.id, content: { locale: "pl", title: "Zwrot – jak to działa?", bodyHtml: "<p>x</p>" } })).slug).toBe("zwrot-jak-to-działa");
  });

  it("are written by agents and admins only, in their own workspace's categories, for its problem areas", async () => {
    const content = { locale: "en" as const, title: "Cancel an order", bodyHtml: "<p>x</p>" };
    expect(await rejection(createArticle(light, { categoryId: shipping, content }))).toMatchObject({ code: "FORBIDDEN" });
    expect(await rejection(createArticle(outsider, { categoryId: shipping, content }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(createArticle(agent, { categoryId: shipping, areas: ["teleportation"], content }))).toMatchObject({ code: "VALIDATION", fieldIssues: { areas: { code: "invalid" } } });
    const a = await createArticle(agent, { categoryId: shipping, content });
    expect(await rejection(saveArticleContent(outsider, { articleId: a.articleId, content }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(restoreArticleVersion(light, { articleId: a.articleId, locale: "en", version: 1 }))).toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("search", () => {
  it("finds published articles in the visitor's language, with or without accents, stemmed where PostgreSQL can, with marked snippets", async () => {
    const search = await makeWorkspace(db());
    const editor = await memberCtx(search, await makeMember(db(), search, { role: "ADMIN" }));
    const cat = await createHelpCategory(editor, { translations: { el: { name: "Επιστροφές" }, en: { name: "Returns" }, pl: { name: "Zwroty" } } });
    const publish = (locale: "el" | "en" | "pl", title: string, bodyHtml: string) => createArticle(editor, { categoryId: cat.id, content: { locale, title, bodyHtml, status: "PUBLISHED" } });
    const returnGr = await publish("el", "Πώς κάνω επιστροφή;", "<p>Η επιστροφή είναι δωρεάν μέσα σε 30 ημέρες από την παράδοση.</p>");
    await publish("el", "Κάρτες δώρου", "<p>Οι κάρτες δώρου ισχύουν δύο χρόνια.</p>");
    const returnEn = await publish("en", "Returning an item", "<p>Returns are free within 30 days of delivery.</p>");
    const returnPl = await publish("pl", "Zwrot towarów", "<p>Zwrot jest bezpłatny przez 30 dni.</p>");
    await createArticle(editor, { categoryId: cat.id, content: { locale: "en", title: "Returning a draft", bodyHtml: "<p>Not published yet.</p>" } });

    // Greek typed without accents, and an inflected form (stemming: "επιστροφές" for "επιστροφή").
    for (const q of ["επιστροφη", "επιστροφές", "ΕΠΙΣΤΡΟΦΗ"]) {
      const found = await searchArticles(db(), { workspaceId: search.id, locale: "el", query: q });
      expect(found.hits.map((h) => h.articleId)).toEqual([returnGr.articleId]);
    }
    // English stemming ("returns" finds "Returning"); drafts are not found.
    const en = await searchArticles(db(), { workspaceId: search.id, locale: "en", query: "returns" });
    expect(en.hits.map((h) => h.slug)).toEqual([returnEn.slug]);
    // The snippet is the body's text in segments, its matches marked (never HTML to inject).
    expect(en.hits[0]!.snippet).toEqual([
      { text: "Returns", match: true },
      { text: " are free within 30 days of delivery", match: false },
    ]);
    // Polish has no stemmer in PostgreSQL: folded words, the last one a prefix ("towarow" without
    // its accent, "bezpł" while typing).
    for (const q of ["zwrot towarow", "bezpł"]) {
      expect((await searchArticles(db(), { workspaceId: search.id, locale: "pl", query: q })).hits.map((h) => h.articleId)).toEqual([returnPl.articleId]);
    }
    // Only the language asked for, only this workspace.
    expect((await searchArticles(db(), { workspaceId: search.id, locale: "pl", query: "returns" })).total).toBe(0);
    expect((await searchArticles(db(), { workspaceId: ws.id, locale: "pl", query: "bezpłatny" })).total).toBe(0);
  });

  it("records searches made on the help center, with those that found nothing, but not suggestions or empty queries", async () => {
    const search = await makeWorkspace(db());
    const editor = await memberCtx(search, await makeMember(db(), search, { role: "ADMIN" }));
    const cat = await createHelpCategory(editor, { translations: { et: { name: "Tellimused" } } });
    await createArticle(editor, { categoryId: cat.id, content: { locale: "et", title: "Kuidas tellimust tühistada?", bodyHtml: "<p>Tellimuse saab tühistada kuni selle väljasaatmiseni.</p>", status: "PUBLISHED" } });
    expect((await searchArticles(db(), { workspaceId: search.id, locale: "et", query: "tuhistada", record: true })).total).toBe(1);
    expect((await searchArticles(db(), { workspaceId: search.id, locale: "et", query: "kinkekaart", record: true })).total).toBe(0);
    await searchArticles(db(), { workspaceId: search.id, locale: "et", query: "tellimus" });
    await searchArticles(db(), { workspaceId: search.id, locale: "et", query: "  ?! ", record: true });
    const recorded = await db().helpSearch.findMany({ where: { workspaceId: search.id }, orderBy: { createdAt: "asc" }, select: { locale: true, query: true, results: true } });
    expect(recorded).toEqual([
      { locale: "et", query: "tuhistada", results: 1 },
      { locale: "et", query: "kinkekaart", results: 0 },
    ]);
  });
});

describe("votes", () => {
  it("keep one vote per visitor and article, which the visitor may change and comment on; drafts and foreign articles cannot be voted on", async () => {
    const a = await createArticle(agent, { categoryId: shipping, content: { locale: "en", title: "Do you ship to Norway?", bodyHtml: "<p>Yes.</p>", status: "PUBLISHED" } });
    const address = `198.51.100.${Math.floor(Math.random() * 200)}`;
    const ana = { id: "visitor-ana-0123456789abcdef", address };
    const vote = (helpful: boolean, visitor = ana, comment?: string) => voteOnArticle(db(), { workspaceId: ws.id, articleId: a.articleId, locale: "en", helpful, comment }, async () => visitor);
    await vote(true);
    await vote(false, ana, "It does not say how long it takes.");
    await vote(false);
    await vote(true, { id: "visitor-bo-0123456789abcdefgh", address });
    const votes = await db().articleVote.findMany({ where: { articleId: a.articleId }, orderBy: { createdAt: "asc" }, select: { helpful: true, comment: true, locale: true, visitorHash: true } });
    expect(votes.map((v) => [v.helpful, v.comment])).toEqual([
      [false, "It does not say how long it takes."],
      [true, null],
    ]);
    // The visitor's id is not stored, only its hash.
    expect(votes.every((v) => /^[0-9a-f]{64}$/.test(v.visitorHash) && !v.visitorHash.includes("visitor"))).toBe(true);

    const draft = await createArticle(agent, { categoryId: shipping, content: { locale: "en", title: "Unpublished", bodyHtml: "<p>x</p>" } });
    expect(await rejection(voteOnArticle(db(), { workspaceId: ws.id, articleId: draft.articleId, locale: "en", helpful: true }, async () => ana))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(voteOnArticle(db(), { workspaceId: other.id, articleId: a.articleId, locale: "en", helpful: true }, async () => ana))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(voteOnArticle(db(), { workspaceId: ws.id, articleId: a.articleId, locale: "el", helpful: true }, async () => ana))).toMatchObject({ code: "NOT_FOUND" });
  });

  it("are limited per client address, saying when to try again", async () => {
    const a = await createArticle(agent, { categoryId: shipping, content: { locale: "en", title: "Do you ship to Iceland?", bodyHtml: "<p>Yes.</p>", status: "PUBLISHED" } });
    const address = `203.0.113.${Math.floor(Math.random() * 200)}`;
    for (let i = 0; i < VOTE_LIMIT.points; i++) {
      await voteOnArticle(db(), { workspaceId: ws.id, articleId: a.articleId, locale: "en", helpful: true }, async () => ({ id: `visitor-${i}-0123456789abcdefgh`, address }));
    }
    const limited = await rejection(voteOnArticle(db(), { workspaceId: ws.id, articleId: a.articleId, locale: "en", helpful: true }, async () => ({ id: "visitor-late-0123456789abcdef", address })));
    expect(limited).toMatchObject({ code: "RATE_LIMITED" });
    expect(limited.retryAfter).toBeGreaterThan(0);
    expect(await db().articleVote.count({ where: { articleId: a.articleId } })).toBe(VOTE_LIMIT.points);
    // Without a known address, each visitor has a budget of their own, not one shared by all.
    const unknown = (id: string) => voteOnArticle(db(), { workspaceId: ws.id, articleId: a.articleId, locale: "en", helpful: false }, async () => ({ id, address: null }));
    for (let i = 0; i < VOTE_LIMIT.points; i++) await unknown("visitor-unknown-0123456789abcdef");
    expect(await rejection(unknown("visitor-unknown-0123456789abcdef"))).toMatchObject({ code: "RATE_LIMITED" });
    await unknown(`visitor-other-${Math.random().toString(36).slice(2)}-0123456789`);
  });
});

describe("public pages", () => {
  it("show a category with its sections and a language's published articles only, and leave out what has nothing in that language", async () => {
    const site = await makeWorkspace(db());
    const editor = await memberCtx(site, await makeMember(db(), site, { role: "ADMIN" }));
    const orders = await createHelpCategory(editor, { translations: { en: { name: "Orders" }, et: { name: "Tellimused" } } });
    const tracking = await createHelpCategory(editor, { parentId: orders.id, translations: { en: { name: "Tracking" } } });
    const empty = await createHelpCategory(editor, { parentId: orders.id, translations: { en: { name: "Empty" } } });
    await createArticle(editor, { categoryId: tracking.id, promoted: true, content: { locale: "en", title: "Track a parcel", bodyHtml: "<p>x</p>", status: "PUBLISHED" } });
    await createArticle(editor, { categoryId: tracking.id, content: { locale: "en", title: "Draft only", bodyHtml: "<p>x</p>" } });
    expect(empty.id).toBeTruthy();

    const home = await helpCenterHome(site.id, "en");
    expect(home.promoted.map((a) => a.title)).toEqual(["Track a parcel"]);
    expect(home.categories.map((c) => [c.name, c.sections.map((s) => [s.name, s.articles.map((a) => a.title)])])).toEqual([["Orders", [["Tracking", ["Track a parcel"]]]]]);
    // Estonian: the category has a name but nothing published in Estonian, so the home page is empty.
    expect((await helpCenterHome(site.id, "et")).categories).toEqual([]);

    const page = await helpCategoryPage(site.id, "en", "orders");
    expect(page).toMatchObject({ name: "Orders", parent: null, articles: [] });
    expect(page!.sections.map((s) => s.name)).toEqual(["Tracking"]);
    expect(await helpCategoryPage(site.id, "en", "tracking")).toMatchObject({ name: "Tracking", parent: { name: "Orders", slug: "orders" }, articles: [{ title: "Track a parcel" }] });
    expect(await helpCategoryPage(site.id, "el", "orders")).toBeNull();
    expect(await helpCategoryPage(ws.id, "en", "orders")).toBeNull();
  });
});
