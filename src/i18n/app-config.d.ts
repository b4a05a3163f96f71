// Types next-intl's APIs with our locales (useLocale(), getTranslations({ locale }) ...).
import type { Locale } from "@/i18n/config";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
  }
}
