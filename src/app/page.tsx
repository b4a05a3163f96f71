import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { listMyWorkspaces, requireUser } from "@/server/auth/session";
import { SignOutButton } from "./sign-out-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agent.noWorkspaces");
  return { title: t("metaTitle") };
}

/** The start page: the user's first workspace, or the sign-in page. */
export default async function Home() {
  const user = await requireUser();
  const workspaces = await listMyWorkspaces(user.id);
  const first = workspaces[0];
  if (first) redirect(`/${first.slug}/inbox`);
  const [t, tc] = await Promise.all([getTranslations("agent.noWorkspaces"), getTranslations("common")]);
  return (
    <main id="main" className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-16 text-center">
      <h1 className="text-xl font-semibold text-gray-900">{t("title")}</h1>
      <p className="text-gray-600">{t("description")}</p>
      <SignOutButton label={tc("actions.signOut")} />
    </main>
  );
}
