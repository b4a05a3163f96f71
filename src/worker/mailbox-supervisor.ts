// The worker's IMAP side: every interval it lists the mailboxes with IMAP settings (all
// workspaces) and starts a fetcher session for each one that is due (no retry time in the
// future) and not fetched here yet, at most `maxFetchers` at once, oldest fetch first. A session
// takes the mailbox's advisory lock, so a mailbox another worker is fetching is skipped. On a
// server with IDLE the session stays connected and fetches as mail arrives; without IDLE each
// round is one poll. When mailboxes wait for a slot, idle sessions are asked to end so every
// mailbox gets its turn. A mailbox deleted or whose IMAP settings changed has its session stopped
// (a changed one starts again with the new settings at the next round).
import type { Db } from "@/server/db";
import type { Logger } from "@/server/logger";
import { MailboxLocks } from "@/server/mail/imap/mailbox-locks";
import { runMailboxFetcher } from "@/server/mail/imap/run-mailbox-fetcher";
import { listImapMailboxes } from "@/server/mailboxes/mailbox.queries";

export type MailboxSupervisorOptions = { intervalMs: number; maxFetchers: number };
export type MailboxSupervisor = {
  /** A round now (a mailbox was added, changed or deleted), then the interval again from there. */
  wake: () => void;
  stop: () => Promise<void>;
};

type Session = { settings: string; abort: AbortController; idle: boolean; startedAt: number; done: Promise<void> };

export function startMailboxSupervisor(db: Db, url: string, log: Logger, opts: MailboxSupervisorOptions): MailboxSupervisor {
  const locks = new MailboxLocks(url, log);
  const sessions = new Map<string, Session>();
  // Mailboxes whose lock another worker held at our last try.
  const heldElsewhere = new Set<string>();
  // Mailboxes an idle session was stopped for: they get the freed slot, not the stopped one.
  const preferred = new Set<string>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> = Promise.resolve();

  // The lock connection is gone, and every lock with it: another worker may take these mailboxes.
  locks.onLost(() => {
    for (const s of sessions.values()) s.abort.abort();
  });

  const start = (m: { id: string; workspaceId: string; settings: string }) => {
    const abort = new AbortController();
    const session: Session = { settings: m.settings, abort, idle: false, startedAt: Date.now(), done: Promise.resolve() };
    session.done = runMailboxFetcher({ db, log, locks }, m, {
      signal: abort.signal,
      idle: true,
      recheckMs: opts.intervalMs,
      onIdle: (idling) => (session.idle = idling),
    })
      .then((outcome) => {
        if (outcome === "locked") heldElsewhere.add(m.id);
        else heldElsewhere.delete(m.id);
        log.debug({ mailboxId: m.id, outcome }, "mailbox fetcher ended");
      })
      .catch((err: unknown) => log.error({ mailboxId: m.id, err: err instanceof Error ? err.message : String(err) }, "mailbox fetcher failed"))
      .finally(() => {
        if (sessions.get(m.id) === session) sessions.delete(m.id);
      });
    sessions.set(m.id, session);
  };

  const runRound = async () => {
    const mailboxes = await listImapMailboxes(db);
    if (stopped) return;
    const current = new Map(mailboxes.map((m) => [m.id, m]));
    for (const [id, s] of sessions) {
      const m = current.get(id);
      if (!m || m.settings !== s.settings) s.abort.abort();
    }
    for (const set of [heldElsewhere, preferred]) for (const id of set) if (!current.has(id)) set.delete(id);
    const now = Date.now();
    const due = mailboxes.filter((m) => !sessions.has(m.id) && (!m.retryAt || m.retryAt.getTime() <= now));
    // A mailbox another worker is fetching does not push our idle sessions out (it would only
    // find the lock taken again); it is still tried when a slot is free, to take over from a
    // worker that stopped.
    const waiting = [...due.filter((m) => preferred.has(m.id)), ...due.filter((m) => !preferred.has(m.id) && !heldElsewhere.has(m.id))];
    const free = opts.maxFetchers - sessions.size;
    const stopping = [...sessions.values()].filter((s) => s.abort.signal.aborted).length;
    const short = waiting.length - Math.max(0, free) - stopping;
    if (short > 0) {
      // Idle sessions make room, longest-running first; the slot goes to a waiting mailbox, and
      // the stopped one queues up again behind the others.
      const idle = [...sessions.values()].filter((s) => s.idle && !s.abort.signal.aborted).sort((a, b) => a.startedAt - b.startedAt);
      const stopped = idle.slice(0, short);
      for (const s of stopped) s.abort.abort();
      for (const m of waiting.slice(Math.max(0, free), Math.max(0, free) + stopping + stopped.length)) preferred.add(m.id);
    }
    const order = [...waiting, ...due.filter((m) => heldElsewhere.has(m.id) && !preferred.has(m.id))];
    for (const m of order.slice(0, Math.max(0, free))) {
      preferred.delete(m.id);
      start(m);
    }
  };

  let running = false;
  let again = false;
  const tick = () => {
    clearTimeout(timer);
    running = true;
    round = runRound().catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, "mailbox supervisor round failed"));
    void round.then(() => {
      running = false;
      if (stopped) return;
      if (again) {
        again = false;
        tick();
      } else timer = setTimeout(tick, opts.intervalMs);
    });
  };
  tick();
  log.info({ intervalMs: opts.intervalMs, maxFetchers: opts.maxFetchers }, "mailbox supervisor started");

  return {
    wake: () => {
      if (stopped) return;
      if (running) again = true;
      else tick();
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await round;
      for (const s of sessions.values()) s.abort.abort();
      await Promise.all([...sessions.values()].map((s) => s.done));
      await locks.close();
    },
  };
}
