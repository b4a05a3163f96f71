// The invitation page's read, for a visitor who is not signed in: db access stays in src/server.
import "server-only";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { getInvitation, type InvitationView } from "./get-invitation";

/** The invitation behind a link, or null when the token is unknown or malformed. */
export async function findInvitation(token: string): Promise<InvitationView | null> {
  try {
    return await getInvitation(db(), { token });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return null;
    throw e;
  }
}
