// /<workspace>/help: the help center in the visitor's language (Accept-Language), else the
// workspace's default language.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { defaultLocale, isLocale, matchAcceptLanguage } from "@/i18n/config";
import { findHelpWorkspace } from "@/server/help-center/help-center-pages.queries";

type Props = { params: Promise<{ workspace: string }> };

export default async function HelpCenterEntry({ params }: Props) {
  const { workspace: slug } = await params;
  const workspace = await findHelpWorkspace(slug);
  if (!workspace) notFound();
  const locale = matchAcceptLanguage((await headers()).get("accept-language")) ?? (isLocale(workspace.defaultLocale) ? workspace.defaultLocale : defaultLocale);
  redirect(`/${workspace.slug}/help/${locale}`);
}
