"use client";
// Adds or edits a mailbox: the shop's address, optional IMAP fetching and SMTP sending, and the
// automatic acknowledgement. Sends the API's shape (mailbox.schemas.ts) to the server actions,
// which validate it again; field errors come back keyed like `imap.host` and show on their field.
// Passwords are never shown: on an edit an empty password field keeps the saved one.
import { useRef, useState, useTransition, type ReactNode } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { isolate } from "@/lib/bidi";
import { cn } from "@/lib/cn";
import type { FieldIssue } from "@/server/errors";
import type { CreateMailboxInput, MailboxView, UpdateMailboxInput } from "@/server/mailboxes/mailbox.schemas";
import { createMailboxAction, updateMailboxAction } from "@/server/mailboxes/mailbox.actions";
import { Alert } from "@/ui/alert";
import { Button, buttonClasses } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Textarea } from "@/ui/textarea";
import { localeDirection, localeLabels, locales } from "@/i18n/locales";
import { CopyField } from "../copy-field";
import { fieldErrorMessage } from "../field-error";

type Security = "tls" | "starttls" | "none";
const SECURITIES: Security[] = ["tls", "starttls", "none"];
const DEFAULT_PORT = { imap: { tls: 993, starttls: 143, none: 143 }, smtp: { tls: 465, starttls: 587, none: 25 } } as const;

type Created = { name: string; forwardingAddress: string; inboundSecret: string; inboundUrl: string };

