"use client";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { inviteMemberAction } from "@/server/members/member.actions";
import type { ActionError } from "@/server/action";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Button } from "@/ui/button";
import { Alert } from "@/ui/alert";
import { CopyField } from "../copy-field";
import { fieldErrorMessage } from "../field-error";

type Role = { value: "ADMIN" | "AGENT" | "LIGHT_AGENT"; label: string; hint: string };

export function InviteForm({ workspaceSlug, roles }: { workspaceSlug: string; roles: Role[] }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [created, setCreated] = useState<{ email: string; url: string } | null>(null);
  const [role, setRole] = useState<Role["value"]>("AGENT");
  const formRef = useRef<HTMLFormElement>(null);

  return (
    <div className="flex flex-col gap-4">
      {created && (
        <Alert tone="success" title={t("members.invite.created", { email: created.email })}>
          <CopyField label={t("members.invite.link")} value={created.url} copyLabel={t("members.invite.copy")} copiedLabel={t("members.invite.copied")} />
        </Alert>
      )}
      {error && !error.fields && (
        <Alert tone="danger">
          {error.code === "FORBIDDEN" ? t("errors.forbidden") : tc("errors.generic")}
          {error.requestId && <span className="block text-xs">{tc("errors.requestId", { id: error.requestId })}</span>}
        </Alert>
      )}
      <form
        method="post"
        ref={formRef}
        noValidate
        className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const email = String(data.get("email") ?? "");
          setError(null);
          startTransition(async () => {
            const result = await inviteMemberAction(workspaceSlug, { email, role });
            if (result.ok) {
              setCreated({ email: email.trim().toLowerCase(), url: result.data.url });
              formRef.current?.reset();
            } else {
              setCreated(null);
              setError(result.error);
            }
          });
        }}
      >
        <Field label={t("members.invite.email")} error={fieldErrorMessage(t, error?.fields?.email)} required>
          {(control) => <Input {...control} name="email" type="email" autoComplete="off" dir="ltr" />}
        </Field>
        <Field label={t("members.invite.role")} hint={roles.find((r) => r.value === role)?.hint}>
          {(control) => (
            <Select {...control} name="role" value={role} onChange={(e) => setRole(e.target.value as Role["value"])}>
              {roles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Button type="submit" loading={pending} className="sm:mt-7">
          {pending ? t("members.invite.submitting") : t("members.invite.submit")}
        </Button>
      </form>
    </div>
  );
}
