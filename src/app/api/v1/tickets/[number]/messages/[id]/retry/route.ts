// POST /api/v1/tickets/{number}/messages/{id}/retry: see src/server/api/message-endpoints.ts.
import { retryMessageDeliveryEndpoint } from "@/server/api/message-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = apiRoute(retryMessageDeliveryEndpoint);
