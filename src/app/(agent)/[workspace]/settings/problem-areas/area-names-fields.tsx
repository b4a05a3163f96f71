"use client";
// One name field per language (each in its own language and direction), shared by the add and
// rename forms. Errors are linked to their field through Field's aria-describedby.
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { localeDirection, localeLabels, locales, type Locale } from "@/i18n/locales";
import type { FieldIssue } from "@/server/errors";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { areaNameError } from "./area-errors";

type Props = {
  idPrefix: string;
  names: Record<Locale, string>;
  onChange: (locale: Locale, value: string) => void;
  issues: Record<string, FieldIssue>;
  /** Fallbacks shown as placeholders: what readers of that language see with the field empty. */
  placeholders: Partial<Record<Locale, string>>;
  inputRefs: RefObject<Partial<Record<Locale, HTMLInputElement | null>>>;
};

export function AreaNamesFields({ idPrefix, names, onChange, issues, placeholders, inputRefs }: Props) {
  const t = useTranslations("workspaceSetup");
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {locales.map((l) => (
        <Field key={l} id={`${idPrefix}-${l}`} label={t("problemAreas.nameIn", { language: localeLabels[l] })} error={areaNameError(t, issues[l])}>
          {(control) => (
            <Input
              {...control}
              ref={(el) => {
                inputRefs.current[l] = el;
              }}
              name={`names.${l}`}
              lang={l}
              dir={localeDirection(l)}
              maxLength={80}
              value={names[l]}
              placeholder={placeholders[l]}
              onChange={(e) => onChange(l, e.currentTarget.value)}
            />
          )}
        </Field>
      ))}
    </div>
  );
}

export function emptyNames(): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, ""])) as Record<Locale, string>;
}
