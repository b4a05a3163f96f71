// GET /api/v1/customers: see src/server/api/customer-endpoints.ts.
import { listCustomersEndpoint } from "@/server/api/customer-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(listCustomersEndpoint);
