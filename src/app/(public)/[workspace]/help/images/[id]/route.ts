// An image of the help center's articles: see src/server/help-center/article-image-file.ts.
import { handleArticleImageGet } from "@/server/help-center/article-image-file";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }): Promise<Response> {
  const { workspace, id } = await params;
  return handleArticleImageGet(workspace, id);
}
