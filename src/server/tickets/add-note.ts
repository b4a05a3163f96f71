// An internal note: visible to agents only, never sent to the customer. Light agents may
// write notes (that is most of what they do).
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { AddNoteInput } from "./ticket.schemas";
import { appendAgentMessage } from "./append-agent-message";

export async function addNote(ctx: Ctx, raw: AddNoteInput): Promise<{ messageId: string; ticketNumber: number; version: number }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(AddNoteInput, raw);
  return appendAgentMessage(ctx, { ...input, kind: "NOTE" });
}