export function MailboxForm({ workspaceSlug, mailbox, appUrl }: { workspaceSlug: string; mailbox?: MailboxView; appUrl: string }) {
  const t = useTranslations("settings");
  const tm = useTranslations("settings.mailboxes.form");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [issues, setIssues] = useState<Record<string, FieldIssue>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [useImap, setUseImap] = useState(mailbox ? mailbox.imap !== null : false);
  const [useSmtp, setUseSmtp] = useState(mailbox ? mailbox.smtp !== null : false);
  const [imapSecurity, setImapSecurity] = useState<Security>(mailbox?.imap?.security ?? "tls");
  const [smtpSecurity, setSmtpSecurity] = useState<Security>(mailbox?.smtp?.security ?? "starttls");
  const [afterImport, setAfterImport] = useState(mailbox?.imap?.afterImport ?? "mark-seen");
  const [autoAcknowledge, setAutoAcknowledge] = useState(mailbox?.autoAcknowledge ?? false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const listHref = `/${workspaceSlug}/settings/mailboxes`;

  const err = (key: string) =>
    issues[key]?.code === "taken" ? t("mailboxes.form.addressTaken") : fieldErrorMessage(t, issues[key]);

  if (created) {
    return (
      <Alert tone="success" title={t("mailboxes.created.title", { name: created.name })}>
        <p className="mt-1 text-sm">{t("mailboxes.created.forwardingHint")}</p>
        <CopyField label={t("mailboxes.forwarding")} value={created.forwardingAddress} copyLabel={t("mailboxes.copy")} copiedLabel={t("mailboxes.copied")} />
        <p className="mt-3 text-sm">{t("mailboxes.created.secretHint")}</p>
        <CopyField label={t("mailboxes.created.inboundUrl")} value={created.inboundUrl} copyLabel={t("mailboxes.copy")} copiedLabel={t("mailboxes.copied")} />
        <CopyField label={t("mailboxes.created.secret")} value={created.inboundSecret} copyLabel={t("mailboxes.copy")} copiedLabel={t("mailboxes.copied")} />
        <Link href={listHref} className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "mt-4")}>
          {t("mailboxes.created.back")}
        </Link>
      </Alert>
    );
  }

  function read(data: FormData) {
    const str = (name: string) => String(data.get(name) ?? "").trim();
    const opt = (name: string) => str(name) || undefined;
    const port = (name: string) => (str(name) === "" ? undefined : Number(str(name)));
    const secret = (name: string) => String(data.get(name) ?? "") || undefined;
    const imap = useImap
      ? {
          host: str("imap.host"),
          port: port("imap.port"),
          security: imapSecurity,
          username: str("imap.username"),
          password: secret("imap.password"),
          folder: opt("imap.folder"),
          afterImport,
          ...(afterImport === "move" ? { moveTo: opt("imap.moveTo") } : {}),
        }
      : null;
    const smtp = useSmtp
      ? {
          host: str("smtp.host"),
          port: port("smtp.port"),
          security: smtpSecurity,
          username: opt("smtp.username"),
          password: secret("smtp.password"),
          fromName: opt("smtp.fromName"),
        }
      : null;
    // Per language: both fields filled is the shop's own text; both empty is the built-in one (null
    // on an edit, which removes a saved text); one of the two comes back as a field error.
    const templates = Object.fromEntries(
      locales.map((l) => {
        const [subject, body] = [String(data.get(`autoAcknowledgeTemplates.${l}.subject`) ?? "").trim(), String(data.get(`autoAcknowledgeTemplates.${l}.body`) ?? "").trim()];
        return [l, subject || body ? { subject, body } : null];
      }),
    );
    const autoAcknowledgeTemplates = autoAcknowledge ? (mailbox ? templates : Object.fromEntries(Object.entries(templates).filter(([, v]) => v))) : undefined;
    return { name: str("name"), address: str("address"), imap, smtp, autoAcknowledge, autoAcknowledgeTemplates };
  }

  function showErrors(next: Record<string, FieldIssue>, generic: string | null) {
    setIssues(next);
    setFormError(generic);
    // Focus the first field named in the errors, in the form's order, else the alert.
    const first = formRef.current && Array.from(formRef.current.elements).find((el) => "name" in el && typeof el.name === "string" && next[el.name]);
    if (first instanceof HTMLElement) first.focus();
    else if (generic) alertRef.current?.focus();
  }

  return (
    <form
      ref={formRef}
      method="post"
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        const input = read(new FormData(event.currentTarget));
        setSaved(false);
        startTransition(async () => {
          // Sent as typed: the actions check it with zod, and a port left empty (undefined here) or
          // not a number comes back as a field error like any other.
          const result = mailbox
            ? await updateMailboxAction(workspaceSlug, { mailboxId: mailbox.id, ...input } as UpdateMailboxInput)
            : await createMailboxAction(workspaceSlug, { ...input, imap: input.imap ?? undefined, smtp: input.smtp ?? undefined } as CreateMailboxInput);
          if (!result.ok) {
            const fields = result.error.fields ?? {};
            const known = Object.keys(fields).length > 0;
            showErrors(fields, known ? null : result.error.code === "FORBIDDEN" ? t("errors.forbidden") : tc("errors.generic"));
            return;
          }
          setIssues({});
          setFormError(null);
          if (mailbox) {
            setSaved(true);
            for (const el of formRef.current?.querySelectorAll<HTMLInputElement>("input[type=password]") ?? []) el.value = "";
            router.refresh();
            return;
          }
          const data = result.data as MailboxView & { inboundSecret: string };
          setCreated({
            name: data.name,
            forwardingAddress: data.forwardingAddress,
            inboundSecret: data.inboundSecret,
            inboundUrl: `${appUrl}/api/v1/mailboxes/${data.id}/inbound`,
          });
        });
      }}
    >
      {formError && (
        <Alert tone="danger" ref={alertRef} tabIndex={-1}>
          {formError}
        </Alert>
      )}
      {Object.keys(issues).length > 0 && !formError && <Alert tone="danger">{tm("fixErrors")}</Alert>}
      {saved && <Alert tone="success">{tm("saved")}</Alert>}

      <Section title={tm("general")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={tm("name")} hint={tm("nameHint")} error={err("name")} required>
            {(control) => <Input {...control} name="name" defaultValue={mailbox?.name} maxLength={120} autoComplete="off" />}
          </Field>
          <Field label={tm("address")} hint={tm("addressHint")} error={err("address")} required>
            {(control) => <Input {...control} name="address" type="email" dir="ltr" defaultValue={mailbox?.address} autoComplete="off" />}
          </Field>
        </div>
        <Checkbox checked={autoAcknowledge} onChange={(e) => setAutoAcknowledge(e.currentTarget.checked)} label={tm("autoAcknowledge")} description={tm("autoAcknowledgeHint")} />
        {autoAcknowledge && (
          <div className="flex flex-col gap-3">
            <p className="text-sm text-gray-600">{tm("templatesHint", { placeholders: isolate("{{ticketNumber}}, {{customerName}}, {{subject}}") })}</p>
            {locales.map((l) => {
              const saved = mailbox?.autoAcknowledgeTemplates?.[l];
              const key = `autoAcknowledgeTemplates.${l}`;
              const open = Boolean(saved) || Boolean(issues[`${key}.subject`] || issues[`${key}.body`]);
              return (
                <details key={l} open={open} className="rounded-md border border-gray-200 px-3 py-2">
                  <summary className="cursor-pointer text-sm font-medium text-gray-800">
                    <span lang={l}>{localeLabels[l]}</span>
                    <span className="text-gray-500"> · {saved ? tm("templateOwn") : tm("templateBuiltIn")}</span>
                  </summary>
                  <div className="mt-3 flex flex-col gap-3">
                    <Field label={tm("templateSubject")} error={err(`${key}.subject`)}>
                      {(control) => <Input {...control} name={`${key}.subject`} lang={l} dir={localeDirection(l)} defaultValue={saved?.subject ?? ""} maxLength={200} autoComplete="off" />}
                    </Field>
                    <Field label={tm("templateBody")} error={err(`${key}.body`)}>
                      {(control) => <Textarea {...control} name={`${key}.body`} lang={l} dir={localeDirection(l)} defaultValue={saved?.body ?? ""} rows={6} />}
                    </Field>
                  </div>
                </details>
              );
            })}
          </div>
        )}
      </Section>

      <Section title={tm("imapSection")} description={tm("imapDescription")}>
        <Checkbox checked={useImap} onChange={(e) => setUseImap(e.currentTarget.checked)} label={tm("imapEnable")} />
        {useImap && (
          <div className="grid gap-4 sm:grid-cols-2">
            <ServerFields
              kind="imap"
              security={imapSecurity}
              onSecurityChange={setImapSecurity}
              saved={mailbox?.imap ?? null}
              placeholder="imap.example.com"
              error={err}
            />
            <Field label={tm("username")} error={err("imap.username")} required>
              {(control) => <Input {...control} name="imap.username" dir="ltr" defaultValue={mailbox?.imap?.username} autoComplete="off" />}
            </Field>
            <Field label={tm("password")} hint={mailbox?.imap?.hasPassword ? tm("passwordKeep") : undefined} error={err("imap.password")} required={!mailbox?.imap?.hasPassword}>
              {(control) => <Input {...control} name="imap.password" type="password" autoComplete="new-password" />}
            </Field>
            <Field label={tm("folder")} hint={tm("folderHint")} error={err("imap.folder")}>
              {(control) => <Input {...control} name="imap.folder" dir="ltr" defaultValue={mailbox?.imap?.folder ?? "INBOX"} autoComplete="off" />}
            </Field>
            <Field label={tm("afterImport")} hint={tm("afterImportHint")}>
              {(control) => (
                <Select {...control} value={afterImport} onChange={(e) => setAfterImport(e.currentTarget.value as "mark-seen" | "move")}>
                  <option value="mark-seen">{tm("afterImportOptions.mark-seen")}</option>
                  <option value="move">{tm("afterImportOptions.move")}</option>
                </Select>
              )}
            </Field>
            {afterImport === "move" && (
              <Field label={tm("moveTo")} error={err("imap.moveTo")} required>
                {(control) => <Input {...control} name="imap.moveTo" dir="ltr" defaultValue={mailbox?.imap?.moveTo ?? ""} autoComplete="off" />}
              </Field>
            )}
          </div>
        )}
      </Section>

      <Section title={tm("smtpSection")} description={tm("smtpDescription")}>
        <Checkbox checked={useSmtp} onChange={(e) => setUseSmtp(e.currentTarget.checked)} label={tm("smtpEnable")} />
        {useSmtp && (
          <div className="grid gap-4 sm:grid-cols-2">
            <ServerFields
              kind="smtp"
              security={smtpSecurity}
              onSecurityChange={setSmtpSecurity}
              saved={mailbox?.smtp ?? null}
              placeholder="smtp.example.com"
              error={err}
            />
            <Field label={tm("username")} hint={tm("smtpUsernameHint")} error={err("smtp.username")}>
              {(control) => <Input {...control} name="smtp.username" dir="ltr" defaultValue={mailbox?.smtp?.username ?? ""} autoComplete="off" />}
            </Field>
            <Field label={tm("password")} hint={mailbox?.smtp?.hasPassword ? tm("passwordKeep") : undefined} error={err("smtp.password")}>
              {(control) => <Input {...control} name="smtp.password" type="password" autoComplete="new-password" />}
            </Field>
            <Field label={tm("fromName")} hint={tm("fromNameHint")} error={err("smtp.fromName")}>
              {(control) => <Input {...control} name="smtp.fromName" defaultValue={mailbox?.smtp?.fromName ?? ""} maxLength={120} autoComplete="off" />}
            </Field>
          </div>
        )}
      </Section>

      <div className="flex flex-wrap gap-3">
        <Button type="submit" loading={pending}>
          {pending ? tm("saving") : mailbox ? tm("submitSave") : tm("submitCreate")}
        </Button>
        <Link href={listHref} className={buttonClasses({ variant: "ghost" })}>
          {tc("actions.cancel")}
        </Link>
      </div>
    </form>
  );
}

