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
export type MailboxSupervisor = { stop: () => Promise<void> };

type Session = { settings: string; abort: AbortController; idle: boolean; startedAt: number; done: Promise<void> };

export function startMailboxSupervisor(db: Db, url: string, log: Logger, opts: MailboxSupervisorOptions): MailboxSupervisor {
  const locks = new MailboxLocks(url, log);
  const sessions = new Map<string, Session>();
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
      .then((outcome) => log.debug({ mailboxId: m.id, outcome }, "mailbox fetcher ended"))
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
    const now = Date.now();
    const due = mailboxes.filter((m) => !sessions.has(m.id) && (!m.retryAt || m.retryAt.getTime() <= now));
    const free = opts.maxFetchers - sessions.size;
    if (due.length > free) {
      // Idle sessions make room, longest-running first; their mailboxes queue up again behind the others.
      const idle = [...sessions.values()].filter((s) => s.idle && !s.abort.signal.aborted).sort((a, b) => a.startedAt - b.startedAt);
      for (const s of idle.slice(0, due.length - free)) s.abort.abort();
    }
    for (const m of due.slice(0, Math.max(0, free))) start(m);
  };

  const tick = () => {
    round = runRound().catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, "mailbox supervisor round failed"));
    void round.then(() => {
      if (!stopped) timer = setTimeout(tick, opts.intervalMs);
    });
  };
  tick();
  log.info({ intervalMs: opts.intervalMs, maxFetchers: opts.maxFetchers }, "mailbox supervisor started");

  return {
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
