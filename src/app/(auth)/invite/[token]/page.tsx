import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { findInvitation } from "@/server/members/invitation-page";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button";
import { AcceptInvitationForm } from "./accept-invitation-form";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invitation");
  return { title: t("metaTitle") };
}

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [invitation, t, ta] = await Promise.all([
    findInvitation(token),
    getTranslations("auth.invitation"),
    getTranslations("agent.roles"),
  ]);

  if (!invitation || invitation.state !== "valid") {
    const message =
      invitation?.state === "expired" ? t("expired") : invitation?.state === "used" ? t("used") : t("invalid");
    return (
      <>
        <h1 className="text-xl font-semibold tracking-tight text-gray-900 sm:text-2xl">{t("metaTitle")}</h1>
        <Alert tone="warning" className="mt-6">
          {message}
        </Alert>
        <Link href="/login" className={buttonClasses({ variant: "secondary", fullWidth: true }) + " mt-6"}>
          {t("signIn")}
        </Link>
      </>
    );
  }

  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-gray-900 sm:text-2xl">
        {t("title", { workspace: invitation.workspaceName })}
      </h1>
      <p className="mt-1.5 text-sm text-gray-600">
        {invitation.hasAccount
          ? t("existingAccount", { email: invitation.email, workspace: invitation.workspaceName })
          : t("intro", { workspace: invitation.workspaceName })}
      </p>
      <p className="mt-2 text-sm text-gray-600">{t("role", { role: ta(invitation.role) })}</p>
      <AcceptInvitationForm token={token} email={invitation.email} hasAccount={invitation.hasAccount} className="mt-6" />
    </>
  );
}
