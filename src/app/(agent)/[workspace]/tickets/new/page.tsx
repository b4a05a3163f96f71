import type { Metadata } from "next";
import { isolate } from "@/lib/bidi";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { actorMemberId, hasRole } from "@/server/context";
import { getTicketFormOptions } from "@/server/tickets/ticket-form-options";
import { PageHeader } from "@/ui/page-header";
import { Alert } from "@/ui/alert";
import { areaLabel } from "@/lib/area-label";
import { NewTicketForm } from "./new-ticket-form";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets.newTicket");
  return { title: t("metaTitle") };
}

export default async function NewTicketPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [t, tt, locale] = await Promise.all([getTranslations("tickets.newTicket"), getTranslations("tickets"), getLocale()]);
  if (!hasRole(ctx.actor, "AGENT")) {
    return (
      <div className="flex flex-col gap-6">
        <PageHeader title={t("title")} />
        <Alert tone="warning">{t("lightAgent")}</Alert>
      </div>
    );
  }
  const options = await getTicketFormOptions(ctx);
  const me = actorMemberId(ctx.actor);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <NewTicketForm
        slug={ctx.workspace.slug}
        defaultAssignee={options.assignees.some((a) => a.memberId === me) ? (me ?? "") : ""}
        options={{
          channel: (["PHONE", "EMAIL", "CHAT"] as const).map((v) => ({ value: v, label: tt(`channel.${v}`) })),
          priority: (["LOW", "NORMAL", "HIGH", "URGENT"] as const).map((v) => ({ value: v, label: tt(`priority.${v}`) })),
          area: [{ value: "", label: tt("area.none") }, ...options.areas.map((a) => ({ value: a.key, label: isolate(areaLabel(tt, a, locale)) }))],
          assignee: [{ value: "", label: t("unassigned") }, ...options.assignees.map((a) => ({ value: a.memberId, label: isolate(a.name) }))],
        }}
      />
    </div>
  );
}
