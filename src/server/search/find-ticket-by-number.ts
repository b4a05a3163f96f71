// A search that is exactly a ticket number (`12`, `#12`, with spaces around) is taken as "go to
// ticket 12", the way Zendesk and Help Scout agents use the search box: the inbox opens that
// ticket whatever its status or the view. Only a ticket of ctx.workspace is ever named, so a
// number that exists only in another workspace gives null like any unknown number, and the
// caller runs the normal search (which also finds the number in text).
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { ticketNumberIn } from "./search-tickets";

export type TicketByNumber = { number: number; status: "OPEN" | "PENDING" | "CLOSED" };

export async function findTicketByNumberQuery(ctx: Ctx, q: string): Promise<TicketByNumber | null> {
  requireRole(ctx, "LIGHT_AGENT");
  const number = ticketNumberIn(q);
  if (number === null) return null;
  return ctx.db.ticket.findFirst({
    where: { workspaceId: ctx.workspace.id, number },
    select: { number: true, status: true },
  });
}
