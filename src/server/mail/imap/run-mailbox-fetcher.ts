// One fetcher session for one mailbox: takes the mailbox's lock (or leaves the mailbox to the
// worker that holds it), connects with the decrypted password, opens the folder and fetches new
// mail; then, when the server has IDLE and the caller wants it, stays connected and fetches again
// whenever the server announces new messages (and every `recheckMs` in case an announcement was
// missed) until it is asked to stop. A server that has no IDLE gets one pass per session: the
// supervisor's next round is the poll.
//
// An IMAP failure (login, TLS, folder, a refused MOVE) is recorded on the mailbox with back-off;
// a failure to commit (the database) is not the mailbox's fault and only logged. Either way the
// message in hand stays unseen on the server and is fetched again next time.
import type { ImapFlow } from "imapflow";
import type { Db } from "@/server/db";
import type { Logger } from "@/server/logger";
import { connectionFailureCode, type ConnectionFailureCode } from "@/server/mailboxes/connection-failure";
import { recordFetchFailure, recordFetchSuccess } from "@/server/mailboxes/fetch-status";
import { imapClient } from "@/server/mailboxes/imap-client";
import { IMAP_SETTINGS_SELECT } from "@/server/mailboxes/mailbox.queries";
import { keyring, openSecret } from "../secret-box";
import { fetchNewMail, ImapCommandError, MailStoreError, type FetchMailbox } from "./fetch-new-mail";
import type { MailboxLocks } from "./mailbox-locks";

const CONNECT_TIMEOUT_MS = 30_000;
const SOCKET_TIMEOUT_MS = 5 * 60_000;
const AUTO_IDLE_MS = 1_000;

export type FetcherOptions = {
  /** Aborted: finish the message in hand, log out, release the lock. */
  signal?: AbortSignal;
  /** Stay connected in IDLE after the first pass when the server has IDLE. */
  idle?: boolean;
  /** While idling, fetch again at least this often. */
  recheckMs?: number;
  /** Told when the session starts and stops waiting in IDLE (a supervisor may stop idle sessions to free a slot). */
  onIdle?: (idling: boolean) => void;
};

/** locked: another fetcher has it; gone: deleted or no IMAP settings; waiting: its retry time has not come. */
export type FetcherOutcome = "done" | "failed" | "locked" | "gone" | "waiting";

const FETCHER_SELECT = {
  id: true,
  workspaceId: true,
  ...IMAP_SETTINGS_SELECT,
  imapUidValidity: true,
  imapLastUid: true,
  retryAt: true,
} as const;

/** An error that is the IMAP server's (or its settings'), recorded on the mailbox with this code. */
class MailboxFailure extends Error {
  constructor(
    readonly code: ConnectionFailureCode,
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
  }
}

async function imapStep<T>(fn: () => Promise<T>, code?: ConnectionFailureCode): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw new MailboxFailure(code ?? connectionFailureCode(err), err);
  }
}

