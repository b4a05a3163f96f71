// Branding of a shop's public pages and its help center switch (issue 16): only admins change them;
// the accent colour, footer links and logo are validated (a light colour, a non-https link, an SVG
// or a file over 1 MB are field errors); the logo route serves the stored bytes with safe headers
// and a version in the URL, and 404 for a workspace without one; a help center turned off answers
// 404 through the public queries (pages, sitemap, robots.txt, votes) while the contact form stays.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { contactFormPage } from "@/server/contact/contact-form.queries";
import { createArticle } from "@/server/help-center/create-article";
import { createHelpCategory } from "@/server/help-center/create-help-category";
import { findHelpWorkspace, findPublicWorkspace } from "@/server/help-center/help-center-pages.queries";
import { voteOnArticle } from "@/server/help-center/vote-on-article";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { removeWorkspaceLogo } from "@/server/workspaces/remove-workspace-logo";
import { updateWorkspaceBranding } from "@/server/workspaces/update-workspace-branding";
import { uploadWorkspaceLogo } from "@/server/workspaces/upload-workspace-logo";
import { getWorkspaceBranding } from "@/server/workspaces/workspace-branding";
import { GET as logoRoute } from "@/app/(public)/[workspace]/brand/logo/route";
import { GET as robotsRoute } from "@/app/(public)/[workspace]/help/robots.txt/route";
import { GET as sitemapRoute } from "@/app/(public)/[workspace]/help/sitemap.xml/route";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let otherAdmin: Ctx;

/** A tiny but real PNG (1x1, red). */
const PNG = new Uint8Array(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==", "base64"));
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>');

const links = [
  { label: "Returns", url: "https://shop.example.com/returns" },
  { label: "Όροι", url: "https://shop.example.com/el/terms" },
];
const valid = { helpCenterEnabled: true, accentColor: "#1D4ED8", footerLinks: links };

const logo = (slug: string, query = "", headers: Record<string, string> = {}) =>
  logoRoute(new Request(`http://localhost/${slug}/brand/logo${query}`, { headers }), { params: Promise.resolve({ workspace: slug }) });
const robots = (slug: string) => robotsRoute(new Request(`http://localhost/${slug}/help/robots.txt`), { params: Promise.resolve({ workspace: slug }) });
const sitemap = (slug: string) => sitemapRoute(new Request(`http://localhost/${slug}/help/sitemap.xml`), { params: Promise.resolve({ workspace: slug }) });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
});

describe("branding settings", () => {
  it("start with the help center on and no branding", async () => {
    expect(await getWorkspaceBranding(admin)).toEqual({ helpCenterEnabled: true, accentColor: null, footerLinks: [], logoUrl: null });
  });

  it("are saved by an admin, for their own workspace only, and read by the public pages", async () => {
    const saved = await updateWorkspaceBranding(admin, valid);
    expect(saved).toMatchObject({ helpCenterEnabled: true, accentColor: "#1d4ed8", footerLinks: links });
    expect((await findPublicWorkspace(ws.slug))?.brand).toEqual({ accentColor: "#1d4ed8", footerLinks: links, logoUrl: null });
    expect((await findPublicWorkspace(other.slug))?.brand).toEqual({ accentColor: null, footerLinks: [], logoUrl: null });
    // An empty colour goes back to the app's own.
    expect((await updateWorkspaceBranding(admin, { ...valid, accentColor: "" })).accentColor).toBeNull();
    await updateWorkspaceBranding(admin, valid);
  });

  it("are refused to agents and light agents, with nothing changed", async () => {
    for (const ctx of [agent, light]) {
      expect((await rejection(updateWorkspaceBranding(ctx, { ...valid, accentColor: "#000000", helpCenterEnabled: false }))).code).toBe("FORBIDDEN");
      expect((await rejection(uploadWorkspaceLogo(ctx, { logo: PNG }))).code).toBe("FORBIDDEN");
      expect((await rejection(removeWorkspaceLogo(ctx, {}))).code).toBe("FORBIDDEN");
    }
    expect(await getWorkspaceBranding(admin)).toMatchObject({ helpCenterEnabled: true, accentColor: "#1d4ed8" });
  });

  it("refuse a colour that is not one, or too light to read on white, as field errors", async () => {
    for (const [accentColor, code] of [
      ["blue", "invalidColor"],
      ["#12345", "invalidColor"],
      ["#facc15", "lowContrast"],
      ["#ffffff", "lowContrast"],
    ] as const) {
      const e = await rejection(updateWorkspaceBranding(admin, { ...valid, accentColor }));
      expect(e.code, accentColor).toBe("VALIDATION");
      expect(e.fieldIssues?.accentColor?.code, accentColor).toBe(code);
    }
    expect((await getWorkspaceBranding(admin)).accentColor).toBe("#1d4ed8");
  });

  it("refuse footer links that are not https, without a label, or more than 6, naming the entry", async () => {
    const bad = async (footerLinks: unknown) => (await rejection(updateWorkspaceBranding(admin, { ...valid, footerLinks: footerLinks as typeof links }))).fieldIssues ?? {};
    expect(Object.keys(await bad([links[0], { label: "Shop", url: "http://shop.example.com" }]))).toEqual(["footerLinks.1.url"]);
    expect(Object.keys(await bad([{ label: "x", url: "javascript:alert(1)" }]))).toEqual(["footerLinks.0.url"]);
    expect((await bad([{ label: "  ", url: "https://shop.example.com" }]))["footerLinks.0.label"]?.code).toBe("required");
    expect((await bad([{ label: "x".repeat(61), url: "https://shop.example.com" }]))["footerLinks.0.label"]?.code).toBe("tooLong");
    expect(Object.keys(await bad(new Array(7).fill(links[0])))).toEqual(["footerLinks"]);
    expect((await getWorkspaceBranding(admin)).footerLinks).toEqual(links);
  });
});

