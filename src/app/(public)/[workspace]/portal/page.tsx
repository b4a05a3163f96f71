// /<workspace>/portal: the customer portal in the visitor's language (Accept-Language), else the
// workspace's default language.
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { defaultLocale, isLocale, matchAcceptLanguage } from "@/i18n/config";
import { findPortalWorkspace } from "@/server/portal/portal.queries";

type Props = { params: Promise<{ workspace: string }> };

export default async function PortalEntry({ params }: Props) {
  const { workspace: slug } = await params;
  const workspace = await findPortalWorkspace(slug);
  if (!workspace) notFound();
  const locale = matchAcceptLanguage((await headers()).get("accept-language")) ?? (isLocale(workspace.defaultLocale) ? workspace.defaultLocale : defaultLocale);
  redirect(`/${workspace.slug}/portal/${locale}`);
}
