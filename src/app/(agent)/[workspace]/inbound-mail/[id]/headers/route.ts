// The header block of an inbound mail as text, for "Show headers": see src/server/attachments/file-routes.ts.
import { handleRawHeadersGet } from "@/server/attachments/file-routes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }): Promise<Response> {
  const { workspace, id } = await params;
  return handleRawHeadersGet(workspace, id);
}
