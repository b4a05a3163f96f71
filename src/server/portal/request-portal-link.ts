// "Email me a sign-in link" on the customer portal. Only a known customer of the workspace gets a
// mail, and the caller learns nothing either way: the same (empty) answer, the same limits. The
// link's token is random (256 bits) and stored only as its sha256; it works once and for
// LINK_MINUTES. The mail is queued in the same transaction (workspace-mail outbox), in the
// customer's language, else the page's. Limited per client address and per address asked for,
// whether or not that address is known, so neither the limit nor its absence tells anything.
import { appUrl } from "@/env";
import type { Db } from "@/server/db";
import type { Logger } from "@/server/logger";
import { mailTranslator, pickLocale } from "@/server/mail/mail-texts";
import { queueWorkspaceMail } from "@/server/mail/workspace-mail";
import { consumeOrLimit } from "@/server/rate-limits";
import { randomToken, sha256Hex } from "@/server/tokens";
import { parseInput } from "@/server/validate";
import { RequestPortalLinkInput } from "./portal.schemas";

export const LINK_MINUTES = 30;
/** Links asked for one address of one workspace. */
export const LINK_LIMIT_PER_EMAIL = { points: 5, durationSeconds: 60 * 60 } as const;
/** Links asked for from one client address (any workspace, any email). */
export const LINK_LIMIT_PER_ADDRESS = { points: 20, durationSeconds: 60 * 60 } as const;

export async function requestPortalLink(db: Db, log: Logger, raw: RequestPortalLinkInput, client: { address: string | null }, now = new Date()): Promise<void> {
  const input = parseInput(RequestPortalLinkInput, raw);
  if (client.address) await consumeOrLimit("portal-link-address", LINK_LIMIT_PER_ADDRESS, client.address, "Too many sign-in links asked for");
  await consumeOrLimit("portal-link-email", LINK_LIMIT_PER_EMAIL, `${input.workspaceId}:${input.email}`, "Too many sign-in links asked for");
  const customer = await db.customer.findUnique({
    where: { workspaceId_email: { workspaceId: input.workspaceId, email: input.email } },
    select: { id: true, email: true, locale: true, workspace: { select: { slug: true, name: true } } },
  });
  if (!customer) {
    log.info({ workspaceId: input.workspaceId }, "portal link asked for an unknown address");
    return;
  }
  const token = randomToken();
  const locale = pickLocale(customer.locale, input.locale);
  const url = `${appUrl()}/${customer.workspace.slug}/portal/${locale}/sign-in/${token}`;
  const t = mailTranslator(locale);
  await db.$transaction(async (tx) => {
    await tx.portalLink.create({
      data: { workspaceId: input.workspaceId, customerId: customer.id, tokenHash: sha256Hex(token), createdAt: now, expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000) },
    });
    await queueWorkspaceMail(tx, {
      workspaceId: input.workspaceId,
      kind: "PORTAL_LINK",
      to: customer.email,
      locale,
      content: { subject: t("portalLink.subject", { workspace: customer.workspace.name }), text: t("portalLink.body", { workspace: customer.workspace.name, url, minutes: LINK_MINUTES }) },
      now,
    });
  });
  log.info({ workspaceId: input.workspaceId, customerId: customer.id }, "portal sign-in link queued");
}
