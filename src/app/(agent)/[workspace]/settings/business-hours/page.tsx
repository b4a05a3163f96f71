import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listCalendars } from "@/server/sla/calendar.queries";
import { PageHeader } from "@/ui/page-header";
import { AdminOnly } from "../admin-only";
import { CalendarList } from "./calendar-list";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.businessHours");
  return { title: t("metaTitle") };
}

/** The zones this server knows (the schema checks the same list), the calendars' own kept even if not. */
function timeZoneChoices(extra: string[]): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...known, "UTC", ...extra])].sort();
}

/** Admins: the workspace's business calendars (issue 17), created, edited and deleted in place. */
export default async function BusinessHoursPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [calendars, t, locale] = await Promise.all([listCalendars(ctx), getTranslations("settings.businessHours"), getLocale()]);

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <CalendarList
        slug={ctx.workspace.slug}
        locale={locale}
        calendars={calendars}
        workspaceTimeZone={ctx.workspace.timeZone}
        timeZones={timeZoneChoices([ctx.workspace.timeZone, ...calendars.map((c) => c.timeZone)])}
      />
    </div>
  );
}
