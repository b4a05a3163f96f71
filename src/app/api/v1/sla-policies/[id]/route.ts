// GET, PATCH and DELETE /api/v1/sla-policies/{id}: see src/server/api/sla-policy-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { deleteSlaPolicyEndpoint, getSlaPolicyEndpoint, updateSlaPolicyEndpoint } from "@/server/api/sla-policy-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getSlaPolicyEndpoint);
export const PATCH = apiRoute(updateSlaPolicyEndpoint);
export const DELETE = apiRoute(deleteSlaPolicyEndpoint);
