import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listCannedReplies } from "@/server/canned-replies/list-canned-replies";
import type { CannedReplySummary } from "@/server/canned-replies/canned-reply.schemas";
import { isLocale } from "@/i18n/locales";
import { PLACEHOLDERS } from "@/lib/canned-placeholders";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { CannedReplyForm } from "./canned-reply-form";
import { CannedReplyItem } from "./canned-reply-item";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.cannedReplies");
  return { title: t("metaTitle") };
}

const PLACEHOLDER_KEYS = { "customer.name": "customerName", "ticket.number": "ticketNumber", "agent.name": "agentName", "order.number": "orderNumber" } as const;

/**
 * Every member sees the shared replies and their own. Admins manage the shared ones, agents and
 * admins their personal ones; light agents only read them here (and insert them in tickets).
 */
export default async function CannedRepliesPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [replies, t, locale] = await Promise.all([listCannedReplies(ctx), getTranslations("settings.cannedReplies"), getLocale()]);
  const slug = ctx.workspace.slug;
  const canShare = hasRole(ctx.actor, "ADMIN");
  const canKeepPersonal = ctx.actor.type === "member" && hasRole(ctx.actor, "AGENT");
  const firstLocale = isLocale(locale) ? locale : "en";
  const folders = [...new Set(replies.map((r) => r.folder).filter(Boolean))].sort((a, b) => a.localeCompare(b, locale));
  const byFolder = new Map<string, CannedReplySummary[]>();
  for (const r of replies) byFolder.set(r.folder, [...(byFolder.get(r.folder) ?? []), r]);
  const groups = [...byFolder.entries()].sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b, locale)));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <Card>
        <CardHeader title={t("placeholders.title")} description={t("placeholders.description")} level={2} />
        <CardBody>
          <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
            {PLACEHOLDERS.map((p) => (
              <div key={p} className="contents">
                <dt>
                  <code dir="ltr" className="rounded bg-gray-100 px-1.5 py-0.5 text-gray-900">{`{{${p}}}`}</code>
                </dt>
                <dd className="text-gray-700">{t(`placeholders.${PLACEHOLDER_KEYS[p]}`)}</dd>
              </div>
            ))}
          </dl>
        </CardBody>
      </Card>
      {canShare || canKeepPersonal ? (
        <Card>
          <CardHeader title={t("newTitle")} description={canShare ? t("newHintAdmin") : t("newHintAgent")} level={2} />
          <CardBody>
            <CannedReplyForm slug={slug} canShare={canShare} canKeepPersonal={canKeepPersonal} folders={folders} firstLocale={firstLocale} />
          </CardBody>
        </Card>
      ) : (
        <p className="text-sm text-gray-600">{t("readOnlyHint")}</p>
      )}
      <Card>
        <CardHeader title={t("list.title")} level={2} />
        {replies.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("list.empty")}</p>
          </CardBody>
        ) : (
          <div className="divide-y divide-gray-200">
            {groups.map(([folder, list], i) => (
              <section key={folder} aria-labelledby={`canned-folder-${i}`}>
                <h3 id={`canned-folder-${i}`} dir="auto" className="bg-gray-50 px-4 py-2 text-sm font-semibold text-gray-700 sm:px-6">
                  {folder || t("list.noFolder")}
                  <span className="font-normal text-gray-500"> ({list.length})</span>
                </h3>
                <ul className="divide-y divide-gray-100">
                  {list.map((r) => (
                    <CannedReplyItem key={r.id} slug={slug} reply={r} folders={folders} firstLocale={firstLocale} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
