// The help center's search box: a plain GET form, so it works without JavaScript.
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/ui/button";
import { Input } from "@/ui/input";

export function HelpSearchForm({ action, query, large = false }: { action: string; query?: string; large?: boolean }) {
  const t = useTranslations("help");
  return (
    <form action={action} method="get" role="search" className="flex w-full gap-2">
      <label htmlFor={large ? "help-search-large" : "help-search"} className="sr-only">
        {t("searchLabel")}
      </label>
      <Input
        id={large ? "help-search-large" : "help-search"}
        type="search"
        name="q"
        defaultValue={query}
        placeholder={t("searchPlaceholder")}
        maxLength={200}
        className={large ? "h-12 text-base" : undefined}
      />
      <button type="submit" className={buttonClasses({ variant: "primary", size: large ? "lg" : "md" })}>
        {t("searchButton")}
      </button>
    </form>
  );
}
