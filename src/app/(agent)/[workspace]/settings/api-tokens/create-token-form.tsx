"use client";
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { createApiTokenAction } from "@/server/api-tokens/api-token.actions";
import type { ActionError } from "@/server/action";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Button } from "@/ui/button";
import { Alert } from "@/ui/alert";
import { CopyField } from "../copy-field";
import { fieldErrorMessage } from "../field-error";

/**
 * `activeTokenIds`: the workspace's tokens as the page lists them. The new token's value stays on
 * screen only while that token is among them: once revoked (here or by another admin), the banner
 * with its full value goes.
 */
export function CreateTokenForm({ workspaceSlug, activeTokenIds }: { workspaceSlug: string; activeTokenIds: string[] }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [created, setCreated] = useState<{ tokenId: string; name: string; token: string } | null>(null);
  const shown = created && activeTokenIds.includes(created.tokenId) ? created : null;
  const formRef = useRef<HTMLFormElement>(null);

  const nameError =
    error?.code === "CONFLICT" ? t("errors.taken") : fieldErrorMessage(t, error?.fields?.name);

  return (
    <div className="flex flex-col gap-4">
      {shown && (
        <Alert tone="success" title={t("tokens.create.created", { name: shown.name })}>
          <CopyField
            label={t("tokens.create.token")}
            value={shown.token}
            copyLabel={t("tokens.create.copy")}
            copiedLabel={t("tokens.create.copied")}
          />
        </Alert>
      )}
      {error && !nameError && <Alert tone="danger">{tc("errors.generic")}</Alert>}
      <form
        method="post"
        ref={formRef}
        noValidate
        className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const name = String(form.get("name") ?? "");
          const role = String(form.get("role") ?? "AGENT");
          setError(null);
          startTransition(async () => {
            const result = await createApiTokenAction(workspaceSlug, { name, role });
            if (result.ok) {
              setCreated({ tokenId: result.data.tokenId, name: result.data.name, token: result.data.token });
              formRef.current?.reset();
            } else {
              setCreated(null);
              setError(result.error);
            }
          });
        }}
      >
        <Field label={t("tokens.create.name")} hint={t("tokens.create.nameHint")} error={nameError} required>
          {(control) => <Input {...control} name="name" autoComplete="off" maxLength={80} />}
        </Field>
        <Field label={t("tokens.create.role")} hint={t("tokens.create.roleHint")}>
          {(control) => (
            <Select {...control} name="role" defaultValue="AGENT">
              <option value="AGENT">{t("tokens.roles.AGENT")}</option>
              <option value="ADMIN">{t("tokens.roles.ADMIN")}</option>
            </Select>
          )}
        </Field>
        <Button type="submit" loading={pending} className="sm:mt-7">
          {pending ? t("tokens.create.submitting") : t("tokens.create.submit")}
        </Button>
      </form>
    </div>
  );
}
