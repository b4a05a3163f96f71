// Which language's name or title to show an agent for a category or article written in several:
// the agent's own language when it has one, else the workspace's default, else the first.
import type { Locale } from "@/i18n/locales";

export function pickLanguage<T extends { locale: Locale }>(items: readonly T[], uiLocale: string, defaultLocale: string): T | undefined {
  return items.find((i) => i.locale === uiLocale) ?? items.find((i) => i.locale === defaultLocale) ?? items[0];
}

/** Category options for a select: "Category" and "Category › Section", in the structure's order. */
export function categoryOptions(
  tree: ReadonlyArray<{ id: string; names: Array<{ locale: Locale; name: string }>; sections: ReadonlyArray<{ id: string; names: Array<{ locale: Locale; name: string }> }> }>,
  uiLocale: string,
  defaultLocale: string,
): Array<{ id: string; label: string }> {
  const name = (names: Array<{ locale: Locale; name: string }>) => pickLanguage(names, uiLocale, defaultLocale)?.name ?? "—";
  return tree.flatMap((c) => [{ id: c.id, label: name(c.names) }, ...c.sections.map((s) => ({ id: s.id, label: `${name(c.names)} › ${name(s.names)}` }))]);
}
