// GET /api/v1/tickets (list) and POST /api/v1/tickets (create): see src/server/api/ticket-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { createTicketEndpoint, listTicketsEndpoint } from "@/server/api/ticket-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(listTicketsEndpoint);
export const POST = apiRoute(createTicketEndpoint);
