// An agent's open ticket page says "I am here" (or writing, or gone). Nothing is stored: the
// signal goes out with pg_notify to every web process, which fans it out to the workspace's
// live streams; clients forget a tab that stops sending. The ticket is looked up in the
// caller's workspace, so another workspace's number is NOT_FOUND.
import "server-only";
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { PRESENCE_CHANNEL, PRESENCE_NAME_MAX } from "@/server/presence/presence-signal";
import type { ReportPresenceInput } from "@/server/presence/presence.schemas";

export async function reportPresence(ctx: Ctx, input: ReportPresenceInput): Promise<{ ticketId: string }> {
  requireRole(ctx, "LIGHT_AGENT");
  // Presence is about people in the agent UI; API tokens and the system have no page open.
  if (ctx.actor.type !== "member") throw new AppError("FORBIDDEN");
  const ticket = await ctx.db.ticket.findUnique({
    where: { workspaceId_number: { workspaceId: ctx.workspace.id, number: input.ticketNumber } },
    select: { id: true, number: true },
  });
  if (!ticket) throw new AppError("NOT_FOUND");
  const payload = JSON.stringify({
    workspaceId: ctx.workspace.id,
    ticketId: ticket.id,
    number: ticket.number,
    memberId: ctx.actor.memberId,
    name: [...ctx.actor.name.trim()].slice(0, PRESENCE_NAME_MAX).join("") || ctx.actor.email.slice(0, PRESENCE_NAME_MAX),
    tab: input.tab,
    state: input.state,
  });
  // `at` from the database clock, so tabs can order signals that went through different web processes.
  await ctx.db.$executeRaw`SELECT pg_notify(${PRESENCE_CHANNEL},
    (${payload}::jsonb || jsonb_build_object('at', floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint))::text)`;
  ctx.log.debug({ ticketId: ticket.id, state: input.state }, "presence reported");
  return { ticketId: ticket.id };
}
