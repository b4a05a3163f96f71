"use client";
// The language picker: each language named in itself. The caller passes the server action that
// stores the choice (a cookie, and for a signed-in user their profile); the page then re-renders.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, localeDirection, localeLabels, locales, type Locale } from "@/i18n/locales";
import { cn } from "@/lib/cn";
import { Select } from "@/ui/select";

export type LocaleSwitcherProps = {
  action: (locale: Locale) => Promise<void>;
  className?: string;
};

export function LocaleSwitcher({ action, className }: LocaleSwitcherProps) {
  const locale = useLocale();
  const t = useTranslations("common.language");
  const router = useRouter();
  const id = useId();
  const [pending, startTransition] = useTransition();
  // Shows the new choice at once while the page re-renders in that language.
  const [selected, setSelected] = useState<Locale>(locale);
  const [shownLocale, setShownLocale] = useState<Locale>(locale);
  if (shownLocale !== locale) {
    setShownLocale(locale);
    setSelected(locale);
  }

  return (
    <div className={cn("flex items-center gap-2", className)}>
      <label htmlFor={id} className="flex items-center gap-1.5 text-sm text-gray-600">
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4 shrink-0">
          <path
            fillRule="evenodd"
            d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16ZM4.5 9.25a5.52 5.52 0 0 1 3.07-4.37A11.5 11.5 0 0 0 6.78 9.25H4.5Zm0 1.5h2.28c.1 1.6.4 3.1.79 4.37a5.52 5.52 0 0 1-3.07-4.37Zm3.78 0c.13 1.77.52 3.28 1.02 4.29.26.53.5.83.7.96.2-.13.44-.43.7-.96.5-1.01.9-2.52 1.02-4.29H8.28Zm3.44-1.5H8.28c.13-1.77.52-3.28 1.02-4.29.26-.53.5-.83.7-.96.2.13.44.43.7.96.5 1.01.9 2.52 1.02 4.29Zm1.5 1.5h2.28a5.52 5.52 0 0 1-3.07 4.37c.39-1.27.69-2.77.79-4.37Zm2.28-1.5h-2.28a11.5 11.5 0 0 0-.79-4.37 5.52 5.52 0 0 1 3.07 4.37Z"
            clipRule="evenodd"
          />
        </svg>
        {t("label")}
      </label>
      <Select
        id={id}
        value={selected}
        aria-busy={pending || undefined}
        wrapperClassName="w-auto"
        className="h-9 w-auto"
        onChange={(event) => {
          const next = event.target.value;
          if (!isLocale(next) || next === selected) return;
          setSelected(next);
          startTransition(async () => {
            await action(next);
            router.refresh();
          });
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l} dir={localeDirection(l)}>
            {localeLabels[l]}
          </option>
        ))}
      </Select>
    </div>
  );
}
