// POST /api/v1/mailboxes/{id}/inbound: see src/server/api/inbound-endpoints.ts.
import { postInboundMailEndpoint } from "@/server/api/inbound-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = apiRoute(postInboundMailEndpoint);
