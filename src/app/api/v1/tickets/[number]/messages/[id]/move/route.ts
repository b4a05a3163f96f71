// POST /api/v1/tickets/{number}/messages/{id}/move: see src/server/api/message-endpoints.ts.
import { moveMessageEndpoint } from "@/server/api/message-endpoints";
import { apiRoute } from "@/server/api/route";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = apiRoute(moveMessageEndpoint);
