// Signs a customer in with a portal link: the link is used up in the same statement that checks
// it (UPDATE ... WHERE usedAt IS NULL AND expiresAt > now), so two clicks racing cannot both win,
// and a session starts. A used, expired, unknown or other workspace's link is NOT_FOUND.
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { sha256Hex } from "@/server/tokens";
import { parseInput } from "@/server/validate";
import { startPortalSession } from "./portal-sessions";
import { SignInWithLinkInput } from "./portal.schemas";

export async function signInWithLink(db: Db, log: Logger, raw: SignInWithLinkInput, now = new Date()) {
  const parsed = SignInWithLinkInput.safeParse(raw);
  // A malformed token is a link that does not work, like any other.
  if (!parsed.success) {
    parseInput(SignInWithLinkInput.pick({ workspaceId: true }), { workspaceId: (raw as { workspaceId?: unknown }).workspaceId });
    throw new AppError("NOT_FOUND", "This sign-in link is not valid any more");
  }
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<Array<{ customerId: string }>>`
      UPDATE "PortalLink" SET "usedAt" = ${now}
       WHERE "tokenHash" = ${sha256Hex(input.token)} AND "workspaceId" = ${input.workspaceId}::uuid
         AND "usedAt" IS NULL AND "expiresAt" > ${now}
      RETURNING "customerId"::text AS "customerId"`;
    const link = rows[0];
    if (!link) throw new AppError("NOT_FOUND", "This sign-in link is not valid any more");
    const session = await startPortalSession(tx, input.workspaceId, link.customerId, now);
    log.info({ workspaceId: input.workspaceId, customerId: link.customerId }, "customer signed in to the portal");
    return { customerId: link.customerId, ...session };
  });
}
