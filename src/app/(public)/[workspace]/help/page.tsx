// /<workspace>/help: the help center in the visitor's language (Accept-Language), else the
// workspace's default language.
import { notFound, redirect } from "next/navigation";
import { findHelpWorkspace } from "@/server/help-center/help-center-pages.queries";
import { visitorLocale } from "../visitor-locale";

type Props = { params: Promise<{ workspace: string }> };

export default async function HelpCenterEntry({ params }: Props) {
  const { workspace: slug } = await params;
  const workspace = await findHelpWorkspace(slug);
  if (!workspace) notFound();
  redirect(`/${workspace.slug}/help/${await visitorLocale(workspace)}`);
}
