import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/area-label";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listInboxAreas } from "@/server/inbox/resolve-inbox-view";
import { listCalendars } from "@/server/sla/calendar.queries";
import { listSlaPolicies } from "@/server/sla/sla-policy.queries";
import { PageHeader } from "@/ui/page-header";
import { AdminOnly } from "../admin-only";
import { PolicyList } from "./policy-list";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.slaPolicies");
  return { title: t("metaTitle") };
}

/** Admins: the workspace's SLA policies (issue 17) in the order they are tried, edited in place. */
export default async function SlaPoliciesPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [policies, calendars, areas, t, tt, locale] = await Promise.all([
    listSlaPolicies(ctx),
    listCalendars(ctx),
    listInboxAreas(ctx),
    getTranslations("settings.slaPolicies"),
    getTranslations("tickets"),
    getLocale(),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <PolicyList
        slug={ctx.workspace.slug}
        locale={locale}
        policies={policies}
        calendars={calendars.map((c) => ({ id: c.id, name: c.name, default: c.default }))}
        areas={areas.map((a) => ({ key: a.key, label: areaLabel(tt, a, locale) }))}
      />
    </div>
  );
}
