// A canned reply as it goes into a ticket's reply box: the version in the customer's language
// (else the workspace's, else any) with the placeholders filled from the ticket, its customer and
// the signed-in agent.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { fillPlaceholders } from "@/lib/canned-placeholders";
import { getTicketInWorkspace } from "@/server/tickets/ticket.queries";
import { visibleTo } from "./canned-reply-access";
import { pickVersion } from "./canned-reply-locale";
import { RenderCannedReplyInput, type RenderedCannedReply } from "./canned-reply.schemas";

export async function renderCannedReply(ctx: Ctx, raw: RenderCannedReplyInput): Promise<RenderedCannedReply> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(RenderCannedReplyInput, raw);
  const ticket = await getTicketInWorkspace(ctx, input.ticketNumber);
  const reply = await ctx.db.cannedReply.findFirst({
    where: { id: input.id, ...visibleTo(ctx) },
    select: { id: true, versions: { select: { locale: true, body: true } } },
  });
  const version = reply && pickVersion(reply.versions, ticket.customer.locale, ctx.workspace.defaultLocale);
  if (!reply || !version) throw new AppError("NOT_FOUND", "Canned reply not found");
  const { text, missing } = fillPlaceholders(version.body, {
    "customer.name": ticket.customer.name,
    "ticket.number": String(ticket.number),
    "agent.name": ctx.actor.type === "member" ? ctx.actor.name : null,
    "order.number": ticket.orderNumber,
  });
  return { id: reply.id, text, locale: version.locale, missing };
}
