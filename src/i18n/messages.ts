// The message catalogs of one locale, loaded on the server: by next-intl's request configuration
// (src/i18n/request.ts) for the App Router, and by the help center's Pages Router pages
// (src/server/help-center/help-page-props.ts), which have no request configuration.
import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "@/i18n/config";
import { namespaces, type Namespace } from "@/i18n/namespaces";

/** The given namespaces (default: all) of one locale, as { [namespace]: messages }. */
export async function loadMessages(locale: Locale, only: readonly Namespace[] = namespaces): Promise<AbstractIntlMessages> {
  const entries = await Promise.all(
    only.map(async (ns) => {
      const file = (await import(`./messages/${locale}/${ns}.json`)) as { default: AbstractIntlMessages };
      return [ns, file.default] as const;
    }),
  );
  return Object.fromEntries(entries);
}
