"use client";
// A ticket opened by hand for a phone call or a walk-in: who called (an existing customer, or a
// new one with at least an email), what they said (the first message, recorded as theirs), and
// the usual triage fields. On success the agent lands on the new ticket.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createTicketAction } from "@/server/tickets/ticket.actions";
import type { CustomerOption } from "@/server/customers/customer.queries";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Card } from "@/ui/card";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Textarea } from "@/ui/textarea";
import { translateFieldErrors } from "../field-errors";
import { CustomerPicker } from "./customer-picker";

type Option = { value: string; label: string };
type Select4 = "channel" | "priority" | "area" | "assignee";

export function NewTicketForm(props: { slug: string; defaultAssignee: string; options: Record<Select4, Option[]> }) {
  const t = useTranslations("tickets.newTicket");
  const tt = useTranslations("tickets");
  const tc = useTranslations("common");
  const router = useRouter();
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [customer, setCustomer] = useState<CustomerOption | null>(null);
  const [fields, setFields] = useState({ subject: "", text: "", email: "", name: "", phone: "" });
  const [selects, setSelects] = useState<Record<Select4, string>>({ channel: "PHONE", priority: "NORMAL", area: "", assignee: props.defaultAssignee });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const text = (key: keyof typeof fields) => ({
    value: fields[key],
    onChange: (e: { target: { value: string } }) => setFields((f) => ({ ...f, [key]: e.target.value })),
  });

  function submit() {
    const local: Record<string, string> = {};
    if (!fields.subject.trim()) local.subject = tt("fieldErrors.required");
    if (!fields.text.trim()) local["message.text"] = tt("fieldErrors.required");
    if (mode === "existing" && !customer) local["customer.customerId"] = t("customer.pickOne");
    if (mode === "new" && !fields.email.trim()) local["customer.email"] = tt("fieldErrors.required");
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length > 0) return;
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    startTransition(async () => {
      const result = await createTicketAction(props.slug, {
        subject: fields.subject,
        customer:
          mode === "existing" && customer
            ? { customerId: customer.id }
            : { email: fields.email, name: optional(fields.name), phone: optional(fields.phone) },
        channel: selects.channel as "PHONE" | "EMAIL" | "CHAT",
        message: { text: fields.text },
        priority: selects.priority as "LOW" | "NORMAL" | "HIGH" | "URGENT",
        area: optional(selects.area),
        assignee: optional(selects.assignee),
      });
      if (result.ok) return router.push(`/${props.slug}/tickets/${result.data.number}`);
      if (result.error.code === "VALIDATION") setErrors(translateFieldErrors(tt, result.error.fields));
      else setFormError(result.error.code === "FORBIDDEN" ? tc("errors.forbidden") : tc("errors.generic"));
    });
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="flex flex-col gap-6"
    >
      {Object.values(errors).some(Boolean) && (
        <Alert tone="danger" title={t("fixErrors")} />
      )}
      <Card className="flex flex-col gap-4 p-5">
        <fieldset className="flex flex-col gap-4">
          <legend className="text-base font-semibold text-gray-900">{t("customer.title")}</legend>
          <div role="radiogroup" aria-label={t("customer.title")} className="flex flex-wrap gap-4 text-sm">
            {(["existing", "new"] as const).map((m) => (
              <label key={m} className="flex items-center gap-2">
                <input type="radio" name="customer-mode" checked={mode === m} onChange={() => setMode(m)} />
                {t(`customer.${m}`)}
              </label>
            ))}
          </div>
          {mode === "existing" ? (
            <CustomerPicker slug={props.slug} value={customer} onChange={setCustomer} error={errors["customer.customerId"]} />
          ) : (
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label={t("customer.email")} error={errors["customer.email"]} required className="sm:col-span-2">
                {(c) => <Input {...c} type="email" dir="ltr" autoComplete="off" maxLength={254} {...text("email")} />}
              </Field>
              <Field label={t("customer.name")} error={errors["customer.name"]}>
                {(c) => <Input {...c} autoComplete="off" maxLength={120} {...text("name")} />}
              </Field>
              <Field label={t("customer.phone")} error={errors["customer.phone"]}>
                {(c) => <Input {...c} type="tel" dir="ltr" autoComplete="off" maxLength={40} {...text("phone")} />}
              </Field>
            </div>
          )}
        </fieldset>
      </Card>
      <Card className="flex flex-col gap-4 p-5">
        <Field label={t("subject")} error={errors.subject} required>
          {(c) => <Input {...c} maxLength={300} {...text("subject")} />}
        </Field>
        <Field label={t("message")} hint={t("messageHint")} error={errors["message.text"]} required>
          {(c) => <Textarea {...c} dir="auto" rows={6} {...text("text")} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          {(["channel", "priority", "area", "assignee"] as const).map((key) => (
            <Field key={key} label={t(`fields.${key}`)} error={errors[key]}>
              {(c) => (
                <Select {...c} value={selects[key]} onChange={(e) => setSelects((s) => ({ ...s, [key]: e.target.value }))}>
                  {props.options[key].map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          ))}
        </div>
      </Card>
      {formError && <Alert tone="danger">{formError}</Alert>}
      <div className="flex justify-end">
        <Button type="submit" loading={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
      </div>
    </form>
  );
}
