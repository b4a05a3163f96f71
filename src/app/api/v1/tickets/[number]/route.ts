// GET and PATCH /api/v1/tickets/{number}: see src/server/api/ticket-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { getTicketEndpoint, updateTicketEndpoint } from "@/server/api/ticket-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getTicketEndpoint);
export const PATCH = apiRoute(updateTicketEndpoint);
