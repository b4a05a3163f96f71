// GET /api/v1/mailboxes (list) and POST /api/v1/mailboxes (create): see src/server/api/mailbox-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { createMailboxEndpoint, listMailboxesEndpoint } from "@/server/api/mailbox-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(listMailboxesEndpoint);
export const POST = apiRoute(createMailboxEndpoint);
