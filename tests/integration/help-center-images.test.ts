// Images of help-center articles (issue 16): uploaded by agents and admins from the editor, typed
// by their bytes, limited in size, served publicly per workspace, and the only images an article
// may show. Also the editor's reads: the structure with every language's state, and one version.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_ARTICLE_IMAGE_BYTES } from "@/lib/article-images";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { handleArticleImageGet } from "@/server/help-center/article-image-file";
import { createArticle } from "@/server/help-center/create-article";
import { createHelpCategory } from "@/server/help-center/create-help-category";
import { getArticleVersion, listHelpCenterForEditing } from "@/server/help-center/help-center-editor.queries";
import { getArticleForEditing } from "@/server/help-center/help-center.queries";
import { saveArticleContent } from "@/server/help-center/save-article-content";
import { uploadArticleImage } from "@/server/help-center/upload-article-image";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let outsider: Ctx;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
const GIF = new Uint8Array([...Buffer.from("GIF89a"), 1, 0, 1, 0, 0, 0, 0]);

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT", name: "Eleni Agent" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  outsider = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
});

describe("uploading an image", () => {
  it("stores an agent's PNG once in the attachment storage and names its public path", async () => {
    const image = await uploadArticleImage(agent, { file: PNG });
    expect(image).toMatchObject({ src: `/${ws.slug}/help/images/${image.id}`, contentType: "image/png", byteSize: PNG.byteLength });
    const row = await db().articleImage.findUniqueOrThrow({ where: { id: image.id }, include: { blob: true } });
    expect(row).toMatchObject({ workspaceId: ws.id, contentType: "image/png", createdByMemberId: (agent.actor as { memberId: string }).memberId });
    expect(row.blob.workspaceId).toBe(ws.id);
    // The same bytes again: a second image, the same stored bytes.
    const again = await uploadArticleImage(admin, { file: PNG });
    expect(again.id).not.toBe(image.id);
    expect((await db().articleImage.findUniqueOrThrow({ where: { id: again.id } })).blobId).toBe(row.blobId);
  });

  it("is refused to light agents", async () => {
    expect(await rejection(uploadArticleImage(light, { file: PNG }))).toMatchObject({ code: "FORBIDDEN" });
  });

  it("takes the type from the bytes: SVG or HTML are refused whatever the file was called", async () => {
    const svg = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>`);
    expect(await rejection(uploadArticleImage(agent, { file: svg }))).toMatchObject({ code: "VALIDATION", fieldIssues: { file: { code: "imageType" } } });
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    expect(await rejection(uploadArticleImage(agent, { file: html }))).toMatchObject({ code: "VALIDATION", fieldIssues: { file: { code: "imageType" } } });
    expect((await uploadArticleImage(agent, { file: GIF })).contentType).toBe("image/gif");
  });

  it("refuses an empty file and one over 5 MB with a field error", async () => {
    expect(await rejection(uploadArticleImage(agent, { file: new Uint8Array() }))).toMatchObject({ code: "VALIDATION", fieldIssues: { file: { code: "required" } } });
    const big = new Uint8Array(MAX_ARTICLE_IMAGE_BYTES + 1);
    big.set(PNG);
    expect(await rejection(uploadArticleImage(agent, { file: big }))).toMatchObject({ code: "VALIDATION", fieldIssues: { file: { code: "imageTooLarge" } } });
    const justFits = new Uint8Array(MAX_ARTICLE_IMAGE_BYTES);
    justFits.set(PNG);
    expect((await uploadArticleImage(agent, { file: justFits })).byteSize).toBe(MAX_ARTICLE_IMAGE_BYTES);
  });

  it("refuses what is not bytes", async () => {
    expect(await rejection(uploadArticleImage(agent, { file: "iVBORw0KGgo=" } as unknown as Parameters<typeof uploadArticleImage>[1]))).toMatchObject({ code: "VALIDATION" });
  });
});

describe("the public image route", () => {
  it("serves the image inline with safe headers and a long cache, without sign-in", async () => {
    const image = await uploadArticleImage(agent, { file: PNG });
    const res = await handleArticleImageGet(ws.slug, image.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
  });

  it("answers 404 for another workspace's image, an unknown workspace, a malformed or unknown id", async () => {
    const image = await uploadArticleImage(agent, { file: PNG });
    expect((await handleArticleImageGet(other.slug, image.id)).status).toBe(404);
    expect((await handleArticleImageGet("no-such-workspace-here", image.id)).status).toBe(404);
    expect((await handleArticleImageGet(ws.slug, "not-a-uuid")).status).toBe(404);
    expect((await handleArticleImageGet(ws.slug, "01900000-0000-7000-8000-000000000000")).status).toBe(404);
  });
});

describe("images in articles", () => {
  it("keeps this workspace's uploaded images and drops any other source", async () => {
    const mine = await uploadArticleImage(agent, { file: PNG });
    const theirs = await uploadArticleImage(outsider, { file: PNG });
    const category = await createHelpCategory(admin, { translations: { en: { name: "Images" } } });
    const body =
      `<p>Box</p><img src="${mine.src}" alt="The box">` +
      `<img src="${theirs.src}" alt="theirs"><img src="/${ws.slug}/help/images/${theirs.id}" alt="foreign id"><img src="https://tracker.example/p.gif" alt="tracker">`;
    const created = await createArticle(agent, { categoryId: category.id, content: { locale: "en", title: "How to pack a return", bodyHtml: body } });
    const saved = await getArticleForEditing(agent, created.articleId);
    // Another workspace's image id under this workspace's path is dropped too (the route would answer 404).
    expect(saved.translations[0]!.bodyHtml).toBe(`<p>Box</p><img src="${mine.src}" alt="The box" />`);
    expect((await handleArticleImageGet(ws.slug, theirs.id)).status).toBe(404);
  });
});

describe("the editor's reads", () => {
  it("list categories, sections and their articles with each language's state, for every member", async () => {
    const category = await createHelpCategory(admin, { translations: { en: { name: "Orders" }, el: { name: "Παραγγελίες" } } });
    const section = await createHelpCategory(admin, { parentId: category.id, translations: { en: { name: "Cancelling" } } });
    const a = await createArticle(agent, { categoryId: section.id, promoted: true, content: { locale: "el", title: "Ακύρωση παραγγελίας", bodyHtml: "<p>x</p>", status: "PUBLISHED" } });
    await saveArticleContent(agent, { articleId: a.articleId, content: { locale: "en", title: "Cancelling an order", bodyHtml: "<p>x</p>" } });
    const tree = await listHelpCenterForEditing(light);
    const found = tree.find((c) => c.id === category.id)!;
    expect(found.names.map((n) => [n.locale, n.name])).toEqual([
      ["el", "Παραγγελίες"],
      ["en", "Orders"],
    ]);
    expect(found.articles).toEqual([]);
    expect(found.sections).toHaveLength(1);
    expect(found.sections[0]!.articles).toEqual([
      expect.objectContaining({
        id: a.articleId,
        promoted: true,
        translations: [
          expect.objectContaining({ locale: "el", status: "PUBLISHED", version: 1 }),
          expect.objectContaining({ locale: "en", status: "DRAFT", version: 1, title: "Cancelling an order" }),
        ],
      }),
    ]);
    expect((await listHelpCenterForEditing(outsider)).some((c) => c.id === category.id)).toBe(false);
  });

  it("show one version as it was saved, by whom; another workspace's article is NOT_FOUND", async () => {
    const category = await createHelpCategory(admin, { translations: { en: { name: "Versions" } } });
    const a = await createArticle(agent, { categoryId: category.id, content: { locale: "pl", title: "Zwrot", bodyHtml: "<p>pierwsza</p>" } });
    await saveArticleContent(agent, { articleId: a.articleId, expectedVersion: 1, content: { locale: "pl", title: "Zwrot – jak to działa", bodyHtml: "<p>druga</p>" } });
    const first = await getArticleVersion(light, a.articleId, "pl", 1);
    expect(first).toMatchObject({ version: 1, locale: "pl", title: "Zwrot", bodyHtml: "<p>pierwsza</p>", status: "DRAFT", authorName: "Eleni Agent" });
    expect(await rejection(getArticleVersion(light, a.articleId, "pl", 3))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(getArticleVersion(light, a.articleId, "en", 1))).toMatchObject({ code: "NOT_FOUND" });
    expect(await rejection(getArticleVersion(outsider, a.articleId, "pl", 1))).toMatchObject({ code: "NOT_FOUND" });
  });
});
