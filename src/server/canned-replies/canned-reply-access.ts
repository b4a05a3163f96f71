// Who may see and change a canned reply. A personal reply exists only for its owner: to anyone
// else it is NOT_FOUND, like another workspace's. A shared reply is visible to every member and
// changed only by admins: to others it is FORBIDDEN, since they can see it anyway. Light agents
// use replies but keep none of their own.
import { recordAudit } from "@/server/audit/record-audit";
import type { Ctx } from "@/server/context";
import { actorMemberId, hasRole } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { fieldError } from "@/server/validate";
import { isLocale, type Locale } from "@/i18n/locales";
import { PLACEHOLDERS, unknownPlaceholders } from "@/lib/canned-placeholders";
import type { CannedReplySummary } from "./canned-reply.schemas";

export const CANNED_REPLY_SELECT = {
  id: true,
  ownerId: true,
  folder: true,
  title: true,
  usageCount: true,
  lastUsedAt: true,
  versions: { select: { locale: true, body: true }, orderBy: { locale: "asc" } },
} as const;
type CannedReplyRow = Prisma.CannedReplyGetPayload<{ select: typeof CANNED_REPLY_SELECT }>;

/**
 * A shared reply is the workspace's setting, so its changes go to the audit log (a member's
 * personal replies are their own). What the log keeps: title, folder and each language's text.
 */
export async function auditSharedCannedReply(
  ctx: Ctx,
  action: "canned_reply.created" | "canned_reply.updated" | "canned_reply.deleted",
  before: CannedReplyRow | null,
  after: CannedReplyRow | null,
): Promise<void> {
  const row = after ?? before;
  if (!row || row.ownerId !== null) return;
  const fields = (r: CannedReplyRow | null) =>
    r ? { title: r.title, folder: r.folder, versions: Object.fromEntries(r.versions.map((v) => [v.locale, v.body])) } : null;
  await recordAudit(ctx.db, ctx, { action, target: { type: "canned_reply", id: row.id, label: row.title }, before: fields(before), after: fields(after) });
}

/** Visible to the actor: shared, or their own. */
export function visibleTo(ctx: Ctx): Prisma.CannedReplyWhereInput {
  const me = actorMemberId(ctx.actor);
  return { workspaceId: ctx.workspace.id, OR: [{ ownerId: null }, ...(me ? [{ ownerId: me }] : [])] };
}

function mayEdit(ctx: Ctx, ownerId: string | null): boolean {
  return ownerId === null ? hasRole(ctx.actor, "ADMIN") : ownerId === actorMemberId(ctx.actor) && hasRole(ctx.actor, "AGENT");
}

/** The reply, locked, if the actor may change it; NOT_FOUND when invisible, FORBIDDEN when only visible. */
export async function lockEditableCannedReply(ctx: Ctx, id: string): Promise<{ id: string; ownerId: string | null }> {
  const [locked] = await ctx.db.$queryRaw<Array<{ id: string }>>`
    SELECT "id"::text AS "id" FROM "CannedReply" WHERE "id" = ${id}::uuid AND "workspaceId" = ${ctx.workspace.id}::uuid FOR UPDATE`;
  const reply = locked ? await ctx.db.cannedReply.findFirst({ where: { id, ...visibleTo(ctx) }, select: { id: true, ownerId: true } }) : null;
  if (!reply) throw new AppError("NOT_FOUND", "Canned reply not found");
  if (!mayEdit(ctx, reply.ownerId)) throw new AppError("FORBIDDEN", reply.ownerId === null ? "Only admins change shared replies" : "Light agents only use canned replies");
  return reply;
}

/** VALIDATION on `versions.<locale>` for the first version with a placeholder we do not fill. */
export function assertKnownPlaceholders(versions: Partial<Record<Locale, string>>): void {
  for (const [locale, body] of Object.entries(versions)) {
    const unknown = unknownPlaceholders(body ?? "");
    if (unknown.length > 0) {
      const allowed = PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ");
      throw fieldError(`versions.${locale}`, "unknownPlaceholder", `has unknown placeholders (${unknown.map((u) => `{{${u}}}`).join(", ")}); use ${allowed}`);
    }
  }
}

/** Replaces the reply's versions with `versions` (languages left out are removed). */
export async function writeVersions(db: DbTx, workspaceId: string, replyId: string, versions: Partial<Record<Locale, string>>): Promise<void> {
  const locales = Object.keys(versions);
  await db.cannedReplyVersion.deleteMany({ where: { workspaceId, replyId, locale: { notIn: locales } } });
  for (const [locale, body] of Object.entries(versions)) {
    await db.cannedReplyVersion.upsert({
      where: { replyId_locale: { replyId, locale } },
      create: { workspaceId, replyId, locale, body: body! },
      update: { body: body! },
    });
  }
}

export function toSummary(ctx: Ctx, r: CannedReplyRow): CannedReplySummary {
  const me = actorMemberId(ctx.actor);
  return {
    id: r.id,
    title: r.title,
    folder: r.folder,
    shared: r.ownerId === null,
    ownedByMe: r.ownerId !== null && r.ownerId === me,
    editable: mayEdit(ctx, r.ownerId),
    usageCount: r.usageCount,
    lastUsedAt: r.lastUsedAt,
    versions: Object.fromEntries(r.versions.filter((v) => isLocale(v.locale)).map((v) => [v.locale, v.body])),
  };
}
