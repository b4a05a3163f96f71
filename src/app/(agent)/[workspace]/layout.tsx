import type { ReactNode } from "react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listMyWorkspaces, requireMemberPage, requireUser } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { isSelfAway } from "@/server/members/set-member-away";
import { Wordmark } from "@/ui/wordmark";
import { WorkspaceSwitcher } from "./workspace-switcher";
import { UserMenu } from "./user-menu";
import { MainNav } from "./main-nav";
import { LiveUpdates } from "./live-updates";
import { ShortcutsHelp } from "./shortcuts/shortcuts-help";
import { GoToTicket } from "./shortcuts/go-to-ticket";
import { NotificationBell } from "./notification-bell";
import { getNotificationSummary } from "@/server/notifications/notification.queries";

type Props = { children: ReactNode; params: Promise<{ workspace: string }> };

export default async function WorkspaceLayout({ children, params }: Props) {
  const { workspace: slug } = await params;
  const ctx = await requireMemberPage(slug);
  const user = await requireUser();
  const [workspaces, away, t, tc] = await Promise.all([
    listMyWorkspaces(user.id),
    isSelfAway(ctx),
    getTranslations("agent"),
    getTranslations("common"),
  ]);
  const notifications = await getNotificationSummary(ctx);
  const isAdmin = hasRole(ctx.actor, "ADMIN");
  const base = `/${ctx.workspace.slug}`;

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="sticky top-0 z-30 border-b border-gray-200 bg-white">
        <div className="mx-auto flex min-h-14 max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 sm:px-6">
          <Link href={`${base}/inbox`} className="shrink-0 rounded-md" aria-label={tc("appName")}>
            <Wordmark />
          </Link>
          <WorkspaceSwitcher
            current={{ slug: ctx.workspace.slug, name: ctx.workspace.name }}
            workspaces={workspaces}
            label={t("workspaceSwitcher.label")}
          />
          <MainNav
            label={t("nav.label")}
            items={[
              { href: `${base}/inbox`, label: t("nav.inbox") },
              { href: `${base}/help-center`, label: t("nav.helpCenter") },
              ...(hasRole(ctx.actor, "AGENT") ? [{ href: `${base}/reports`, label: t("nav.reports") }] : []),
              // Everyone has their own account settings; admins land on the workspace's members.
              { href: isAdmin ? `${base}/settings/members` : `${base}/settings/account`, label: t("nav.settings") },
            ]}
          />
          <div className="ms-auto flex items-center gap-1">
            <NotificationBell slug={ctx.workspace.slug} unread={notifications.unread} items={notifications.latest} />
            <UserMenu
              name={user.name}
              slug={ctx.workspace.slug}
              away={away}
              labels={{
                menu: t("userMenu.label", { name: user.name }),
                signedInAs: t("userMenu.signedInAs", { email: user.email }),
                signOut: t("userMenu.signOut"),
                signOutEverywhere: t("userMenu.signOutEverywhere"),
                signOutEverywhereHint: t("userMenu.signOutEverywhereHint"),
                error: tc("errors.generic"),
                away: t("userMenu.away"),
                awayHint: t("userMenu.awayHint"),
                awayBadge: t("userMenu.awayBadge"),
              }}
            />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-3 py-6 sm:px-6">
        {children}
      </main>
      {/* A server component renders once per request: this request's time is what the stream needs. */}
      {/* eslint-disable-next-line react-hooks/purity */}
      <LiveUpdates workspace={ctx.workspace.slug} renderedAt={Date.now()} />
      <ShortcutsHelp />
      <GoToTicket slug={ctx.workspace.slug} />
    </div>
  );
}
