// The HTML document of the Pages Router's pages, which are only the public help center's
// (src/server/help-center/help-page-props.ts says why): the page's language and direction on
// <html>, from its props. Everything else is rendered by the App Router (src/app).
import Document, { Head, Html, Main, NextScript } from "next/document";
import { defaultLocale, isLocale, localeDirection } from "@/i18n/config";

export default class ShopdeskDocument extends Document {
  override render() {
    const props = this.props.__NEXT_DATA__.props as { pageProps?: { intl?: { locale?: unknown } } } | undefined;
    const requested = props?.pageProps?.intl?.locale;
    const locale = isLocale(requested) ? requested : defaultLocale;
    return (
      <Html lang={locale} dir={localeDirection(locale)}>
        <Head>
          <link rel="icon" href="/favicon.svg" />
        </Head>
        <body className="min-h-dvh">
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
