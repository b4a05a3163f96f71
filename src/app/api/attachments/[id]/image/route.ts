// A mail's inline image by a signed path: see src/server/attachments/file-routes.ts.
import { handleInlineImageGet } from "@/server/attachments/file-routes";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleInlineImageGet(request, id);
}
