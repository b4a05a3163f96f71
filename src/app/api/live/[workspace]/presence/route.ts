// An open ticket page reports its member's presence (viewing, writing, gone); see presence-response.ts.
import { handlePresencePost } from "@/server/presence/presence-response";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function POST(request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const { workspace } = await params;
  return handlePresencePost(request, workspace);
}
