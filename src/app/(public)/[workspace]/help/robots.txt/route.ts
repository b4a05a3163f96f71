// /<workspace>/help/robots.txt: for a shop that serves its help center on a host of its own (a
// reverse proxy mapping help.shop.example/ to /<workspace>/help/), where this becomes the host's
// robots.txt: the help center may be crawled, its search results not, and here is its sitemap.
import { appUrl } from "@/env";
import { findHelpWorkspace } from "@/server/help-center/help-center-pages.queries";

// Read from the database at request time (never prerendered at build time, which has no database).
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const workspace = await findHelpWorkspace((await params).workspace);
  if (!workspace) return new Response("Not found", { status: 404 });
  const root = `/${workspace.slug}/help`;
  const body = ["User-agent: *", `Allow: ${root}/`, `Disallow: ${root}/*/search`, `Sitemap: ${appUrl()}${root}/sitemap.xml`, ""].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
