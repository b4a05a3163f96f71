// Suspended mail: messages from blocked senders and likely forgeries (src/server/mail/suspension.ts),
// kept out of the inbox until an agent recovers or deletes them.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listSuspendedMail } from "@/server/mail/suspended-mail";
import { deleteSuspendedMailAction, recoverSuspendedMailAction } from "@/server/mail/suspended-mail.actions";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody } from "@/ui/card";
import { EmptyState } from "@/ui/empty-state";
import { ActionButton } from "../settings/action-button";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox.suspended");
  return { title: t("title") };
}

export default async function SuspendedMailPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [t, tc, ts, format] = await Promise.all([getTranslations("inbox.suspended"), getTranslations("common"), getTranslations("settings"), getFormatter()]);
  const slug = ctx.workspace.slug;
  const back = (
    <Link href={`/${slug}/inbox`} className="text-sm font-medium text-brand-700 hover:underline">
      {ts("backToInbox")}
    </Link>
  );
  if (!hasRole(ctx.actor, "AGENT")) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} description={t("agentsOnly")} actions={back} />
      </div>
    );
  }
  const { items, total } = await listSuspendedMail(ctx);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} actions={back} />
      {items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Card>
          {total > items.length && <CardBody className="text-sm text-gray-600">{t("showing", { shown: items.length, total })}</CardBody>}
          <ul className="divide-y divide-gray-100">
            {items.map((m) => {
              const who = m.from ? (m.from.name ? `${m.from.name} <${m.from.address}>` : m.from.address) : t("unknownSender");
              return (
                <li key={m.id} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-start sm:px-6" aria-label={m.subject ?? who}>
                  <div className="min-w-0 flex-1 text-sm">
                    <p dir="auto" className="font-medium text-gray-900 [overflow-wrap:anywhere]">
                      {m.subject || t("noSubject")}
                    </p>
                    <p className="text-gray-700 [overflow-wrap:anywhere]">
                      <bdi>{who}</bdi>
                      <span aria-hidden="true"> → </span>
                      <span className="sr-only">{t("to")} </span>
                      <bdi>{m.mailbox}</bdi>
                    </p>
                    <p className="text-gray-600">
                      {t("reason")}: <bdi>{m.reason}</bdi>
                    </p>
                    <p className="text-xs text-gray-500">{format.dateTime(m.receivedAt, { dateStyle: "medium", timeStyle: "short" })}</p>
                  </div>
                  <div className="flex shrink-0 gap-2">
                    <ActionButton
                      label={t("recover")}
                      ariaLabel={`${t("recover")}: ${m.subject ?? who}`}
                      action={recoverSuspendedMailAction.bind(null, slug, { inboundMailId: m.id })}
                    />
                    <ActionButton
                      label={tc("actions.delete")}
                      ariaLabel={`${tc("actions.delete")}: ${m.subject ?? who}`}
                      confirm={{ title: t("deleteTitle"), description: t("deleteEffect"), confirmLabel: tc("actions.delete") }}
                      action={deleteSuspendedMailAction.bind(null, slug, { inboundMailId: m.id })}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        </Card>
      )}
    </div>
  );
}
