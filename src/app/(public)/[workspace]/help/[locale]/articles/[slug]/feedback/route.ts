// POST /<workspace>/help/<locale>/articles/<slug>/feedback: "Was this helpful?" on an article page
// (src/pages/[workspace]/help/[locale]/articles/[slug].tsx); see article-feedback-request.ts.
import type { NextRequest } from "next/server";
import { articleFeedbackResponse } from "@/server/help-center/article-feedback-request";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ workspace: string; locale: string; slug: string }> };

export async function POST(request: NextRequest, { params }: Params): Promise<Response> {
  const { workspace, locale, slug } = await params;
  let decoded: string;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    return new Response("Not found", { status: 404 });
  }
  return articleFeedbackResponse(request, { workspace, locale, slug: decoded });
}
