// One LISTEN connection per web process (ticket changes and presence signals), fanned out in
// memory to the server-sent-events streams of each workspace. Several web processes each hold
// their own, so a change committed anywhere reaches every process. No client ever polls the database for changes.
//
// NOTIFY is not queued for a listener that is away: when the connection drops, whatever was
// sent in the gap is lost. So after reconnecting we tell every subscriber to `resync`
// (refetch what it shows) instead of pretending nothing happened.
import "server-only";
import pg from "pg";
import { databaseUrl } from "@/server/db";
import { logger, type Logger } from "@/server/logger";
import { parseTicketChange, TICKET_CHANNEL, type LiveEvent } from "@/server/live/ticket-change";
import { parsePresenceSignal, PRESENCE_CHANNEL } from "@/server/presence/presence-signal";
import { NOTIFICATION_CHANNEL, parseNotificationSignal } from "@/server/live/notification-signal";

export type LiveSubscriber = (event: LiveEvent) => void;
export type Unsubscribe = () => void;

export type TicketListenerOptions = {
  /** A function is asked again at every (re)connect. */
  connectionString: string | (() => string);
  log: Logger;
  /** Delay before reconnect attempt `attempt` (1, 2, ...). Default: exponential with jitter, 0.25 s to 30 s. */
  backoffMs?: (attempt: number) => number;
  /** A `SELECT 1` on the connection this often finds a half-open TCP connection that keepalive misses. */
  healthCheckMs?: number;
  applicationName?: string;
};

type State = "idle" | "connecting" | "listening" | "waiting" | "closed";

export function defaultBackoffMs(attempt: number): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(attempt - 1, 10));
  // Jitter: after a database restart, every web process should not reconnect in the same instant.
  return Math.round(ceiling * (0.5 + Math.random() * 0.5));
}

export class TicketListener {
  private readonly subscribers = new Map<string, Set<LiveSubscriber>>();
  private client: pg.Client | null = null;
  private state: State = "idle";
  /** Consecutive failed or lost connections; reset once LISTEN succeeds. */
  private attempt = 0;
  private missedNotifications = false;
  private pid: number | null = null;
  private retryTimer: NodeJS.Timeout | undefined;
  private healthTimer: NodeJS.Timeout | undefined;
  private waiters: Array<() => void> = [];
  private readonly log: Logger;
  /** When the current LISTEN became active (null while not listening): no change since then was missed. */
  private listeningSince: number | null = null;
  /** When each workspace's latest ticket change arrived (oldest first; at most MAX_REMEMBERED). */
  private readonly lastChangeAt = new Map<string, number>();
  private static readonly MAX_REMEMBERED = 50_000;
  /** The latest change forgotten to keep lastChangeAt bounded. */
  private forgottenUpTo = 0;

  constructor(private readonly options: TicketListenerOptions) {
    this.log = options.log;
  }