export async function runMailboxFetcher(
  deps: { db: Db; log: Logger; locks: MailboxLocks },
  mailbox: { id: string; workspaceId: string },
  opts: FetcherOptions = {},
): Promise<FetcherOutcome> {
  const { db, locks } = deps;
  const log = deps.log.child({ mailboxId: mailbox.id, workspaceId: mailbox.workspaceId });
  if (!(await locks.tryLock(mailbox.id))) return "locked";
  let client: ImapFlow | undefined;
  try {
    // Read under the lock: the position is this session's alone from here on.
    const row = await db.mailbox.findFirst({ where: { id: mailbox.id, workspaceId: mailbox.workspaceId }, select: FETCHER_SELECT });
    if (!row || !row.imapHost || row.imapPort === null || !row.imapUsername || !row.imapPasswordEnc) return "gone";
    // Another worker may have recorded a failure since this one listed the mailbox.
    if (row.retryAt && row.retryAt > new Date()) return "waiting";
    const password = await imapStep(async () => openSecret(row.imapPasswordEnc!, await keyring()), "auth_failed");
    client = imapClient(row, password, { connectMs: CONNECT_TIMEOUT_MS, socketMs: SOCKET_TIMEOUT_MS, autoIdleMs: AUTO_IDLE_MS });
    const c = client;
    await imapStep(() => c.connect());
    await imapStep(() => c.mailboxOpen(row.imapFolder), "folder_missing");

    let news = false;
    c.on("exists", (e: { count: number; prevCount: number }) => {
      if (e.count > e.prevCount) news = true;
    });
    const target: FetchMailbox = row;
    for (;;) {
      news = false;
      const counts = await fetchPass(db, log, c, target, opts.signal);
      await recordFetchSuccess(db, mailbox);
      if (counts.imported + counts.known + counts.refused + counts.skipped > 0 || counts.mode !== "new") log.info(counts, "mailbox fetched");
      if (!opts.idle || !c.capabilities.has("IDLE") || opts.signal?.aborted) break;
      if (news) continue;
      opts.onIdle?.(true);
      const woke = await waitForNews(c, opts.signal, opts.recheckMs ?? 60_000, () => news);
      opts.onIdle?.(false);
      if (woke === "stop" || woke === "closed") break;
    }
    return "done";
  } catch (err) {
    if (err instanceof MailboxFailure) {
      try {
        const { retryAt, failureCount } = await recordFetchFailure(db, mailbox, err.code, err.original);
        log.warn({ code: err.code, failureCount, retryAt: retryAt.toISOString() }, "mailbox fetch failed; retrying later");
      } catch (recordErr) {
        log.error({ code: err.code, err: recordErr instanceof Error ? recordErr.message.slice(0, 500) : String(recordErr) }, "mailbox fetch failed and the failure could not be recorded");
      }
      return "failed";
    }
    log.error({ uid: err instanceof MailStoreError ? err.uid : undefined, err: errorSummary(err instanceof MailStoreError ? err.cause : err) }, "mailbox fetch stopped: storing failed; what was not stored stays unseen and is fetched again");
    return "failed";
  } finally {
    if (client) await client.logout().catch(() => client!.close());
    await locks.unlock(mailbox.id).catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not release the mailbox lock"));
  }
}

/**
 * Name, code and the first line of the message only: a database client's error may quote the
 * values it was given after that line, and those may be a message's bytes.
 */
function errorSummary(err: unknown): { name?: string; code?: unknown; message: string } {
  if (!(err instanceof Error)) return { message: String(err).split("\n")[0]!.slice(0, 200) };
  return { name: err.name, code: (err as { code?: unknown }).code, message: err.message.split("\n")[0]!.slice(0, 200) };
}

/** One pass; the IMAP server's errors become MailboxFailure, storing errors pass through. */
async function fetchPass(db: Db, log: Logger, client: ImapFlow, mailbox: FetchMailbox, signal: AbortSignal | undefined) {
  try {
    return await fetchNewMail(db, log, client, mailbox, signal);
  } catch (err) {
    if (err instanceof MailStoreError) throw err;
    if (err instanceof ImapCommandError) throw new MailboxFailure(err.command === "MOVE" ? "folder_missing" : "connection_failed", err);
    throw new MailboxFailure(connectionFailureCode(err), err);
  }
}

function waitForNews(client: ImapFlow, signal: AbortSignal | undefined, recheckMs: number, pending: () => boolean): Promise<"news" | "recheck" | "stop" | "closed"> {
  return new Promise((resolve) => {
    const finish = (r: "news" | "recheck" | "stop" | "closed") => {
      clearTimeout(timer);
      client.off("exists", onExists);
      client.off("close", onClose);
      signal?.removeEventListener("abort", onAbort);
      resolve(r);
    };
    const onExists = () => {
      if (pending()) finish("news");
    };
    const onClose = () => finish("closed");
    const onAbort = () => finish("stop");
    const timer = setTimeout(() => finish("recheck"), recheckMs);
    client.on("exists", onExists);
    client.on("close", onClose);
    signal?.addEventListener("abort", onAbort);
    if (signal?.aborted) finish("stop");
    else if (!client.usable) finish("closed");
  });
}
