// Writes one audit log event, in the transaction of the change it records (pass that
// transaction's handle), so a change that rolls back leaves no event and a committed one always
// has its event. Only the fields that differ between `before` and `after` are kept, and secrets
// are given as `secrets` (set or not, before and after), so their values never reach the log.
import type { AuditAction, AuditTargetType } from "@/lib/audit-actions";
import { NEW_SECRET_MARKER, SECRET_MARKER } from "@/lib/audit-actions";
import type { Ctx } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";

export type AuditTarget = { type: AuditTargetType; id?: string | null; label?: string | null };
type Fields = Record<string, unknown>;

export type AuditChange = {
  action: AuditAction;
  target: AuditTarget;
  /** The target's fields before the change; null/absent for a creation. */
  before?: Fields | null;
  /** The target's fields after the change; null/absent for a deletion. */
  after?: Fields | null;
  /** Secrets the change set, replaced or removed: `{ imapPassword: { before: true, after: true } }`. */
  secrets?: Record<string, { before: boolean; after: boolean } | undefined>;
};

/** Who acted, as the log keeps it: ids without foreign keys and the name at the time. */
export function auditActor(actor: Ctx["actor"]) {
  switch (actor.type) {
    case "member":
      return { actorType: "MEMBER" as const, actorMemberId: actor.memberId, actorApiTokenId: null, actorName: (actor.name || actor.email).slice(0, 200) };
    case "api":
      return { actorType: "API" as const, actorMemberId: null, actorApiTokenId: actor.tokenId, actorName: actor.tokenName.slice(0, 200) };
    case "system":
      return { actorType: "SYSTEM" as const, actorMemberId: null, actorApiTokenId: null, actorName: actor.reason.slice(0, 200) };
    case "customer":
      // No use case lets a customer change settings; kept total so a mistake is still recorded.
      return { actorType: "CUSTOMER" as const, actorMemberId: null, actorApiTokenId: null, actorName: "customer" };
  }
}

/** JSON-safe (Dates as ISO strings, undefined dropped) so comparing and storing agree. */
function plain(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

/** The fields whose values differ, each side with only those fields. */
export function changedFields(before: Fields | null | undefined, after: Fields | null | undefined): { before: Fields | null; after: Fields | null } {
  if (!before || !after) {
    const strip = (f: Fields | null | undefined) => (f ? (Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)])) as Fields) : null);
    return { before: strip(before), after: strip(after) };
  }
  const b: Fields = {};
  const a: Fields = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[key] === undefined && after[key] === undefined) continue;
    const was = plain(before[key]) ?? null;
    const is = plain(after[key]) ?? null;
    if (JSON.stringify(was) !== JSON.stringify(is)) {
      b[key] = was;
      a[key] = is;
    }
  }
  return { before: b, after: a };
}

/**
 * Records the change; returns false (and writes nothing) when an update changed no field.
 * `ctx` gives the workspace, the actor and the client's address, never the input.
 */
export async function recordAudit(
  tx: DbTx,
  ctx: { workspace: Pick<Ctx["workspace"], "id">; actor: Ctx["actor"]; ip?: string | null },
  change: AuditChange,
): Promise<boolean> {
  const diff = changedFields(change.before, change.after);
  for (const [key, s] of Object.entries(change.secrets ?? {})) {
    if (!s || (!s.before && !s.after)) continue;
    diff.before = { ...diff.before, [key]: s.before ? SECRET_MARKER : null };
    diff.after = { ...diff.after, [key]: s.after ? NEW_SECRET_MARKER : null };
  }
  const isUpdate = change.before != null && change.after != null;
  if (isUpdate && Object.keys(diff.after ?? {}).length === 0) return false;
  await tx.auditEvent.create({
    data: {
      workspaceId: ctx.workspace.id,
      ...auditActor(ctx.actor),
      action: change.action,
      targetType: change.target.type,
      targetId: change.target.id ?? null,
      targetLabel: change.target.label?.slice(0, 320) ?? null,
      before: (diff.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (diff.after ?? undefined) as Prisma.InputJsonValue | undefined,
      ip: ctx.ip ?? null,
    },
    select: { id: true },
  });
  return true;
}
