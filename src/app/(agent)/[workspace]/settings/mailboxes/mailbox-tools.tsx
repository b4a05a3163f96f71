"use client";
// The buttons of one mailbox in the list: Test connection (shows what each server answered, in
// the admin's language) and New inbound secret (shows the new secret once).
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ConnectionTestResult, ConnectionCheck } from "@/server/mailboxes/test-mailbox-connection";
import { rotateInboundSecretAction, testMailboxConnectionAction } from "@/server/mailboxes/mailbox.actions";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { CopyField } from "../copy-field";

export function TestConnectionButton({ workspaceSlug, mailboxId, name }: { workspaceSlug: string; mailboxId: string; name: string }) {
  const t = useTranslations("settings.mailboxes");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const [failed, setFailed] = useState(false);

  const line = (server: "imap" | "smtp", check: ConnectionCheck) =>
    check.ok ? t(`test.${server}Ok`) : `${t(`test.${server}Failed`, { reason: t(`failures.${check.code}`) })} ${t("serverSaid", { message: check.message })}`;
  const allOk = result && [result.imap, result.smtp].every((c) => c === null || c.ok);

  return (
    <div className="flex flex-col gap-2">
      <Button
        variant="secondary"
        size="sm"
        loading={pending}
        aria-label={`${t("test.button")}: ${name}`}
        onClick={() =>
          startTransition(async () => {
            setResult(null);
            const res = await testMailboxConnectionAction(workspaceSlug, { mailboxId });
            setFailed(!res.ok);
            if (res.ok) setResult(res.data);
          })
        }
      >
        {pending ? t("test.testing") : t("test.button")}
      </Button>
      {failed && <Alert tone="danger">{tc("errors.generic")}</Alert>}
      {result && (
        <Alert tone={allOk ? "success" : "danger"} role="status">
          {result.imap === null && result.smtp === null ? (
            t("test.nothing")
          ) : (
            <ul className="flex flex-col gap-1">
              {result.imap && <li>{line("imap", result.imap)}</li>}
              {result.smtp && <li>{line("smtp", result.smtp)}</li>}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}

export function RotateSecretButton({ workspaceSlug, mailboxId, name }: { workspaceSlug: string; mailboxId: string; name: string }) {
  const t = useTranslations("settings");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [asking, setAsking] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <Button variant="ghost" size="sm" aria-haspopup="dialog" aria-label={`${t("mailboxes.rotate.button")}: ${name}`} onClick={() => setAsking(true)}>
        {t("mailboxes.rotate.button")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("mailboxes.rotate.title", { name })}
        description={t("mailboxes.rotate.effect")}
        confirmLabel={t("mailboxes.rotate.button")}
        cancelLabel={tc("actions.cancel")}
        tone="danger"
        pending={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          startTransition(async () => {
            const res = await rotateInboundSecretAction(workspaceSlug, { mailboxId });
            setAsking(false);
            setFailed(!res.ok);
            setSecret(res.ok ? res.data.inboundSecret : null);
          })
        }
      />
      {failed && <Alert tone="danger">{tc("errors.generic")}</Alert>}
      {secret && (
        <Alert tone="success" title={t("mailboxes.rotate.done", { name })}>
          <CopyField label={t("mailboxes.created.secret")} value={secret} copyLabel={t("mailboxes.copy")} copiedLabel={t("mailboxes.copied")} />
        </Alert>
      )}
    </div>
  );
}
