// An admin renames a tag. When the workspace already has a tag of the new name, the two merge:
// the tickets of the renamed tag get the existing one (a ticket with both keeps one), and the
// renamed tag is gone. Saved views and SLA conditions name tags by name and are not rewritten.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { countTagTickets, lockTag } from "./tag.queries";
import { RenameTagInput } from "./tag.schemas";

export type RenamedTag = { id: string; name: string; merged: boolean };

export async function renameTag(ctx: Ctx, raw: RenameTagInput): Promise<RenamedTag> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(RenameTagInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const tag = await lockTag(db, workspace.id, input.tagId);
    if (tag.name === input.name) return { id: tag.id, name: tag.name, merged: false };
    const existing = await db.tag.findUnique({ where: { workspaceId_name: { workspaceId: workspace.id, name: input.name } }, select: { id: true } });
    if (!existing) {
      await db.tag.update({ where: { id: tag.id }, data: { name: input.name } });
      await recordAudit(db, ctx, { action: "tag.renamed", target: { type: "tag", id: tag.id, label: input.name }, before: { name: tag.name }, after: { name: input.name } });
      return { id: tag.id, name: input.name, merged: false };
    }
    const target = await lockTag(db, workspace.id, existing.id);
    const tickets = await countTagTickets(db, workspace.id, tag.id);
    await db.$executeRaw`
      INSERT INTO "TicketTag" ("workspaceId", "ticketId", "tagId", "createdAt")
      SELECT "workspaceId", "ticketId", ${target.id}::uuid, "createdAt" FROM "TicketTag"
       WHERE "workspaceId" = ${workspace.id}::uuid AND "tagId" = ${tag.id}::uuid
      ON CONFLICT DO NOTHING`;
    // Its ticket links go with it (onDelete: Cascade).
    await db.tag.delete({ where: { id: tag.id } });
    await recordAudit(db, ctx, {
      action: "tag.merged",
      target: { type: "tag", id: target.id, label: target.name },
      before: { name: tag.name, tickets },
      after: { name: target.name, tickets: await countTagTickets(db, workspace.id, target.id) },
    });
    return { id: target.id, name: target.name, merged: true };
  });
}
