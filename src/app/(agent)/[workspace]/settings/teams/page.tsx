import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listTeamMailboxChoices, listTeams } from "@/server/teams/team.queries";
import { listMembers } from "@/server/members/list-members";
import { getTicketFormOptions } from "@/server/tickets/ticket-form-options";
import { areaLabel } from "@/lib/area-label";
import { PageHeader } from "@/ui/page-header";
import { AdminOnly } from "../admin-only";
import { TeamList } from "./team-list";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.teams");
  return { title: t("metaTitle") };
}

/** Admins: the workspace's teams (issue 17), how each hands out tickets, and who is in it. */
export default async function TeamsPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [teams, members, options, mailboxes, t, tt, locale] = await Promise.all([
    listTeams(ctx),
    listMembers(ctx, { status: "active" }),
    getTicketFormOptions(ctx),
    listTeamMailboxChoices(ctx),
    getTranslations("settings.teams"),
    getTranslations("tickets"),
    getLocale(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />
      <TeamList
        slug={ctx.workspace.slug}
        teams={teams}
        members={members.filter((m) => m.role !== "LIGHT_AGENT").map((m) => ({ id: m.memberId, name: m.name || m.email, away: m.awayAt !== null }))}
        areas={options.areas.map((a) => ({ key: a.key, label: areaLabel(tt, a, locale) }))}
        mailboxes={mailboxes}
      />
    </div>
  );
}
