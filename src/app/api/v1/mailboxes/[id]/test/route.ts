// POST /api/v1/mailboxes/{id}/test: see src/server/api/mailbox-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { testMailboxEndpoint } from "@/server/api/mailbox-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const POST = apiRoute(testMailboxEndpoint);
