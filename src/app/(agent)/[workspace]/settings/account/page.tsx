import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMemberPage, requireUser } from "@/server/auth/session";
import { setLocaleAction } from "@/server/users/locale.actions";
import { PageHeader } from "@/ui/page-header";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { LocaleSwitcher } from "@/ui/locale-switcher";
import { SignOutButton, SignOutEverywhereButton } from "@/app/sign-out-button";
import { ChangePasswordForm } from "./change-password-form";

type Props = { params: Promise<{ workspace: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.account");
  return { title: t("title") };
}

/** Every member's own settings: who they are here, their language, their password, signing out. */
export default async function AccountSettingsPage({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const [user, t, ta, tc] = await Promise.all([requireUser(), getTranslations("settings"), getTranslations("agent"), getTranslations("common")]);
  const role = ctx.actor.type === "member" ? ctx.actor.role : null;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t("account.title")}
        description={t("account.description", { workspace: ctx.workspace.name })}
        actions={
          <Link href={`/${ctx.workspace.slug}/inbox`} className="text-sm font-medium text-brand-700 hover:underline">
            {t("backToInbox")}
          </Link>
        }
      />
      <Card>
        <CardHeader title={t("account.profile")} level={2} />
        <CardBody>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
            <dt className="text-gray-500">{t("account.name")}</dt>
            <dd dir="auto" className="[overflow-wrap:anywhere]">{user.name}</dd>
            <dt className="text-gray-500">{t("account.email")}</dt>
            <dd dir="ltr" className="text-start [overflow-wrap:anywhere]">{user.email}</dd>
            {role && (
              <>
                <dt className="text-gray-500">{t("account.role")}</dt>
                <dd>
                  <span>{ta(`roles.${role}`)}</span>
                  <span className="block text-xs text-gray-500">{ta(`roleHints.${role}`)}</span>
                </dd>
              </>
            )}
          </dl>
          <p className="mt-3 text-sm text-gray-600">{t("account.roleNote")}</p>
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("account.password.heading")} description={t("account.password.description")} level={2} />
        <CardBody>
          <ChangePasswordForm />
        </CardBody>
      </Card>
      <Card>
        <CardHeader title={t("account.preferences")} level={2} />
        <CardBody className="flex flex-col gap-4">
          <LocaleSwitcher action={setLocaleAction} className="max-w-xs" />
          <div className="flex max-w-xs flex-col gap-3">
            <SignOutButton label={ta("userMenu.signOut")} fullWidth />
            <SignOutEverywhereButton
              label={ta("userMenu.signOutEverywhere")}
              hint={ta("userMenu.signOutEverywhereHint")}
              errorMessage={tc("errors.generic")}
            />
          </div>
        </CardBody>
      </Card>
    </div>
  );
}
