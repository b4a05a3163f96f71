// GET /api/v1/sla-policies (list) and POST /api/v1/sla-policies (create): see src/server/api/sla-policy-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { createSlaPolicyEndpoint, listSlaPoliciesEndpoint } from "@/server/api/sla-policy-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(listSlaPoliciesEndpoint);
export const POST = apiRoute(createSlaPolicyEndpoint);
