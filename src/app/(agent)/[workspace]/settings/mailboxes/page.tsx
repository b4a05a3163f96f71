import type { Metadata } from "next";
import { isolate } from "@/lib/bidi";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listMailboxes } from "@/server/mailboxes/list-mailboxes";
import { deleteMailboxAction, updateMailboxAction } from "@/server/mailboxes/mailbox.actions";
import { CONNECTION_FAILURE_CODES } from "@/server/mailboxes/connection-failure";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { Badge } from "@/ui/badge";
import { buttonClasses } from "@/ui/button";
import { ActionButton } from "../action-button";
import { AdminOnly } from "../admin-only";
import { CopyField } from "../copy-field";
import { RotateSecretButton, TestConnectionButton } from "./mailbox-tools";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.mailboxes");
  return { title: t("title") };
}

const KNOWN_FAILURES = new Set<string>(CONNECTION_FAILURE_CODES);

/** The workspace's mailboxes: how mail comes in and goes out, whether it works, and what to fix. */
export default async function MailboxesPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [mailboxes, t, tc, format] = await Promise.all([
    listMailboxes(ctx),
    getTranslations("settings.mailboxes"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const slug = ctx.workspace.slug;
  const base = `/${slug}/settings/mailboxes`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href={`${base}/new`} className={buttonClasses({ size: "sm" })}>
            {t("add")}
          </Link>
        }
      />
      {mailboxes.length === 0 ? (
        <Card>
          <CardBody>
            <p className="text-sm text-gray-600">{t("empty")}</p>
          </CardBody>
        </Card>
      ) : (
        mailboxes.map((m) => (
          <Card key={m.id} role="region" aria-label={m.name}>
            <CardHeader
              level={2}
              title={
                <span className="flex flex-wrap items-center gap-2">
                  <bdi className="min-w-0 [overflow-wrap:anywhere]">{m.name}</bdi>
                  {m.isDefault && <Badge tone="brand">{t("default")}</Badge>}
                  <Badge tone={m.status.state === "ok" ? "success" : "danger"}>
                    <span className="sr-only">{t("status.label")}: </span>
                    {t(`status.${m.status.state}`)}
                  </Badge>
                </span>
              }
              description={
                <span dir="ltr" className="[overflow-wrap:anywhere]">
                  {m.address}
                </span>
              }
            />
            <CardBody className="flex flex-col gap-4">
              {m.status.state === "failing" && (
                <div role="note" className="rounded-md border border-danger-200 bg-danger-50 p-3 text-sm text-danger-800">
                  <p className="font-medium">{KNOWN_FAILURES.has(m.status.code) ? t(`failures.${m.status.code}`) : t("failures.connection_failed")}</p>
                  <p className="mt-1 [overflow-wrap:anywhere]">{t("serverSaid", { message: m.status.message })}</p>
                  <p className="mt-1">
                    {t("status.since", { time: format.dateTime(new Date(m.status.since), { dateStyle: "medium", timeStyle: "short" }) })}
                    {m.status.retryAt && (
                      <>
                        {" "}
                        {t("status.retry", { time: format.dateTime(new Date(m.status.retryAt), { timeStyle: "short" }) })}
                      </>
                    )}
                  </p>
                </div>
              )}
              <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
                <dt className="text-gray-500">{t("imap")}</dt>
                <dd className="[overflow-wrap:anywhere]">
                  {m.imap ? (
                    t("imapFrom", { server: isolate(`${m.imap.host}:${m.imap.port}`), folder: isolate(m.imap.folder) })
                  ) : (
                    <span className="text-gray-600">{t("noImap")}</span>
                  )}
                </dd>
                <dt className="text-gray-500">{t("smtp")}</dt>
                <dd className="[overflow-wrap:anywhere]">
                  {m.smtp ? t("smtpVia", { server: isolate(`${m.smtp.host}:${m.smtp.port}`) }) : <span className="text-warning-800">{t("noSmtp")}</span>}
                </dd>
                <dt className="text-gray-500">{t("autoAcknowledge")}</dt>
                <dd>{m.autoAcknowledge ? t("on") : t("off")}</dd>
              </dl>
              <div>
                <CopyField label={t("forwarding")} value={m.forwardingAddress} copyLabel={t("copy")} copiedLabel={t("copied")} />
                <p className="mt-1 text-sm text-gray-600">{t("forwardingHint", { address: isolate(m.address) })}</p>
              </div>
              <div className="flex flex-wrap items-start gap-2 border-t border-gray-100 pt-4">
                <Link href={`${base}/${m.id}`} className={buttonClasses({ variant: "secondary", size: "sm" })} aria-label={`${tc("actions.edit")}: ${m.name}`}>
                  {tc("actions.edit")}
                </Link>
                <TestConnectionButton workspaceSlug={slug} mailboxId={m.id} name={m.name} />
                {!m.isDefault && (
                  <ActionButton
                    label={t("makeDefault")}
                    ariaLabel={`${t("makeDefault")}: ${m.name}`}
                    action={updateMailboxAction.bind(null, slug, { mailboxId: m.id, isDefault: true })}
                  />
                )}
                <RotateSecretButton workspaceSlug={slug} mailboxId={m.id} name={m.name} />
                <ActionButton
                  label={tc("actions.delete")}
                  ariaLabel={`${tc("actions.delete")}: ${m.name}`}
                  confirm={{ title: t("delete.title", { name: m.name }), description: t("delete.effect"), confirmLabel: tc("actions.delete") }}
                  action={deleteMailboxAction.bind(null, slug, { mailboxId: m.id })}
                />
              </div>
            </CardBody>
          </Card>
        ))
      )}
      <p className="text-sm text-gray-600">{t("defaultHint")}</p>
    </div>
  );
}
