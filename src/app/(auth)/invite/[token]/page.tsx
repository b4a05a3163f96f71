import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/server/auth/session";
import { findInvitation } from "@/server/members/invitation-page";
import { SignOutButton } from "@/app/sign-out-button";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { JoinInvitationButton } from "./join-invitation-button";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth.invitation");
  return { title: t("metaTitle") };
}

// Shows the same thing for every visitor who is not signed in, whether or not the invited
// address has an account: an existing account's owner signs in (and comes back here) to accept.
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [invitation, user, t, ta, tc] = await Promise.all([
    findInvitation(token),
    getSessionUser(),
    getTranslations("auth.invitation"),
    getTranslations("agent.roles"),
    getTranslations("common"),
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

  const here = `/invite/${token}`;
  return (
    <>
      <h1 className="text-xl font-semibold tracking-tight text-gray-900 sm:text-2xl">
        {t("title", { workspace: invitation.workspaceName })}
      </h1>
      <p className="mt-1.5 text-sm text-gray-600">{t("intro", { workspace: invitation.workspaceName })}</p>
      <p className="mt-2 text-sm text-gray-600">{t("role", { role: ta(invitation.role) })}</p>
      {user ? (
        user.email === invitation.email ? (
          <>
            <p className="mt-6 text-sm text-gray-700">
              {t("signedInAs", { email: invitation.email })}
            </p>
            <JoinInvitationButton token={token} workspaceSlug={invitation.workspaceSlug} className="mt-4" />
          </>
        ) : (
          <>
            <Alert tone="warning" className="mt-6">
              {t("otherAccount", { email: invitation.email, current: user.email })}
            </Alert>
            <SignOutButton label={tc("actions.signOut")} callbackUrl={here} fullWidth className="mt-4" />
          </>
        )
      ) : (
        <>
          <div className="mt-6 rounded-md border border-gray-200 bg-gray-50 p-4">
            <p className="text-sm text-gray-700">{t("haveAccount")}</p>
            <Link
              href={`/login?callbackUrl=${encodeURIComponent(here)}`}
              className={buttonClasses({ variant: "secondary", fullWidth: true }) + " mt-3"}
            >
              {t("signInToAccept")}
            </Link>
          </div>
          <h2 className="mt-8 text-base font-semibold text-gray-900">{t("newAccount")}</h2>
          <AcceptInvitationForm token={token} email={invitation.email} className="mt-4" />
        </>
      )}
    </>
  );
}