  /** Delivers this workspace's changes and presence signals (and every `resync`) to `subscriber` until the returned function runs. */
  subscribe(workspaceId: string, subscriber: LiveSubscriber): Unsubscribe {
    if (this.state === "closed") throw new Error("the ticket listener is closed");
    let set = this.subscribers.get(workspaceId);
    if (!set) this.subscribers.set(workspaceId, (set = new Set()));
    set.add(subscriber);
    this.start();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const current = this.subscribers.get(workspaceId);
      current?.delete(subscriber);
      if (current?.size === 0) this.subscribers.delete(workspaceId);
    };
  }

  /** Connects unless already connected or connecting; the first subscribe() does it too. */
  start(): void {
    if (this.state === "idle") void this.connect();
  }

  get subscriberCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /** The server process id of the LISTEN connection while it is up (for tests and diagnostics). */
  get backendPid(): number | null {
    return this.state === "listening" ? this.pid : null;
  }

  /** Resolves true once LISTEN is active (at once if it is), or false after `timeoutMs`. */
  whenListening(timeoutMs = 10_000): Promise<boolean> {
    if (this.state === "listening") return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    this.state = "closed";
    clearTimeout(this.retryTimer);
    clearInterval(this.healthTimer);
    this.subscribers.clear();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.state = "connecting";
    const client = new pg.Client({
      connectionString:
        typeof this.options.connectionString === "function" ? this.options.connectionString() : this.options.connectionString,
      application_name: this.options.applicationName ?? `shopdesk-${process.env.SHOPDESK_PROCESS ?? "web"}-listen`,
      keepAlive: true,
    });
    this.client = client;
    client.on("notification", (msg) => this.onNotification(msg));
    client.on("error", (err) => this.onLost(client, err));
    client.on("end", () => this.onLost(client, new Error("connection ended")));
    try {
      await client.connect();
      const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
      this.pid = rows[0]?.pid ?? null;
      await client.query(`LISTEN ${TICKET_CHANNEL}`);
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}`);
    } catch (err) {
      this.onLost(client, err);
      return;
    }
    if (this.client !== client) return; // lost meanwhile; onLost has scheduled the next attempt

    const recovered = this.missedNotifications;
    this.state = "listening";
    this.listeningSince = Date.now();
    this.attempt = 0;
    this.missedNotifications = false;
    this.startHealthCheck(client);
    for (const resolve of this.waiters.splice(0)) resolve();
    if (recovered) {
      this.log.info({ subscribers: this.subscriberCount }, "live updates: LISTEN connection restored, asking clients to resync");
      this.broadcast({ type: "resync" });
    } else {
      this.log.debug("live updates: listening");
    }
  }

  private onLost(client: pg.Client, err: unknown): void {
    // A stale client (already replaced) or one we closed on purpose.
    if (client !== this.client || this.state === "closed") return;
    this.client = null;
    this.pid = null;
    this.listeningSince = null;
    clearInterval(this.healthTimer);
    client.removeAllListeners("notification");
    client.removeAllListeners("end");
    client.removeAllListeners("error");
    client.on("error", () => undefined); // a late socket error must not crash the process
    void client.end().catch(() => undefined);

    this.attempt += 1;
    this.missedNotifications = true;
    const delayMs = (this.options.backoffMs ?? defaultBackoffMs)(this.attempt);
    this.log.warn(
      { attempt: this.attempt, delayMs, err: err instanceof Error ? err.message : String(err) },
      "live updates: LISTEN connection lost, reconnecting",
    );
    this.state = "waiting";
    this.retryTimer = setTimeout(() => void this.connect(), delayMs);
    this.retryTimer.unref();
  }

  private startHealthCheck(client: pg.Client): void {
    const every = this.options.healthCheckMs ?? 30_000;
    clearInterval(this.healthTimer);
    this.healthTimer = setInterval(() => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error("health check timed out")), Math.min(10_000, every));
      });
      Promise.race([client.query("SELECT 1"), timeout])
        .catch((err: unknown) => this.onLost(client, err))
        .finally(() => clearTimeout(timer));
    }, every);
    this.healthTimer.unref();
  }

  /**
   * Whether a ticket of the workspace (or a member's notifications there) may have changed after
   * `since` (ms since the epoch) as far as this listener knows: a change arrived after it, or the
   * listener was not listening all that time (just started, or reconnected) and cannot tell. A
   * page rendered at `since` whose stream opens now asks this, so that a change between the render
   * and the stream is not lost.
   */
  changedSince(workspaceId: string, since: number): boolean {
    if (this.listeningSince === null || this.listeningSince > since || this.forgottenUpTo > since) return true;
    return (this.lastChangeAt.get(workspaceId) ?? 0) > since;
  }

  private rememberChange(workspaceId: string): void {
    this.lastChangeAt.delete(workspaceId);
    this.lastChangeAt.set(workspaceId, Date.now());
    if (this.lastChangeAt.size > TicketListener.MAX_REMEMBERED) {
      // Forget the workspace that changed longest ago; changedSince then answers "maybe" for
      // anything asked about from before that change.
      const [oldest, at] = this.lastChangeAt.entries().next().value!;
      this.lastChangeAt.delete(oldest);
      this.forgottenUpTo = at;
    }
  }

  private onNotification(msg: pg.Notification): void {
    let reason: string;
    if (msg.channel === TICKET_CHANNEL) {
      const parsed = parseTicketChange(msg.payload);
      if (parsed.ok) {
        this.rememberChange(parsed.change.workspaceId);
        return this.fanOut(parsed.change.workspaceId, { type: "ticket", change: parsed.change });
      }
      reason = parsed.reason;
    } else if (msg.channel === PRESENCE_CHANNEL) {
      const parsed = parsePresenceSignal(msg.payload);
      if (parsed.ok) return this.fanOut(parsed.signal.workspaceId, { type: "presence", presence: parsed.signal });
      reason = parsed.reason;
    } else if (msg.channel === NOTIFICATION_CHANNEL) {
      const parsed = parseNotificationSignal(msg.payload);
      if (parsed.ok) {
        // Counted as a change of the workspace: a page rendered just before it, whose stream opens
        // just after, starts with a resync and so shows the bell's new count (changedSince).
        this.rememberChange(parsed.signal.workspaceId);
        return this.fanOut(parsed.signal.workspaceId, { type: "notifications", memberId: parsed.signal.memberId });
      }
      reason = parsed.reason;
    } else {
      return;
    }
    // The reason names the bad fields; the payload itself is not logged.
    this.log.warn({ channel: msg.channel, reason, bytes: msg.payload?.length ?? 0 }, "live updates: dropped a malformed notification");
  }

  private fanOut(workspaceId: string, event: LiveEvent): void {
    const set = this.subscribers.get(workspaceId);
    if (!set) return;
    for (const subscriber of [...set]) this.deliver(subscriber, event);
  }

  private broadcast(event: LiveEvent): void {
    for (const set of this.subscribers.values()) for (const subscriber of [...set]) this.deliver(subscriber, event);
  }

  private deliver(subscriber: LiveSubscriber, event: LiveEvent): void {
    try {
      subscriber(event);
    } catch (err) {
      this.log.error({ err }, "live updates: a subscriber failed");
    }
  }
}

const globalForLive = globalThis as unknown as { shopdeskTicketListener?: TicketListener };

/** This process's listener, created on first use and kept across Next's dev module reloads. */
export function ticketListener(): TicketListener {
  globalForLive.shopdeskTicketListener ??= new TicketListener({
    connectionString: databaseUrl(),
    log: logger.child({ module: "live" }),
  });
  return globalForLive.shopdeskTicketListener;
}

/** Subscribes to one workspace's ticket changes and presence signals through this process's listener. */
export function subscribeToTicketChanges(workspaceId: string, subscriber: LiveSubscriber): Unsubscribe {
  return ticketListener().subscribe(workspaceId, subscriber);
}

/**
 * Waits (bounded) until this process's listener is active, so that a client whose stream has
 * opened receives every change committed after that. Starts the listener if needed.
 */
/** See TicketListener.changedSince (the process's listener). */
export function ticketsChangedSince(workspaceId: string, since: number): boolean {
  return ticketListener().changedSince(workspaceId, since);
}

export async function ticketListenerReady(timeoutMs = 3_000): Promise<boolean> {
  const listener = ticketListener();
  listener.start();
  return listener.whenListening(timeoutMs);
}
