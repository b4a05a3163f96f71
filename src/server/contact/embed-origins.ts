// Where a shop's contact form may be shown in a frame: its own pages, and the sites the admins
// list (Workspace.contactFormOrigins), as the CSP frame-ancestors of /<slug>/contact/... The list
// is read by the proxy for every request of the form, so it is kept per process for a short while
// (ORIGINS_TTL_MS) and read with one indexed query on the auxiliary pool.
import { isContactFormOrigin } from "@/lib/contact-form-origins";
import { pgPool } from "@/server/pg-pool";

export const ORIGINS_TTL_MS = 30_000;
const MAX_CACHED = 1_000;

const globalForOrigins = globalThis as unknown as { shopdeskContactOrigins?: Map<string, { origins: string[]; at: number }> };

/** The sites that may frame `slug`'s contact form; [] for a workspace without any, or none at all. */
export async function contactFormOrigins(slug: string, now = Date.now()): Promise<string[]> {
  const cache = (globalForOrigins.shopdeskContactOrigins ??= new Map());
  const hit = cache.get(slug);
  if (hit && now - hit.at < ORIGINS_TTL_MS) return hit.origins;
  const { rows } = await pgPool().query<{ origins: string[] | null }>('SELECT "contactFormOrigins" AS "origins" FROM "Workspace" WHERE "slug" = $1', [slug]);
  // Stored values passed the schema; checked again, as they go into a response header.
  const origins = (rows[0]?.origins ?? []).filter(isContactFormOrigin);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(slug, { origins, at: now });
  return origins;
}

/** Forget a workspace's cached list (this process), after admins change it. */
export function forgetContactFormOrigins(slug: string): void {
  globalForOrigins.shopdeskContactOrigins?.delete(slug);
}
