// The process's LISTEN connection against a real PostgreSQL: fan-out by workspace, only
// committed changes, malformed payloads dropped, and recovery (with `resync`) after the
// connection is killed. Notifications are sent the way the ticket use cases send them.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, inject, it } from "vitest";
import type pg from "pg";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { allowedLiveViewers } from "@/server/live/live-access";
import { viewerKey } from "@/server/live/live-registry";
import { TICKET_CHANNEL, type LiveEvent, type TicketChange } from "@/server/live/ticket-change";
import { TicketListener } from "@/server/live/ticket-listener";
import { capturingLogger, withClient } from "../helpers/infra";

const url = () => inject("databaseUrl");

const listeners: TicketListener[] = [];
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()));
});

function makeListener(level: "info" | "warn" = "info") {
  const { log, records, lines } = capturingLogger(level);
  const applicationName = `live-test-${randomUUID().slice(0, 8)}`;
  const listener = new TicketListener({ connectionString: url(), log, backoffMs: () => 50, applicationName });
  listeners.push(listener);
  return { listener, records, lines, applicationName };
}

/** A subscriber that records what it receives and can wait for a matching event. */
function collector() {
  const events: LiveEvent[] = [];
  const waiters: Array<{ match: (e: LiveEvent) => boolean; resolve: () => void }> = [];
  const receive = (event: LiveEvent) => {
    events.push(event);
    for (const w of waiters.filter((x) => x.match(event))) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const waitFor = (match: (e: LiveEvent) => boolean, what: string, timeoutMs = 10_000) =>
    events.some(match)
      ? Promise.resolve()
      : new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs);
          waiters.push({ match, resolve: () => (clearTimeout(timer), resolve()) });
        });
  return { events, receive, waitFor };
}

function change(workspaceId: string, version: number): TicketChange {
  return { workspaceId, ticketId: randomUUID(), number: 7, version, kind: "status" };
}

const isVersion = (v: number) => (e: LiveEvent) => e.type === "ticket" && e.change.version === v;

async function notify(client: pg.Client, payload: unknown): Promise<void> {
  await client.query("SELECT pg_notify($1, $2)", [TICKET_CHANNEL, typeof payload === "string" ? payload : JSON.stringify(payload)]);
}

