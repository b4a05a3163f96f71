// The paths of the public help center's pages (/<workspace>/help/<locale>/...), for links,
// canonical URLs, the sitemap and the contact form's suggestions.
import type { Locale } from "@/i18n/config";

export function helpPath(workspace: { slug: string }, locale: Locale, rest = ""): string {
  return `/${workspace.slug}/help/${locale}${rest}`;
}

export function articlePath(workspace: { slug: string }, locale: Locale, slug: string): string {
  return helpPath(workspace, locale, `/articles/${encodeURIComponent(slug)}`);
}

export function categoryPath(workspace: { slug: string }, locale: Locale, slug: string): string {
  return helpPath(workspace, locale, `/categories/${encodeURIComponent(slug)}`);
}

export function searchPath(workspace: { slug: string }, locale: Locale): string {
  return helpPath(workspace, locale, "/search");
}

/** Where an article's "Was this helpful?" form posts (a route handler that answers 303 back to the article). */
export function articleFeedbackPath(workspace: { slug: string }, locale: Locale, slug: string): string {
  return `${articlePath(workspace, locale, slug)}/feedback`;
}
