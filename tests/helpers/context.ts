// Helpers shared by the integration tests: member contexts, expected rejections, lock races.
import pino from "pino";
import { expect } from "vitest";
import { loadMemberContext } from "@/server/auth/member-context";
import type { Ctx } from "@/server/context";
import { db, type DbTx } from "@/server/db";
import { makeMember, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import type { AppError } from "@/server/errors";

export const silentLog = pino({ level: "silent" });

/** The Ctx a signed-in member `m` gets in workspace `ws`, built the way pages and actions build it. */
export async function memberCtx(ws: { slug: string }, m: MadeMember): Promise<Ctx> {
  const ctx = await loadMemberContext(db(), silentLog, { id: m.userId, email: m.email, name: m.name }, ws.slug);
  if (!ctx) throw new Error(`${m.email} is not an active member of ${ws.slug}`);
  return ctx;
}

/** The AppError `p` rejects with; fails the test when it resolves or throws something else. */
/** A fresh workspace with a member of each role, and the admin of another workspace (for tenancy checks). */
export async function workspaceWithRoles(): Promise<{ ws: CreatedWorkspace; admin: Ctx; agent: Ctx; light: Ctx; otherAdmin: Ctx }> {
  const ws = await makeWorkspace(db());
  const other = await makeWorkspace(db());
  return {
    ws,
    admin: await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" })),
    agent: await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" })),
    light: await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" })),
    otherAdmin: await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" })),
  };
}

export async function rejection(p: Promise<unknown>): Promise<AppError> {
  const result = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!result) throw new Error("expected the promise to reject");
  expect(result).toMatchObject({ name: "AppError" });
  return result as AppError;
}

/**
 * Runs `contenders` while another transaction holds the rows that `lock` selects FOR UPDATE,
 * and releases them once two statements on `table` wait on a lock: the contenders then race for real.
 */
export async function whileRowsLocked<T>(
  table: string,
  lock: (tx: DbTx) => Promise<unknown>,
  contenders: () => Promise<T>,
): Promise<T> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = db().$transaction(
    async (tx) => {
      await lock(tx);
      locked();
      await released;
    },
    { timeout: 20_000 },
  );
  await isLocked;
  const running = contenders();
  const pattern = `%"${table}"%`;
  for (let i = 0; i < 200; i++) {
    const [row] = await db().$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS "n" FROM pg_stat_activity
       WHERE "datname" = current_database() AND "wait_event_type" = 'Lock' AND "query" LIKE ${pattern}`;
    if ((row?.n ?? 0) >= 2) break;
    await new Promise((r) => setTimeout(r, 30));
  }
  release();
  await holder;
  return running;
}
