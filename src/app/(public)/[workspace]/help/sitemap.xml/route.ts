// /<workspace>/help/sitemap.xml: every published article and named category of the workspace's help
// center, each language its own URL with hreflang alternates (xhtml:link), as search engines
// expect for translated pages. Submitted by the shop (Search Console) or found through
// /<workspace>/help/robots.txt; the root robots.txt names no workspace, so it lists no tenant.
import { appUrl } from "@/env";
import { locales, type Locale } from "@/i18n/config";
import { findHelpWorkspace, helpCenterSitemap } from "@/server/help-center/help-center-pages.queries";
import { articlePath, categoryPath, helpPath } from "@/lib/help-center-paths";

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

type Entry = { path: string; updatedAt?: Date; alternates: Array<{ locale: Locale; path: string }> };

function urlXml(base: string, e: Entry): string {
  const links = e.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${a.locale}" href="${escapeXml(base + a.path)}"/>`).join("");
  const lastmod = e.updatedAt ? `<lastmod>${e.updatedAt.toISOString()}</lastmod>` : "";
  return `<url><loc>${escapeXml(base + e.path)}</loc>${lastmod}${links}</url>`;
}

/** Rows of the same item (article or category) in its languages, as entries with each other as alternates. */
function entries<T extends { locale: string; slug: string; updatedAt: Date }>(rows: T[], key: (r: T) => string, path: (locale: Locale, slug: string) => string): Entry[] {
  const groups = new Map<string, T[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.values()].flatMap((group) => {
    const alternates = group.map((r) => ({ locale: r.locale as Locale, path: path(r.locale as Locale, r.slug) }));
    return group.map((r) => ({ path: path(r.locale as Locale, r.slug), updatedAt: r.updatedAt, alternates }));
  });
}

// Read from the database at request time (never prerendered at build time, which has no database).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const workspace = await findHelpWorkspace((await params).workspace);
  if (!workspace) return new Response("Not found", { status: 404 });
  const { articles, categories } = await helpCenterSitemap(workspace.id);
  const homes = locales.map((l) => ({ locale: l, path: helpPath(workspace, l) }));
  const all: Entry[] = [
    ...homes.map((h) => ({ path: h.path, alternates: homes })),
    ...entries(categories, (r) => r.categoryId, (l, s) => categoryPath(workspace, l, s)),
    ...entries(articles, (r) => r.articleId, (l, s) => articlePath(workspace, l, s)),
  ];
  const base = appUrl();
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    all.map((e) => urlXml(base, e)).join("\n") +
    `\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
