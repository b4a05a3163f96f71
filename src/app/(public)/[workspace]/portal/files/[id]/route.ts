// GET /<workspace>/portal/files/<id>: a file of a message the signed-in customer sees on one of
// their tickets (never a note's), as a download with the safe headers of every file we hand out.
import { handlePortalFileGet } from "@/server/portal/portal-files";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }): Promise<Response> {
  const { workspace, id } = await params;
  return handlePortalFileGet(workspace, id);
}
