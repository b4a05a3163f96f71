// One IMAP fetcher per mailbox across every worker: a PostgreSQL session advisory lock per
// mailbox, held on a connection of its own for as long as the fetcher runs. A worker that cannot
// take a mailbox's lock leaves that mailbox to whoever holds it. When the connection drops, the
// server has released every lock it held, so the owner must stop those fetchers (`onLost`).
import pg from "pg";
import type { Logger } from "@/server/logger";

export class MailboxLocks {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly held = new Set<string>();
  private readonly lostHandlers = new Set<() => void>();
  // Queries on one connection run one after another anyway; this keeps a lost connection's
  // bookkeeping from interleaving with a query in flight.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly log: Logger,
    private readonly applicationName = "shopdesk-worker-mailbox-locks",
  ) {}

  /** Called when the connection is lost: every lock it held is gone. */
  onLost(handler: () => void): () => void {
    this.lostHandlers.add(handler);
    return () => this.lostHandlers.delete(handler);
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    this.connecting ??= (async () => {
      const c = new pg.Client({ connectionString: this.url, application_name: this.applicationName });
      c.on("error", (err) => this.lost(c, err));
      c.on("end", () => this.lost(c));
      try {
        await c.connect();
      } catch (err) {
        void c.end().catch(() => {});
        throw err;
      }
      this.client = c;
      return c;
    })().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private lost(c: pg.Client, err?: Error): void {
    if (this.client !== c) return;
    this.client = undefined;
    const count = this.held.size;
    this.held.clear();
    if (count > 0) this.log.warn({ locks: count, err: err?.message }, "mailbox lock connection lost; its fetchers stop");
    for (const h of this.lostHandlers) h();
  }

  private run<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
    const next = this.queue.then(async () => fn(await this.connection()));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Takes the mailbox's lock if no session holds it; false when another fetcher has it. */
  tryLock(mailboxId: string): Promise<boolean> {
    return this.run(async (c) => {
      if (this.held.has(mailboxId)) return false;
      const { rows } = await c.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked", [lockName(mailboxId)]);
      const locked = rows[0]?.locked === true;
      if (locked) this.held.add(mailboxId);
      return locked;
    });
  }

  /** Releases the mailbox's lock (nothing to do when the connection that held it is gone). */
  unlock(mailboxId: string): Promise<void> {
    if (!this.held.has(mailboxId)) return Promise.resolve();
    return this.run(async (c) => {
      if (!this.held.delete(mailboxId)) return;
      await c.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [lockName(mailboxId)]);
    });
  }

  /** Whether this connection still holds the mailbox's lock. */
  holds(mailboxId: string): boolean {
    return this.held.has(mailboxId);
  }

  /** Closes the connection, which releases whatever it still holds. */
  async close(): Promise<void> {
    await this.queue;
    const c = this.client;
    this.client = undefined;
    this.held.clear();
    await c?.end().catch(() => {});
  }
}

function lockName(mailboxId: string): string {
  return `shopdesk:imap-fetch:${mailboxId}`;
}
