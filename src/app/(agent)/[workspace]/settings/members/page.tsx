import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { listMembers } from "@/server/members/list-members";
import { listInvitations } from "@/server/members/list-invitations";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { Badge } from "@/ui/badge";
import { Avatar } from "@/ui/avatar";
import { InviteForm } from "./invite-form";
import { MemberActions } from "./member-actions";
import { revokeInvitationAction } from "@/server/members/member.actions";
import { ActionButton } from "../action-button";
import { AdminOnly } from "../admin-only";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.members");
  return { title: t("metaTitle") };
}

export default async function MembersPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [members, invitations, t, ta, format] = await Promise.all([
    listMembers(ctx),
    listInvitations(ctx),
    getTranslations("settings.members"),
    getTranslations("agent"),
    getFormatter(),
  ]);
  const slug = ctx.workspace.slug;
  const roles = (["ADMIN", "AGENT", "LIGHT_AGENT"] as const).map((r) => ({
    value: r,
    label: ta(`roles.${r}`),
    hint: ta(`roleHints.${r}`),
  }));

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description")} />

      <Card>
        <CardHeader title={t("count", { count: members.length })} level={2} />
        <ul className="divide-y divide-gray-100">
          {members.map((m) => (
            <li key={m.memberId} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:px-6">
              <div className="flex min-w-0 flex-1 items-center gap-3">
                <Avatar name={m.name} decorative />
                <div className="min-w-0">
                  <p className="flex items-center gap-2 font-medium text-gray-900">
                    <bdi className="min-w-0 truncate">{m.name}</bdi>
                    {m.isSelf && <Badge tone="brand">{t("you")}</Badge>}
                    {m.deactivatedAt && <Badge tone="neutral">{t("deactivated")}</Badge>}
                    {!m.deactivatedAt && m.awayAt && <Badge tone="warning">{t("away")}</Badge>}
                  </p>
                  <p className="truncate text-sm text-gray-600" dir="ltr">
                    {m.email}
                  </p>
                  <p className="text-xs text-gray-500">
                    {t("lastSignIn")}:{" "}
                    {m.lastSignInAt ? format.relativeTime(m.lastSignInAt) : t("never")}
                  </p>
                </div>
              </div>
              <MemberActions
                workspaceSlug={slug}
                member={{ memberId: m.memberId, name: m.name, role: m.role, deactivated: m.deactivatedAt !== null, isSelf: m.isSelf }}
                roles={roles}
              />
            </li>
          ))}
        </ul>
      </Card>

      <Card>
        <CardHeader title={t("invite.title")} description={t("invite.description")} level={2} />
        <CardBody>
          <InviteForm workspaceSlug={slug} roles={roles} />
        </CardBody>
      </Card>

      <Card>
        <CardHeader title={t("pending.title")} level={2} />
        {invitations.length === 0 ? (
          <CardBody>
            <p className="text-sm text-gray-600">{t("pending.empty")}</p>
          </CardBody>
        ) : (
          <ul className="divide-y divide-gray-100">
            {invitations.map((inv) => (
              <li key={inv.invitationId} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:px-6">
                <div className="min-w-0 flex-1">
                  <p className="truncate font-medium text-gray-900" dir="ltr">
                    {inv.email}
                  </p>
                  <p className="text-sm text-gray-600">
                    {ta(`roles.${inv.role}`)}
                    {inv.invitedByName && (
                      <>
                        <span aria-hidden="true"> · </span>
                        {t("pending.invitedBy")}: {inv.invitedByName}
                      </>
                    )}
                    <span aria-hidden="true"> · </span>
                    {t("pending.expires")}:{" "}
                    <time dateTime={inv.expiresAt.toISOString()}>
                      {format.dateTime(inv.expiresAt, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </p>
                </div>
                {inv.state === "expired" && <Badge tone="warning">{t("pending.expired")}</Badge>}
                <ActionButton
                  label={t("pending.revoke")}
                  ariaLabel={`${t("pending.revoke")}: ${inv.email}`}
                  confirm={{
                    title: t("pending.revokeTitle", { email: inv.email }),
                    description: t("pending.revokeEffect"),
                    confirmLabel: t("pending.revoke"),
                  }}
                  action={revokeInvitationAction.bind(null, slug, { invitationId: inv.invitationId })}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
