// The context every use case receives: who acts, in which workspace, through which db handle.
// It is built only by the wrappers (server actions, route handlers, CLI, worker) from a verified
// session, API token or operator command, never from request input.
import type { DbTx } from "@/server/db";
import type { ApiTokenRole, MemberRole } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";

export type WorkspaceRef = {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  defaultLocale: string;
};

/** The select that reads a WorkspaceRef from the Workspace table. */
export const WORKSPACE_REF_SELECT = { id: true, slug: true, name: true, timeZone: true, defaultLocale: true } as const satisfies Record<keyof WorkspaceRef, true>;

export type Actor =
  | { type: "member"; memberId: string; userId: string; role: MemberRole; name: string; email: string }
  /** An agent token acts as an agent, an admin token as an admin. */
  | { type: "api"; tokenId: string; tokenName: string; role: ApiTokenRole }
  /** Operator CLI, worker jobs and the demo seed. */
  | { type: "system"; reason: string }
  /** A customer signed in to the workspace's portal: never any role, only their own tickets. */
  | { type: "customer"; customerId: string };

export type Ctx = {
  workspace: WorkspaceRef;
  actor: Actor;
  db: DbTx;
  log: Logger;
  /**
   * The client's address (src/server/http/client-address.ts) when a request carried the change:
   * set by the wrappers for the audit log; absent for the CLI, worker and tests.
   */
  ip?: string | null;
};

const RANK: Record<MemberRole, number> = { LIGHT_AGENT: 1, AGENT: 2, ADMIN: 3 };

/** True when the actor may act with at least `role`. API tokens act with their own role; the system as admin. */
export function hasRole(actor: Actor, role: MemberRole): boolean {
  if (actor.type === "system") return true;
  if (actor.type === "customer") return false;
  return RANK[actor.role] >= RANK[role];
}

/** Throws FORBIDDEN unless the actor has at least `role`. */
export function requireRole(ctx: Pick<Ctx, "actor">, role: MemberRole): void {
  if (!hasRole(ctx.actor, role)) throw new AppError("FORBIDDEN");
}

/** The member id to record as author/actor, or null for API and system actors. */
export function actorMemberId(actor: Actor): string | null {
  return actor.type === "member" ? actor.memberId : null;
}

/** Runs `fn` in one transaction with a ctx whose db is that transaction. */
export async function inTransaction<T>(
  ctx: Ctx,
  fn: (tx: Ctx) => Promise<T>,
): Promise<T> {
  const db = ctx.db as DbTx & { $transaction?: <R>(f: (tx: DbTx) => Promise<R>) => Promise<R> };
  // Already inside a transaction (the handle has no $transaction): reuse it.
  if (typeof db.$transaction !== "function") return fn(ctx);
  return db.$transaction((tx) => fn({ ...ctx, db: tx }));
}

/** A ctx for operator commands, jobs and the demo seed: acts as the system, within one workspace. */
export function systemCtx(db: DbTx, workspace: WorkspaceRef, log: Logger, reason: string): Ctx {
  return { workspace, actor: { type: "system", reason }, db, log };
}

/** The API token acting, for Message.authorApiTokenId; null for members and the system. */
export function actorApiTokenId(actor: Actor): string | null {
  return actor.type === "api" ? actor.tokenId : null;
}

/** Who to record on a TicketEvent for this actor. */
export function eventActor(actor: Actor): { actorType: "MEMBER" | "API" | "SYSTEM" | "CUSTOMER"; actorMemberId: string | null } {
  const types = { member: "MEMBER", api: "API", system: "SYSTEM", customer: "CUSTOMER" } as const;
  return {
    actorType: types[actor.type],
    actorMemberId: actorMemberId(actor),
  };
}
