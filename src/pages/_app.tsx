// The Pages Router's app: the same fonts and stylesheet as the App Router's root layout
// (src/app/layout.tsx), the skip link, and next-intl's provider with the catalogs the page's
// getServerSideProps loaded (PageIntl). The pages ship no JavaScript, so none of this runs in the
// browser: it is rendered once, on the server.
import "@fontsource-variable/noto-sans";
import "@fontsource-variable/noto-sans-arabic";
import "@/app/globals.css";
import type { AppProps } from "next/app";
import { NextIntlClientProvider, useTranslations } from "next-intl";
import type { PageIntl } from "@/server/help-center/help-page-props";
import { SkipLink } from "@/ui/skip-link";

function Skip() {
  const t = useTranslations("common.a11y");
  return <SkipLink label={t("skipToContent")} />;
}

export default function ShopdeskPublicApp({ Component, pageProps }: AppProps<{ intl?: PageIntl }>) {
  const { intl } = pageProps;
  // Next's own error page (an exception in getServerSideProps) comes without catalogs.
  if (!intl) return <Component {...pageProps} />;
  return (
    <NextIntlClientProvider locale={intl.locale} messages={intl.messages} timeZone={intl.timeZone} now={new Date(intl.now)}>
      <Skip />
      <Component {...pageProps} />
    </NextIntlClientProvider>
  );
}
