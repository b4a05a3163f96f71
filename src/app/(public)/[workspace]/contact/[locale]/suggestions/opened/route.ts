// POST /<workspace>/contact/<locale>/suggestions/opened (navigator.sendBeacon, form-encoded t and
// articleId): the visitor opened a suggested article. 204 whether or not it counted: a beacon
// reads no answer, and a script learns nothing from one.
import { headers } from "next/headers";
import { isLocale } from "@/i18n/config";
import { suggestionOpened } from "@/server/contact/suggest-for-contact-form";
import { isAppError } from "@/server/errors";
import { logger } from "@/server/logger";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ workspace: string; locale: string }> };

export async function POST(request: Request, { params }: Params): Promise<Response> {
  const { workspace, locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const text = (await request.text()).slice(0, 2_000);
  const form = new URLSearchParams(text);
  try {
    await suggestionOpened({ workspace, locale, t: form.get("t") ?? "", articleId: form.get("articleId") ?? "" });
  } catch (e) {
    if (!(isAppError(e) && e.code === "VALIDATION")) logger.error({ err: e, requestId: (await headers()).get("x-request-id") }, "recording an opened suggestion failed");
  }
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
}
