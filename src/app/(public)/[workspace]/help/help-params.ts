// The public help center's URL parameters: the workspace (by slug) and the language, or 404.
import { notFound } from "next/navigation";
import { cache } from "react";
import { isLocale, type Locale } from "@/i18n/config";
import { findHelpWorkspace, type HelpWorkspace } from "@/server/help-center/help-center-pages.queries";

export type HelpParams = Promise<{ workspace: string; locale: string }>;

/** One lookup per request, shared by generateMetadata and the page. */
const workspaceBySlug = cache((slug: string) => findHelpWorkspace(slug));

export async function helpContext(params: HelpParams): Promise<{ workspace: HelpWorkspace; locale: Locale }> {
  const { workspace: slug, locale } = await params;
  if (!isLocale(locale)) notFound();
  const workspace = await workspaceBySlug(slug);
  if (!workspace) notFound();
  return { workspace, locale };
}

/** The path of a help-center page, for links and canonical URLs. */
export function helpPath(workspace: { slug: string }, locale: Locale, rest = ""): string {
  return `/${workspace.slug}/help/${locale}${rest}`;
}

export function articlePath(workspace: { slug: string }, locale: Locale, slug: string): string {
  return helpPath(workspace, locale, `/articles/${encodeURIComponent(slug)}`);
}

export function categoryPath(workspace: { slug: string }, locale: Locale, slug: string): string {
  return helpPath(workspace, locale, `/categories/${encodeURIComponent(slug)}`);
}
