import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { SettingsNav } from "./settings-nav";

type Props = { children: ReactNode; params: Promise<{ workspace: string }> };

/**
 * Every member has their own account settings; the workspace's settings are for admins. An admin
 * page opened by someone else shows what they can reach instead (admin-only.tsx), and the use
 * cases check the role again on every action.
 */
export default async function SettingsLayout({ children, params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [t, ta, tw] = await Promise.all([getTranslations("settings"), getTranslations("agent"), getTranslations("workspaceSetup")]);
  const base = `/${ctx.workspace.slug}/settings`;
  const admin = hasRole(ctx.actor, "ADMIN")
    ? [
        { href: `${base}/workspace`, label: ta("nav.workspace") },
        { href: `${base}/branding`, label: t("branding.nav") },
        { href: `${base}/members`, label: ta("nav.members") },
        { href: `${base}/teams`, label: t("teams.nav") },
        { href: `${base}/mailboxes`, label: ta("nav.mailboxes") },
        { href: `${base}/business-hours`, label: t("businessHours.nav") },
        { href: `${base}/sla-policies`, label: t("slaPolicies.nav") },
        { href: `${base}/problem-areas`, label: tw("problemAreas.nav") },
        { href: `${base}/tags`, label: tw("tags.nav") },
        { href: `${base}/api-tokens`, label: ta("nav.apiTokens") },
        { href: `${base}/help-center`, label: ta("nav.helpCenterMeasures") },
        { href: `${base}/audit-log`, label: t("auditLog.nav") },
      ]
    : [];
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <SettingsNav label={t("nav")} title={t("title")} items={[{ href: `${base}/account`, label: t("account.nav") }, { href: `${base}/canned-replies`, label: t("cannedReplies.nav") }, ...admin]} />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
