// GET /<workspace>/contact/<locale>/suggestions?q=<what the visitor typed>&t=<form token>: the
// contact form's suggested articles as JSON (src/server/contact/suggest-for-contact-form.ts).
import { headers } from "next/headers";
import { isAppError } from "@/server/errors";
import { clientIp } from "@/server/http/client-address";
import { suggestForContactForm } from "@/server/contact/suggest-for-contact-form";
import { articlePath } from "@/lib/help-center-paths";
import { isLocale } from "@/i18n/config";
import { logger } from "@/server/logger";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ workspace: string; locale: string }> };

const json = (body: unknown, status = 200, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...extra } });

export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { workspace, locale } = await params;
  if (!isLocale(locale)) return json({ error: "not found" }, 404);
  const url = new URL(request.url);
  try {
    const found = await suggestForContactForm({ workspace, locale, q: url.searchParams.get("q") ?? "", t: url.searchParams.get("t") ?? undefined }, { address: clientIp(await headers()) });
    if (!found) return json({ error: "not found" }, 404);
    return json({ articles: found.map((a) => ({ id: a.id, title: a.title, snippet: a.snippet, url: articlePath({ slug: workspace }, locale, a.slug) })) });
  } catch (e) {
    if (isAppError(e) && e.code === "VALIDATION") return json({ error: e.message, fields: e.fields }, 422);
    if (isAppError(e) && e.code === "RATE_LIMITED") return json({ error: e.message }, 429, { "Retry-After": String(e.retryAfter ?? 60) });
    logger.error({ err: e, requestId: (await headers()).get("x-request-id") }, "contact suggestions failed");
    return json({ error: "internal error" }, 500);
  }
}
