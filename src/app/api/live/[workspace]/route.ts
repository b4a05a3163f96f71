// Server-sent events with the ticket changes of one workspace, for its signed-in members.
import { openLiveResponse } from "@/server/live/live-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const { workspace } = await params;
  return openLiveResponse(request, workspace);
}
