// GET /api/v1/attachments/{id}: see src/server/api/attachment-endpoints.ts.
import { getAttachmentEndpoint } from "@/server/api/attachment-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getAttachmentEndpoint);
