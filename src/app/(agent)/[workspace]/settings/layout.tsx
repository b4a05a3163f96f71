import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { Alert } from "@/ui/alert";
import { SettingsNav } from "./settings-nav";

type Props = { children: ReactNode; params: Promise<{ workspace: string }> };

/** Settings are for admins; the use cases check the role again on every action. */
export default async function SettingsLayout({ children, params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [t, ta, tc] = await Promise.all([getTranslations("settings"), getTranslations("agent"), getTranslations("common")]);
  if (!hasRole(ctx.actor, "ADMIN")) {
    return <Alert tone="warning">{tc("errors.forbidden")}</Alert>;
  }
  const base = `/${ctx.workspace.slug}/settings`;
  return (
    <div className="grid gap-6 md:grid-cols-[12rem_minmax(0,1fr)]">
      <SettingsNav
        label={t("nav")}
        title={t("title")}
        items={[
          { href: `${base}/workspace`, label: ta("nav.workspace") },
          { href: `${base}/members`, label: ta("nav.members") },
          { href: `${base}/api-tokens`, label: ta("nav.apiTokens") },
        ]}
      />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
