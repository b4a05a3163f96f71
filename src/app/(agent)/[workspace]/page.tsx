import { redirect } from "next/navigation";
import { requireMemberPage } from "@/server/auth/session";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The workspace's address opens its inbox, with whatever view, filters and sort the link carried. */
export default async function WorkspaceHome({ params, searchParams }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const v of [value ?? []].flat()) query.append(key, v);
  const search = query.toString();
  redirect(`/${ctx.workspace.slug}/inbox${search ? `?${search}` : ""}`);
}