describe("logo", () => {
  it("refuses SVG, other types whatever they claim, empty files and files over 1 MB", async () => {
    const code = async (bytes: Uint8Array<ArrayBuffer>) => (await rejection(uploadWorkspaceLogo(admin, { logo: bytes }))).fieldIssues?.logo?.code;
    expect(await code(SVG)).toBe("logoType");
    expect(await code(new TextEncoder().encode("GIF89a\x01\x00\x01\x00"))).toBe("logoType");
    expect(await code(new Uint8Array())).toBe("required");
    const big = new Uint8Array(1024 * 1024 + 1);
    big.set(PNG);
    expect(await code(big)).toBe("logoTooLarge");
    expect((await getWorkspaceBranding(admin)).logoUrl).toBeNull();
  });

  it("is stored in blob storage and served with its sniffed type, safe headers and a versioned long cache", async () => {
    const { logoUrl } = await uploadWorkspaceLogo(admin, { logo: PNG });
    expect(logoUrl).toMatch(new RegExp(`^/${ws.slug}/brand/logo\\?v=[0-9a-f]{16}$`));
    expect((await findPublicWorkspace(ws.slug))?.brand.logoUrl).toBe(logoUrl);
    const row = await db().workspaceLogo.findUniqueOrThrow({ where: { workspaceId: ws.id }, include: { blob: true } });
    expect(row).toMatchObject({ contentType: "image/png", blob: { workspaceId: ws.id, byteSize: PNG.byteLength } });

    const res = await logo(ws.slug, logoUrl.slice(logoUrl.indexOf("?")));
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="logo\.png"/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const etag = res.headers.get("etag");
    expect(etag).toBe(`"${row.sha256}"`);

    // Without the version (or with an old one): short-lived, revalidated by ETag.
    const bare = await logo(ws.slug);
    expect(bare.headers.get("cache-control")).toBe("public, max-age=300, must-revalidate");
    await bare.arrayBuffer();
    const notModified = await logo(ws.slug, "", { "if-none-match": etag! });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
  });

  it("a new logo has a new URL and type; another workspace's or a missing logo is a 404", async () => {
    const before = (await getWorkspaceBranding(admin)).logoUrl;
    const { logoUrl } = await uploadWorkspaceLogo(admin, { logo: JPEG });
    expect(logoUrl).not.toBe(before);
    const res = await logo(ws.slug, logoUrl.slice(logoUrl.indexOf("?")));
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(JPEG);

    // The other workspace has none: its URL never reaches this one's logo.
    expect((await logo(other.slug)).status).toBe(404);
    expect((await logo("no-such-shop")).status).toBe(404);
    expect((await logo("../etc")).status).toBe(404);
    // An admin of the other workspace removes only their own (none): this one's stays.
    await removeWorkspaceLogo(otherAdmin, {});
    expect((await logo(ws.slug)).status).toBe(200);

    await removeWorkspaceLogo(admin, {});
    expect((await getWorkspaceBranding(admin)).logoUrl).toBeNull();
    expect((await logo(ws.slug)).status).toBe(404);
  });
});

describe("help center switch", () => {
  it("off: the help center's workspace, sitemap, robots.txt and votes are gone; the contact form stays; on again: all back", async () => {
    const shop = await makeWorkspace(db());
    const shopAdmin = await memberCtx(shop, await makeMember(db(), shop, { role: "ADMIN" }));
    const category = await createHelpCategory(shopAdmin, { translations: { en: { name: "Orders" } } });
    const article = await createArticle(shopAdmin, { categoryId: category.id, content: { locale: "en", title: "Can I change my order?", bodyHtml: "<p>Yes.</p>", status: "PUBLISHED" } });
    const vote = () => voteOnArticle(db(), { workspaceId: shop.id, articleId: article.articleId, locale: "en", helpful: true }, async () => ({ id: `visitor-${shop.slug}-0123456789`, address: null }));

    expect(await findHelpWorkspace(shop.slug)).not.toBeNull();
    expect((await robots(shop.slug)).status).toBe(200);
    expect(await (await sitemap(shop.slug)).text()).toContain("/help/en/articles/");

    await updateWorkspaceBranding(shopAdmin, { helpCenterEnabled: false, accentColor: null, footerLinks: [] });
    expect(await findHelpWorkspace(shop.slug)).toBeNull();
    expect((await robots(shop.slug)).status).toBe(404);
    expect((await sitemap(shop.slug)).status).toBe(404);
    expect((await rejection(vote())).code).toBe("NOT_FOUND");
    const contact = await contactFormPage(shop.slug);
    expect(contact?.workspace).toMatchObject({ slug: shop.slug, helpCenterEnabled: false });
    // Other workspaces' help centers are untouched.
    expect(await findHelpWorkspace(ws.slug)).not.toBeNull();

    await updateWorkspaceBranding(shopAdmin, { helpCenterEnabled: true, accentColor: null, footerLinks: [] });
    expect(await findHelpWorkspace(shop.slug)).not.toBeNull();
    expect((await robots(shop.slug)).status).toBe(200);
    await expect(vote()).resolves.toEqual({ helpful: true });
  });
});
