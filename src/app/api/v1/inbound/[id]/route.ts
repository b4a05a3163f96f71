// GET /api/v1/inbound/{id}: see src/server/api/inbound-endpoints.ts.
import { getInboundMailEndpoint } from "@/server/api/inbound-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getInboundMailEndpoint);
