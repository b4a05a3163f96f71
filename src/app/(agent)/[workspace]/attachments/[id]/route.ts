// An attachment for the signed-in member: see src/server/attachments/file-routes.ts.
import { handleAttachmentGet } from "@/server/attachments/file-routes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }): Promise<Response> {
  const { workspace, id } = await params;
  return handleAttachmentGet(request, workspace, id);
}
