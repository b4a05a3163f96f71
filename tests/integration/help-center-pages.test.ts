// The public help center's pages without JavaScript (issue 16): what their getServerSideProps reads
// (the shop, the language, 404 in the visitor's language) and "Was this helpful?" posted as a plain
// form: Post/Redirect/Get back to the article, one vote per visitor (a cookie), only from our own
// pages, and a form that is not a vote is an error shown on the page, never a failure.
import type { GetServerSidePropsContext } from "next";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appUrl } from "@/env";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { createArticle } from "@/server/help-center/create-article";
import { createHelpCategory } from "@/server/help-center/create-help-category";
import { articleFeedbackResponse, VISITOR_COOKIE } from "@/server/help-center/article-feedback-request";
import { helpPageProps } from "@/server/help-center/help-page-props";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx } from "../helpers/context";

let ws: CreatedWorkspace;
let article: { articleId: string };
const ORIGIN = new URL(appUrl()).origin;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  const category = await createHelpCategory(admin, { translations: { en: { name: "Returns" } } });
  article = await createArticle(admin, { categoryId: category.id, content: { locale: "en", title: "How do I return an item?", slug: "return-an-item", bodyHtml: "<p>Write to us.</p>", status: "PUBLISHED" } });
});

function post(fields: Record<string, string>, init: { origin?: string | null; cookie?: string; type?: string; locale?: string; workspace?: string } = {}) {
  const headers = new Headers({ "content-type": init.type ?? "application/x-www-form-urlencoded" });
  if (init.origin !== null) headers.set("origin", init.origin ?? ORIGIN);
  if (init.cookie) headers.set("cookie", init.cookie);
  const request = new NextRequest(`${ORIGIN}/${ws.slug}/help/en/articles/return-an-item/feedback`, { method: "POST", headers, body: new URLSearchParams(fields).toString() });
  return articleFeedbackResponse(request, { workspace: init.workspace ?? ws.slug, locale: init.locale ?? "en", slug: "return-an-item" });
}

const votes = () => db().articleVote.findMany({ where: { articleId: article.articleId }, select: { helpful: true, comment: true } });

describe("Was this helpful? as a plain form", () => {
  it("votes, comes back to the article with the outcome, and lets the same visitor (by cookie) add a comment", async () => {
    const first = await post({ articleId: article.articleId, helpful: "no" });
    expect(first.status).toBe(303);
    expect(first.headers.get("location")).toBe(`/${ws.slug}/help/en/articles/return-an-item?feedback=no#feedback`);
    const cookie = first.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^${VISITOR_COOKIE}=[A-Za-z0-9_-]{24}; Path=/; Max-Age=31536000; HttpOnly; SameSite=Lax`));

    const second = await post({ articleId: article.articleId, helpful: "no", comment: "  How long does a refund take?  " }, { cookie: cookie.split(";")[0] });
    expect(second.headers.get("location")).toBe(`/${ws.slug}/help/en/articles/return-an-item?feedback=commented#feedback`);
    // A known visitor gets no new cookie, and their vote is changed, not added.
    expect(second.headers.get("set-cookie")).toBeNull();
    expect(await votes()).toEqual([{ helpful: false, comment: "How long does a refund take?" }]);
  });

  it("is refused from another site or without an Origin (403), and nothing is stored", async () => {
    const before = (await votes()).length;
    expect((await post({ articleId: article.articleId, helpful: "yes" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ articleId: article.articleId, helpful: "yes" }, { origin: null })).status).toBe(403);
    expect((await votes()).length).toBe(before);
  });

  it("answers a form that is not a vote with the article's error line, and a wrong shop, language or body with 404/415/413", async () => {
    const before = (await votes()).length;
    for (const fields of <Array<Record<string, string>>>[{ articleId: "01900000-0000-7000-8000-000000000000", helpful: "yes" }, { articleId: article.articleId, helpful: "maybe" }, {}]) {
      const res = await post(fields);
      expect(res.status, JSON.stringify(fields)).toBe(303);
      expect(res.headers.get("location"), JSON.stringify(fields)).toBe(`/${ws.slug}/help/en/articles/return-an-item?feedback=error#feedback`);
    }
    expect((await votes()).length).toBe(before);
    // A NUL in the comment is cleaned away, as in every text field.
    expect((await post({ articleId: article.articleId, helpful: "yes", comment: "odd\u0000" })).headers.get("location")).toContain("?feedback=commented#");
    expect(await votes()).toContainEqual({ helpful: true, comment: "odd" });
    expect((await post({ articleId: article.articleId, helpful: "yes" }, { locale: "xx" })).status).toBe(404);
    expect((await post({ articleId: article.articleId, helpful: "yes" }, { workspace: "no-such-shop" })).status).toBe(404);
    expect((await post({ articleId: article.articleId, helpful: "yes" }, { type: "application/json" })).status).toBe(415);
    expect((await post({ articleId: article.articleId, helpful: "yes", comment: "é".repeat(6_000) })).status).toBe(413);
  });
});

describe("a help-center page's server-side props", () => {
  const ctx = (params: Record<string, string>, acceptLanguage?: string) => {
    const res = { statusCode: 200 };
    return { ctx: { params, query: params, req: { headers: acceptLanguage ? { "accept-language": acceptLanguage } : {} }, res } as unknown as GetServerSidePropsContext, res };
  };

  it("carry the shop, the language's catalogs and the page's data", async () => {
    const { ctx: c, res } = ctx({ workspace: ws.slug, locale: "el" });
    const result = await helpPageProps(c, async ({ workspace, locale }) => ({ workspaceId: workspace.id, locale }));
    expect(res.statusCode).toBe(200);
    expect(result).toMatchObject({ props: { intl: { locale: "el", timeZone: expect.any(String) }, appUrl: appUrl(), workspace: { slug: ws.slug }, data: { workspaceId: ws.id, locale: "el" } } });
    const messages = (result as { props: { intl: { messages: Record<string, Record<string, unknown>> } } }).props.intl.messages;
    expect(Object.keys(messages).sort()).toEqual(["common", "contact", "help", "portal"]);
    expect(messages.help?.title).toBe("Κέντρο βοήθειας");
  });

  it("answer 404 for missing data, an unknown language (in the visitor's language) or an unknown shop, without loading the data", async () => {
    let loads = 0;
    const load = async () => (loads++, null);
    const missing = ctx({ workspace: ws.slug, locale: "en" });
    expect(await helpPageProps(missing.ctx, load)).toMatchObject({ props: { workspace: { slug: ws.slug }, data: null } });
    expect(missing.res.statusCode).toBe(404);
    expect(loads).toBe(1);

    const language = ctx({ workspace: ws.slug, locale: "xx" }, "pl-PL,pl;q=0.9");
    expect(await helpPageProps(language.ctx, load)).toMatchObject({ props: { intl: { locale: "pl" }, data: null } });
    expect(language.res.statusCode).toBe(404);

    const shop = ctx({ workspace: "no-such-shop", locale: "ar" });
    expect(await helpPageProps(shop.ctx, load)).toMatchObject({ props: { intl: { locale: "ar" }, workspace: null, data: null } });
    expect(shop.res.statusCode).toBe(404);
    expect(loads).toBe(1);
  });
});
