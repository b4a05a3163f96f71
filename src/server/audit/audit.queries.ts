// The audit log's reads, for admins only: one page of events, newest first, with filters and a
// keyset cursor (createdAt, id), every read scoped to the ctx's workspace; and the actors the
// log names, for the filter.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { actionsMatching } from "@/lib/audit-actions";
import { CursorInstantSchema } from "@/lib/validation";
import { requireRole, type Ctx } from "@/server/context";
import type { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { ListAuditEventsInput, type AuditLogFilter } from "./audit.schemas";

export const AUDIT_EVENT_SELECT = {
  id: true,
  createdAt: true,
  actorType: true,
  actorMemberId: true,
  actorApiTokenId: true,
  actorName: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  before: true,
  after: true,
  ip: true,
} as const satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_SELECT }>;

const Cursor = z.object({ at: CursorInstantSchema, id: z.uuid() }).strict();

export function encodeAuditCursor(row: Pick<AuditEventRow, "createdAt" | "id">): string {
  return Buffer.from(JSON.stringify({ at: row.createdAt.toISOString(), id: row.id }), "utf8").toString("base64url");
}

function decodeAuditCursor(cursor: string): { at: Date; id: string } {
  const invalid = () => new AppError("VALIDATION", "Some fields are invalid", { fields: { cursor: "is not a cursor of this log" }, fieldIssues: { cursor: { code: "invalid", message: "is not a cursor of this log" } } });
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = Cursor.safeParse(raw);
  if (!parsed.success) throw invalid();
  return { at: new Date(parsed.data.at), id: parsed.data.id };
}

/** Midnight starting `day` (YYYY-MM-DD) in `timeZone`. */
function startOfDay(day: string, timeZone: string, plusDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, 0, 0, 0, timeZone).getTime());
}

function validTimeZone(tz: string): string {
  try {
    return new Intl.DateTimeFormat("en", { timeZone: tz }).resolvedOptions().timeZone;
  } catch {
    return "UTC";
  }
}

/** The `where` of a filter, always within the ctx's workspace. */
export function auditWhere(workspaceId: string, filter: AuditLogFilter, timeZone: string): Prisma.AuditEventWhereInput {
  const tz = validTimeZone(timeZone);
  const where: Prisma.AuditEventWhereInput = { workspaceId };
  if (filter.from || filter.to) {
    where.createdAt = {
      ...(filter.from ? { gte: startOfDay(filter.from, tz) } : {}),
      // `to` is the last day shown, whole.
      ...(filter.to ? { lt: startOfDay(filter.to, tz, 1) } : {}),
    };
  }
  if (filter.action) where.action = { in: actionsMatching(filter.action) };
  if (filter.target) where.targetType = filter.target;
  if (filter.actor === "system") where.actorType = "SYSTEM";
  else if (filter.actor?.startsWith("member:")) where.actorMemberId = filter.actor.slice("member:".length);
  else if (filter.actor?.startsWith("api:")) where.actorApiTokenId = filter.actor.slice("api:".length);
  return where;
}

export type AuditEventPage = { events: AuditEventRow[]; nextCursor: string | null };

/** One page of the log, newest first. Admins only. */
export async function listAuditEvents(ctx: Ctx, raw: ListAuditEventsInput): Promise<AuditEventPage> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(ListAuditEventsInput, raw);
  const where = auditWhere(ctx.workspace.id, input.filter, input.timeZone);
  if (input.cursor) {
    const after = decodeAuditCursor(input.cursor);
    where.OR = [{ createdAt: { lt: after.at } }, { createdAt: after.at, id: { lt: after.id } }];
  }
  const rows = await ctx.db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: AUDIT_EVENT_SELECT,
  });
  const more = rows.length > input.limit;
  const events = more ? rows.slice(0, input.limit) : rows;
  return { events, nextCursor: more ? encodeAuditCursor(events.at(-1)!) : null };
}

export type AuditActorOption = { value: string; name: string; type: "MEMBER" | "API" | "SYSTEM" | "CUSTOMER" };

/** The actors the log names (each with the name of their latest event), for the filter. Admins only. */
export async function listAuditActors(ctx: Ctx): Promise<AuditActorOption[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.auditEvent.groupBy({
    where: { workspaceId: ctx.workspace.id },
    by: ["actorType", "actorMemberId", "actorApiTokenId", "actorName"],
    _max: { createdAt: true },
  });
  rows.sort((a, b) => (b._max.createdAt?.getTime() ?? 0) - (a._max.createdAt?.getTime() ?? 0));
  const options = new Map<string, AuditActorOption>();
  for (const r of rows) {
    const value = r.actorMemberId ? `member:${r.actorMemberId}` : r.actorApiTokenId ? `api:${r.actorApiTokenId}` : r.actorType === "SYSTEM" ? "system" : null;
    // The newest name wins: a member renamed since is listed as they are called now.
    if (value && !options.has(value)) options.set(value, { value, name: r.actorType === "SYSTEM" ? "system" : r.actorName, type: r.actorType });
  }
  return [...options.values()].sort((a, b) => a.name.localeCompare(b.name));
}
