// GET /api/v1/customers/{id}: see src/server/api/customer-endpoints.ts.
import { getCustomerEndpoint } from "@/server/api/customer-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getCustomerEndpoint);
