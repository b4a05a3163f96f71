"use client";
// Adds a problem area: a name in at least one language. On success the fields clear and focus
// returns to the first one, ready for the next area; on a refusal it goes to the field in error.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { locales, type Locale } from "@/i18n/locales";
import { createProblemAreaAction } from "@/server/problem-areas/problem-area.actions";
import type { FieldIssue } from "@/server/errors";
import { Button } from "@/ui/button";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";
import { AreaNamesFields, emptyNames } from "./area-names-fields";
import { namesIssues } from "./area-errors";

export function AddAreaForm({ slug, firstLocale }: { slug: string; firstLocale: Locale }) {
  const t = useTranslations("workspaceSetup.problemAreas");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [names, setNames] = useState(emptyNames);
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const inputs = useRef<Partial<Record<Locale, HTMLInputElement | null>>>({});

  return (
    <form
      method="post"
      noValidate
      aria-labelledby="add-area-title"
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        startTransition(async () => {
          const result = await createProblemAreaAction(slug, { names });
          if (result.ok) {
            setNames(emptyNames());
            setIssues({});
            setMessage({ tone: "ok", text: t("added") });
            inputs.current[firstLocale]?.focus();
            router.refresh();
            return;
          }
          const found = namesIssues(result.error.fields, firstLocale);
          setIssues(found);
          const first = [firstLocale, ...locales].find((l) => found[l]);
          setMessage({ tone: "error", text: first ? t("notSaved") : tc("errors.generic") });
          if (first) inputs.current[first]?.focus();
        });
      }}
    >
      <h2 id="add-area-title" className="text-base font-semibold text-gray-900">
        {t("addTitle")}
      </h2>
      <p className="text-sm text-gray-600">{t("addHint")}</p>
      <AreaNamesFields idPrefix="new-area" names={names} onChange={(l, v) => setNames((n) => ({ ...n, [l]: v }))} issues={issues} placeholders={{}} inputRefs={inputs} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("add")}
        </Button>
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
