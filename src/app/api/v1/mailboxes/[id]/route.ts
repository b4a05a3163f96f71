// GET, PATCH and DELETE /api/v1/mailboxes/{id}: see src/server/api/mailbox-endpoints.ts.
import { apiRoute } from "@/server/api/route";
import { deleteMailboxEndpoint, getMailboxEndpoint, updateMailboxEndpoint } from "@/server/api/mailbox-endpoints";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

export const GET = apiRoute(getMailboxEndpoint);
export const PATCH = apiRoute(updateMailboxEndpoint);
export const DELETE = apiRoute(deleteMailboxEndpoint);
