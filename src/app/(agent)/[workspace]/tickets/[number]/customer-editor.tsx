"use client";
// The customer card's details, editable in place by agents: name, email, phone and language.
// Cancel throws the draft away and shows the saved values again.
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { updateCustomerAction } from "@/server/customers/customer.actions";
import { localeLabels, locales, isLocale } from "@/i18n/locales";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { translateFieldErrors } from "../field-errors";

type Customer = { id: string; name: string | null; email: string; phone: string | null; locale: string | null };
type Draft = { name: string; email: string; phone: string; locale: string };

const toDraft = (c: Customer): Draft => ({ name: c.name ?? "", email: c.email, phone: c.phone ?? "", locale: c.locale ?? "" });

export function CustomerEditor(props: { slug: string; customer: Customer; canEdit: boolean }) {
  const t = useTranslations("tickets.ticket");
  const tt = useTranslations("tickets");
  const tc = useTranslations("common");
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => toDraft(props.customer));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const editButton = useRef<HTMLButtonElement>(null);
  const c = props.customer;
  const name = c.name ?? c.email;

  function close() {
    setEditing(false);
    setErrors({});
    setFormError(null);
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function save() {
    setSaved(null);
    startTransition(async () => {
      const result = await updateCustomerAction(props.slug, { customerId: c.id, ...draft });
      if (result.ok) {
        setSaved(t("customerEditor.saved"));
        return close();
      }
      if (result.error.code === "VALIDATION") {
        setErrors(translateFieldErrors(tt, result.error.fields));
        setFormError(null);
      } else setFormError(result.error.code === "FORBIDDEN" ? tc("errors.forbidden") : tc("errors.generic"));
    });
  }

  const set = (key: keyof Draft) => (e: { target: { value: string } }) => {
    setDraft((d) => ({ ...d, [key]: e.target.value }));
    if (errors[key]) setErrors((x) => ({ ...x, [key]: "" }));
  };

  if (!editing) {
    return (
      <div>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
          <dt className="sr-only">{t("customerEditor.name")}</dt>
          <dd className="col-span-2 font-medium text-gray-900">
            <bdi>{name}</bdi>
          </dd>
          <dt className="text-gray-500">{t("email")}</dt>
          <dd className="truncate" dir="ltr">
            {c.email}
          </dd>
          {c.phone && (
            <>
              <dt className="text-gray-500">{t("phone")}</dt>
              <dd dir="ltr" className="text-start">{c.phone}</dd>
            </>
          )}
          {c.locale && (
            <>
              <dt className="text-gray-500">{t("language")}</dt>
              <dd>{isLocale(c.locale) ? localeLabels[c.locale] : c.locale}</dd>
            </>
          )}
        </dl>
        {props.canEdit && (
          <Button
            ref={editButton}
            size="sm"
            variant="ghost"
            className="mt-2 -ms-3"
            aria-label={t("customerEditor.edit", { name })}
            onClick={() => {
              setDraft(toDraft(c));
              setEditing(true);
            }}
          >
            {tc("actions.edit")}
          </Button>
        )}
        <p role="status" className="sr-only">
          {saved}
        </p>
      </div>
    );
  }

  return (
    <form
      aria-label={t("customerEditor.title")}
      className="flex flex-col gap-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") close();
      }}
    >
      <Field label={t("customerEditor.name")} error={errors.name}>
        {(control) => <Input {...control} value={draft.name} onChange={set("name")} maxLength={120} autoComplete="off" autoFocus />}
      </Field>
      <Field label={t("email")} error={errors.email} required>
        {(control) => <Input {...control} type="email" dir="ltr" value={draft.email} onChange={set("email")} maxLength={254} autoComplete="off" />}
      </Field>
      <Field label={t("phone")} error={errors.phone}>
        {(control) => <Input {...control} type="tel" dir="ltr" value={draft.phone} onChange={set("phone")} maxLength={40} autoComplete="off" />}
      </Field>
      <Field label={t("language")} error={errors.locale}>
        {(control) => (
          <Select {...control} value={draft.locale} onChange={set("locale")}>
            <option value="">{t("customerEditor.noLanguage")}</option>
            {locales.map((l) => (
              <option key={l} value={l}>
                {localeLabels[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      {formError && (
        <p role="alert" className="text-sm text-danger-700">
          {formError}
        </p>
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button variant="secondary" size="sm" onClick={close}>
          {tc("actions.cancel")}
        </Button>
        <Button type="submit" size="sm" loading={pending}>
          {tc("actions.save")}
        </Button>
      </div>
    </form>
  );
}
