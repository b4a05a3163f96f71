// GET and POST /api/v1/tickets/{number}/messages: see src/server/api/message-endpoints.ts.
import { createMessageEndpoint, listMessagesEndpoint } from "@/server/api/message-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(listMessagesEndpoint);
export const POST = apiRoute(createMessageEndpoint);
