// /<workspace>/contact: the contact form in the visitor's language (Accept-Language), else the
// workspace's default language; `?embed=1` is kept for the embedded form.
import { notFound, redirect } from "next/navigation";
import { findPublicWorkspace } from "@/server/help-center/help-center-pages.queries";
import { visitorLocale } from "../visitor-locale";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ContactEntry({ params, searchParams }: Props) {
  const [{ workspace: slug }, query] = await Promise.all([params, searchParams]);
  const workspace = await findPublicWorkspace(slug);
  if (!workspace) notFound();
  redirect(`/${workspace.slug}/contact/${await visitorLocale(workspace)}${query.embed === "1" ? "?embed=1" : ""}`);
}
