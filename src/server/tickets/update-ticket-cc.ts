// An agent adds or removes Cc addresses of a ticket: the people besides the customer who receive
// its replies (prepare-outgoing-mail.ts reads Ticket.ccEmails when each reply is sent, so a removed
// address gets no later reply). Light agents cannot (they send nothing). Refused, as field errors
// on `add`: one of the workspace's own addresses (a mailbox's or its forwarding address, also
// +tagged), the ticket's customer, and going past MAX_TICKET_CC. Addresses already there (in any
// case) are not added twice. Each change is a CC_ADDED / CC_REMOVED event with one version bump
// and a live update, like the other property changes (ticket-changes.ts).
import type { Ctx } from "@/server/context";
import { eventActor, inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { ccRecipients } from "@/server/mail/outgoing-mail";
import { forwardingAddress } from "@/server/mailboxes/mailbox.queries";
import { parseInput } from "@/server/validate";
import { lockTicketForUpdate } from "./lock-ticket";
import { assertNotMerged } from "./merged-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { assertExpectedVersion } from "./ticket-conflict";
import { MAX_TICKET_CC, UpdateTicketCcInput } from "./ticket.schemas";

export type UpdateTicketCcResult = { ticketId: string; number: number; version: number; cc: string[]; added: string[]; removed: string[] };

function refused(code: string, message: string, bound?: number): AppError {
  return new AppError("VALIDATION", "Some fields are invalid", {
    fields: { add: message },
    fieldIssues: { add: { code, message, ...(bound !== undefined ? { bound } : {}) } },
  });
}

export async function updateTicketCc(ctx: Ctx, raw: UpdateTicketCcInput): Promise<UpdateTicketCcResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(UpdateTicketCcInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const locked = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    await assertNotMerged(db, workspace.id, locked);
    await assertExpectedVersion(db, workspace.id, locked, input.expectedVersion);
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: locked.id, workspaceId: workspace.id },
      select: { ccEmails: true, customer: { select: { email: true } } },
    });

    const removing = new Set((input.remove ?? []).map((a) => a.toLowerCase()));
    const removed = ticket.ccEmails.filter((a) => removing.has(a.trim().toLowerCase()));
    const kept = ticket.ccEmails.filter((a) => !removing.has(a.trim().toLowerCase()));
    const have = new Set(kept.map((a) => a.trim().toLowerCase()));
    const added = [...new Set(input.add ?? [])].filter((a) => !have.has(a));

    if (added.length > 0) {
      const mailboxes = await db.mailbox.findMany({ where: { workspaceId: workspace.id }, select: { address: true, forwardingKey: true } });
      const own = mailboxes.flatMap((m) => [m.address, forwardingAddress(m.forwardingKey)]);
      // The sender's own rule for who is never copied, so what is refused here is exactly what it would drop.
      const ours = added.find((a) => ccRecipients([a], own).length === 0);
      if (ours) throw refused("ownAddress", `${ours} is one of this workspace's own addresses`);
      if (added.some((a) => a === ticket.customer.email.toLowerCase())) throw refused("customerAddress", "is the ticket's customer, who receives every reply anyway");
      if (kept.length + added.length > MAX_TICKET_CC) throw refused("tooManyCc", `a ticket keeps at most ${MAX_TICKET_CC} Cc addresses`, MAX_TICKET_CC);
    }
    const cc = [...kept, ...added];
    if (added.length + removed.length === 0) {
      return { ticketId: locked.id, number: locked.number, version: locked.version, cc, added, removed };
    }

    const now = new Date();
    const version = locked.version + 1;
    const event = { workspaceId: workspace.id, ticketId: locked.id, ...eventActor(actor), ticketVersion: version, createdAt: now };
    await db.ticketEvent.createMany({
      data: [
        ...removed.map((address) => ({ ...event, type: "CC_REMOVED" as const, data: { address } })),
        ...added.map((address) => ({ ...event, type: "CC_ADDED" as const, data: { address } })),
      ],
    });
    await db.ticket.update({ where: { id: locked.id, workspaceId: workspace.id }, data: { ccEmails: cc, version } });
    await notifyTicketChanged(db, { workspaceId: workspace.id, ticketId: locked.id, number: locked.number, version, kind: "cc" });
    ctx.log.info({ ticketId: locked.id, added: added.length, removed: removed.length, version }, "ticket cc updated");
    return { ticketId: locked.id, number: locked.number, version, cc, added, removed };
  });
}
