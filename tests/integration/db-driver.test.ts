// Statements sent to the pg driver under Prisma (withDriver, insertRows): inside a transaction they
// are part of it (seen by its other statements, undone by its rollback), outside one they commit
// on their own, and rows written that way read back through Prisma as Prisma would have written them.
import { beforeAll, describe, expect, it } from "vitest";
import { db, withDriver } from "@/server/db";
import { insertRows, newId, type ColumnTypes } from "@/server/db/insert-rows";
import { makeCustomer, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";

let ws: CreatedWorkspace;
let customerId: string;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  customerId = (await makeCustomer(db(), ws.id)).id;
});

type TagRow = { id: string; workspaceId: string; name: string };
const TAG_COLUMNS: ColumnTypes<TagRow> = { id: "uuid", workspaceId: "uuid", name: "text" };
const tag = (name: string): TagRow => ({ id: newId(), workspaceId: ws.id, name });

describe("withDriver", () => {
  it("runs inside the caller's transaction: its rows are visible to the transaction and undone by its rollback", async () => {
    const kept = tag("driver-kept");
    const undone = tag("driver-undone");
    await db().$transaction(async (tx) => {
      await insertRows(tx, "Tag", TAG_COLUMNS, [kept]);
      expect(await tx.tag.findUnique({ where: { id: kept.id } })).not.toBeNull();
    });
    await expect(
      db().$transaction(async (tx) => {
        await insertRows(tx, "Tag", TAG_COLUMNS, [undone]);
        expect(await tx.tag.count({ where: { id: undone.id } })).toBe(1);
        // Not yet committed: another connection does not see it.
        expect(await db().tag.count({ where: { id: undone.id } })).toBe(0);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await db().tag.count({ where: { id: kept.id } })).toBe(1);
    expect(await db().tag.count({ where: { id: undone.id } })).toBe(0);
  });

  it("uses the connection of each transaction, also when several run at once", async () => {
    const pids = await Promise.all(
      [0, 1].map(() =>
        db().$transaction(async (tx) => {
          const [viaPrisma] = await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
          const viaDriver = await withDriver(tx, async (client) => (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid);
          // Keeps both transactions open at once, so they hold two connections.
          await tx.$executeRaw`SELECT pg_sleep(0.05)`;
          return [viaPrisma!.pid, viaDriver];
        }),
      ),
    );
    for (const [viaPrisma, viaDriver] of pids) expect(viaDriver).toBe(viaPrisma);
    expect(pids[0]![0]).not.toBe(pids[1]![0]);
  });

  it("outside a transaction, commits on a connection of its own", async () => {
    const row = tag("driver-alone");
    await insertRows(db(), "Tag", TAG_COLUMNS, [row]);
    expect(await db().tag.findUnique({ where: { id: row.id }, select: { name: true } })).toEqual({ name: "driver-alone" });
  });
});

describe("insertRows", () => {
  it("writes arrays, jsonb, enums and timestamps that read back through Prisma as written", async () => {
    const ticketId = newId();
    const at = new Date("2026-03-29T01:30:00.123Z");
    const [ticket] = await insertRows<
      { id: string; workspaceId: string; number: number; subject: string; channel: "EMAIL"; customerId: string; ccEmails: string[]; createdAt: Date; updatedAt: Date },
      { id: string; version: number }
    >(
      db(),
      "Ticket",
      { id: "uuid", workspaceId: "uuid", number: "int", subject: "text", channel: '"Channel"', customerId: "uuid", ccEmails: "text[]", createdAt: "timestamptz", updatedAt: "timestamptz" },
      [{ id: ticketId, workspaceId: ws.id, number: 900_001, subject: "Ζημιά στο δέμα, طلب", channel: "EMAIL", customerId, ccEmails: ["a@example.com", 'odd,"quoted"@example.com'], createdAt: at, updatedAt: at }],
      ["id", "version"],
    );
    expect(ticket).toEqual({ id: ticketId, version: 0 });
    await insertRows(db(), "TicketEvent", { id: "uuid", workspaceId: "uuid", ticketId: "uuid", type: '"TicketEventType"', actorType: '"ActorType"', data: "jsonb" }, [
      { id: newId(), workspaceId: ws.id, ticketId, type: "CREATED", actorType: "SYSTEM", data: { tags: ["a", "b"], area: null } },
    ]);
    const read = await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, include: { events: true } });
    expect(read).toMatchObject({ subject: "Ζημιά στο δέμα, طلب", status: "OPEN", priority: "NORMAL", ccEmails: ["a@example.com", 'odd,"quoted"@example.com'], createdAt: at });
    expect(read.events.map((e) => e.data)).toEqual([{ tags: ["a", "b"], area: null }]);
  });

  it("fails the statement, writing nothing, when one row breaks a constraint", async () => {
    const rows = [tag("driver-dup"), tag("driver-dup")];
    await expect(insertRows(db(), "Tag", TAG_COLUMNS, rows)).rejects.toThrow(/duplicate key/);
    expect(await db().tag.count({ where: { id: { in: rows.map((r) => r.id) } } })).toBe(0);
  });
});