describe("TicketListener", () => {
  it("connects only for its first subscriber, with one connection for all of them", async () => {
    const { listener, applicationName } = makeListener();
    const connections = () =>
      withClient(url(), async (c) => {
        const { rows } = await c.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1",
          [applicationName],
        );
        return rows[0]!.n;
      });
    expect(await connections()).toBe(0);
    expect(await listener.whenListening(100)).toBe(false);
    for (let i = 0; i < 3; i++) listener.subscribe(randomUUID(), () => undefined);
    await listener.whenListening();
    expect(await connections()).toBe(1);
    expect(listener.subscriberCount).toBe(3);
  });

  it("tells whether a workspace's tickets may have changed since a moment: unsure before it listened, then by the changes it saw", async () => {
    const { listener } = makeListener();
    const [a, b] = [randomUUID(), randomUUID()];
    const beforeListening = Date.now() - 1;
    const sub = collector();
    listener.subscribe(a, sub.receive);
    await listener.whenListening();
    // Rendered before the listener listened: a change may have been missed.
    expect(listener.changedSince(a, beforeListening)).toBe(true);
    const rendered = Date.now();
    await new Promise((r) => setTimeout(r, 5));
    expect(listener.changedSince(a, rendered)).toBe(false);
    await withClient(url(), (c) => notify(c, change(a, 1)));
    await sub.waitFor(isVersion(1), "A's change");
    expect(listener.changedSince(a, rendered)).toBe(true);
    expect(listener.changedSince(b, rendered)).toBe(false);
    expect(listener.changedSince(a, Date.now() + 1)).toBe(false);
    // A member's new notifications count too: the bell of a page rendered just before them.
    await withClient(url(), (c) => c.query(`SELECT pg_notify('shopdesk_notifications', $1)`, [JSON.stringify({ workspaceId: b, memberId: randomUUID() })]));
    await expect.poll(() => listener.changedSince(b, rendered)).toBe(true);
  });

  it("delivers a workspace's change to its subscribers only, and stops after unsubscribe", async () => {
    const { listener } = makeListener();
    const [a, b] = [randomUUID(), randomUUID()];
    const subA = collector();
    const subB = collector();
    const subA2 = collector();
    listener.subscribe(a, subA.receive);
    listener.subscribe(b, subB.receive);
    const unsubscribeA2 = listener.subscribe(a, subA2.receive);
    await listener.whenListening();

    await withClient(url(), async (c) => {
      await notify(c, change(a, 1));
      // Committed after A's change, so delivered after it: once B has its own, A's has been fanned out.
      await notify(c, change(b, 2));
      await subB.waitFor(isVersion(2), "B's change");
      await subA.waitFor(isVersion(1), "A's change");
      unsubscribeA2();
      await notify(c, change(a, 3));
      await subA.waitFor(isVersion(3), "A's second change");
    });
    expect(subA.events.map((e) => e.type === "ticket" && e.change.version)).toEqual([1, 3]);
    expect(subA2.events.map((e) => e.type === "ticket" && e.change.version)).toEqual([1]);
    expect(subB.events.map((e) => e.type === "ticket" && e.change.version)).toEqual([2]);
    expect(listener.subscriberCount).toBe(2);
  });

  it("never delivers a notification from a rolled-back transaction", async () => {
    const { listener } = makeListener();
    const ws = randomUUID();
    const sub = collector();
    listener.subscribe(ws, sub.receive);
    await listener.whenListening();
    await withClient(url(), async (c) => {
      await c.query("BEGIN");
      await notify(c, change(ws, 1));
      await c.query("ROLLBACK");
      await c.query("BEGIN");
      await notify(c, change(ws, 2));
      await c.query("COMMIT");
    });
    await sub.waitFor(isVersion(2), "the committed change");
    expect(sub.events.map((e) => e.type === "ticket" && e.change.version)).toEqual([2]);
  });

  it("drops malformed payloads with a warning that does not echo them, and keeps listening", async () => {
    const { listener, records, lines } = makeListener("warn");
    const ws = randomUUID();
    const sub = collector();
    listener.subscribe(ws, sub.receive);
    await listener.whenListening();
    await withClient(url(), async (c) => {
      await notify(c, "not json: secret-subject");
      await notify(c, { ...change(ws, 1), kind: "Customer wrote secret-subject" });
      await notify(c, { ...change(ws, 2), workspaceId: "demo" });
      await notify(c, change(ws, 3));
    });
    await sub.waitFor(isVersion(3), "the valid change");
    expect(sub.events.map((e) => e.type === "ticket" && e.change.version)).toEqual([3]);
    const dropped = records.filter((r) => r.msg === "live updates: dropped a malformed notification");
    expect(dropped.map((r) => r.reason)).toEqual(["not JSON", "invalid fields: kind", "invalid fields: workspaceId"]);
    expect(lines.join("\n")).not.toContain("secret-subject");
  });

  it("reconnects after its connection is killed, asks every subscriber to resync, and delivers again", async () => {
    const { listener, records } = makeListener();
    const [a, b] = [randomUUID(), randomUUID()];
    const subA = collector();
    const subB = collector();
    listener.subscribe(a, subA.receive);
    listener.subscribe(b, subB.receive);
    await listener.whenListening();
    const pid = listener.backendPid;
    expect(pid).toEqual(expect.any(Number));

    await withClient(url(), async (c) => {
      await c.query("SELECT pg_terminate_backend($1)", [pid]);
      // Sent while the listener is away: lost, which is why subscribers are told to resync.
      await notify(c, change(a, 1));
    });
    const isResync = (e: LiveEvent) => e.type === "resync";
    await Promise.all([subA.waitFor(isResync, "resync on A"), subB.waitFor(isResync, "resync on B")]);
    await listener.whenListening();
    expect(listener.backendPid).not.toBe(pid);

    const lost = records.filter((r) => r.msg === "live updates: LISTEN connection lost, reconnecting");
    expect(lost[0]).toMatchObject({ level: 40, attempt: 1 });

    await withClient(url(), (c) => notify(c, change(a, 2)));
    await subA.waitFor(isVersion(2), "a change after reconnecting");
    expect(subB.events.filter((e) => e.type === "ticket")).toEqual([]);
  });

  it("keeps retrying while the database refuses, then resyncs", async () => {
    const { log, records } = capturingLogger("info");
    const good = url();
    const bad = new URL(good);
    bad.password = "wrong-password";
    let attempts = 0;
    const listener = new TicketListener({
      // Refused twice (wrong password), then the "database" is back.
      connectionString: () => (attempts < 2 ? bad.toString() : good),
      log,
      backoffMs: () => {
        attempts += 1;
        return 20;
      },
    });
    listeners.push(listener);
    const sub = collector();
    listener.subscribe(randomUUID(), sub.receive);
    await sub.waitFor((e) => e.type === "resync", "resync once connected");
    const lost = records.filter((r) => r.msg === "live updates: LISTEN connection lost, reconnecting");
    expect(lost.map((r) => r.attempt)).toEqual([1, 2]);
  });
});

describe("allowedLiveViewers", () => {
  it("holds for an active member with the same session, and ends on deactivation or a new session version", async () => {
    const ws = await makeWorkspace(db());
    const other = await makeWorkspace(db());
    const m = await makeMember(db(), ws, { role: "AGENT" });
    const n = await makeMember(db(), ws, { role: "AGENT" });
    const viewer = { memberId: m.memberId, userId: m.userId, workspaceId: ws.id, sessionVersion: 0 };
    const colleague = { memberId: n.memberId, userId: n.userId, workspaceId: ws.id, sessionVersion: 0 };
    const allowed = async (...viewers: (typeof viewer)[]) => [...(await allowedLiveViewers(db(), viewers))].sort();
    // One call answers for every viewer of the process.
    expect(await allowed(viewer, colleague)).toEqual([viewerKey(viewer), viewerKey(colleague)].sort());
    expect(await allowed({ ...viewer, workspaceId: other.id })).toEqual([]);
    expect(await allowed({ ...viewer, userId: n.userId })).toEqual([]);

    await db().user.update({ where: { id: m.userId }, data: { sessionVersion: { increment: 1 } } });
    expect(await allowed(viewer, colleague)).toEqual([viewerKey(colleague)]);
    expect(await allowed({ ...viewer, sessionVersion: 1 })).toEqual([viewerKey({ ...viewer, sessionVersion: 1 })]);

    await db().member.update({ where: { id: m.memberId, workspaceId: ws.id }, data: { deactivatedAt: new Date() } });
    expect(await allowed({ ...viewer, sessionVersion: 1 }, colleague)).toEqual([viewerKey(colleague)]);
  });
});