/** Server, security and port of the IMAP or SMTP part; the port follows the security's usual one until saved. */
function ServerFields({
  kind,
  security,
  onSecurityChange,
  saved,
  placeholder,
  error,
}: {
  kind: "imap" | "smtp";
  security: Security;
  onSecurityChange: (s: Security) => void;
  saved: { host: string; port: number; security: Security } | null;
  placeholder: string;
  error: (key: string) => string | undefined;
}) {
  const tm = useTranslations("settings.mailboxes.form");
  return (
    <>
      <Field label={tm("host")} error={error(`${kind}.host`)} required>
        {(control) => <Input {...control} name={`${kind}.host`} dir="ltr" defaultValue={saved?.host} placeholder={placeholder} autoComplete="off" />}
      </Field>
      <div className="grid grid-cols-[minmax(0,1fr)_7rem] gap-3">
        <Field label={tm("security")}>
          {(control) => (
            <Select {...control} value={security} onChange={(e) => onSecurityChange(e.currentTarget.value as Security)}>
              {SECURITIES.map((s) => (
                <option key={s} value={s}>
                  {tm(`securityOptions.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label={tm("port")} error={error(`${kind}.port`)} required>
          {(control) => (
            <Input
              {...control}
              key={security}
              name={`${kind}.port`}
              inputMode="numeric"
              dir="ltr"
              defaultValue={saved && saved.security === security ? saved.port : DEFAULT_PORT[kind][security]}
            />
          )}
        </Field>
      </div>
    </>
  );
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-4 rounded-lg border border-gray-200 p-4 sm:p-5">
      <legend className="px-1 text-sm font-semibold text-gray-900">{title}</legend>
      {description && <p className="-mt-2 text-sm text-gray-600">{description}</p>}
      {children}
    </fieldset>
  );
}
