import { redirect } from "next/navigation";
import { requireMemberPage } from "@/server/auth/session";

type Props = { params: Promise<{ workspace: string }> };

export default async function WorkspaceHome({ params }: Props) {
  const { workspace } = await params;
  const ctx = await requireMemberPage(workspace);
  redirect(`/${ctx.workspace.slug}/inbox`);
}
