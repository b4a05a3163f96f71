// One pass over a mailbox's IMAP folder (already open on `client`): every message not fetched yet
// is committed with acceptRawMails and only then marked \Seen or moved (one command for the messages
// of a FETCH group, after all of them are committed), and the mailbox's position (UIDVALIDITY, last
// UID) advances after that, group by group. Messages are taken by UID, not by flag: a
// message someone already read in their mail client is imported all the same.
//
//   first pass of a mailbox (no position yet): the folder's unseen messages; mail read before
//       Shopdesk was connected stays as it is. Then the position is the folder's last UID.
//   UIDVALIDITY changed: every UID is new, so the whole folder is fetched again; what was
//       already stored is recognised by its bytes or by its resync key, never doubled. As on a
//       first pass, mail read before Shopdesk fetched this mailbox (seen, and delivered more
//       than a day before its first IMAP message here) is left as it is.
//   otherwise: UIDs above the last one.
//
// A crash or a failed commit anywhere leaves the message unseen and the position before it, so
// the next pass fetches it again (and acceptRawMail's keys make that harmless).
import type { ImapFlow } from "imapflow";
import type { ImapAfterImport } from "@/generated/prisma/enums";
import type { Db } from "@/server/db";
import type { Logger } from "@/server/logger";
import { acceptRawMails, MAX_RAW_MAIL_BYTES, type AcceptedMail, type MailToAccept } from "../accept-raw-mail";
import { BLOB_TRANSACTION_TIMEOUT_MS } from "@/server/storage/blob-store";
import { imapResyncKey } from "./resync-key";

/** UIDs listed (and sizes read) per FETCH. */
export const FETCH_BATCH = 50;
/** A resync takes seen mail delivered this long before the mailbox's first IMAP message too (clock skew, time zones). */
const RESYNC_MARGIN_MS = 24 * 60 * 60 * 1000;
/** Sources fetched in one FETCH together, at most this many bytes (one larger message alone). */
const GROUP_BYTES = 8 * 1024 * 1024;

export type FetchMailbox = {
  id: string;
  workspaceId: string;
  imapAfterImport: ImapAfterImport;
  imapMoveTo: string | null;
  /** The position; the pass updates these as it commits. */
  imapUidValidity: bigint | null;
  imapLastUid: bigint | null;
};

export type FetchCounts = {
  mode: "first" | "new" | "resync";
  /** New raw messages committed. */
  imported: number;
  /** Messages that were already stored (fetched again after a crash or a resync). */
  known: number;
  /** Oversize or empty messages recorded as unparsed. */
  refused: number;
  /** Resync: seen mail from before Shopdesk fetched the mailbox, left as it is. */
  skipped: number;
};

/** An IMAP command that imapflow answered with `false` instead of throwing. */
export class ImapCommandError extends Error {
  override name = "ImapCommandError";
  constructor(
    message: string,
    readonly command: "SEARCH" | "FETCH" | "STORE" | "MOVE",
  ) {
    super(message);
  }
}

/** Storing failed (the database), not the IMAP server: the message stays unseen for next time. */
export class MailStoreError extends Error {
  override name = "MailStoreError";
  constructor(readonly uid: number | null, cause: unknown) {
    super(`${uid === null ? "The mailbox's position" : `IMAP message ${uid}`} could not be stored`, { cause });
  }
}

async function store<T>(uid: number | null, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw new MailStoreError(uid, err);
  }
}

type Position = { uidValidity: bigint; lastUid: bigint | null };

/** `signal` aborted: stop after the message in hand (what is done so far is kept). */
export async function fetchNewMail(db: Db, log: Logger, client: ImapFlow, mailbox: FetchMailbox, signal?: AbortSignal): Promise<FetchCounts> {
  const folder = client.mailbox;
  if (!folder) throw new Error("fetchNewMail needs an open folder");
  const uidValidity = BigInt(folder.uidValidity);
  const counts: FetchCounts = { mode: "new", imported: 0, known: 0, refused: 0, skipped: 0 };
  const key = { id: mailbox.id, workspaceId: mailbox.workspaceId };

  const savePosition = async (p: Position) => {
    await store(null, () => db.mailbox.update({ where: key, data: { imapUidValidity: p.uidValidity, imapLastUid: p.lastUid }, select: { id: true } }));
    mailbox.imapUidValidity = p.uidValidity;
    mailbox.imapLastUid = p.lastUid;
  };

  if (mailbox.imapLastUid === null) {
    counts.mode = "first";
    const all = await search(client, { all: true });
    // Sorted: the last is the highest (no spread: a folder may hold more UIDs than a call takes arguments).
    const top = all.at(-1) ?? 0;
    const unseen = (await search(client, { seen: false })).filter((u) => u <= top);
    // The position stays unset until every unseen message is in: a pass cut short starts over
    // (what it committed is seen or moved by then, or deduplicated when fetched again).
    await savePosition({ uidValidity, lastUid: null });
    await importUids(db, log, client, mailbox, unseen, uidValidity, counts, null, signal);
    if (signal?.aborted) return counts;
    await savePosition({ uidValidity, lastUid: BigInt(top) });
  } else if (mailbox.imapUidValidity !== uidValidity) {
    counts.mode = "resync";
    log.warn({ from: mailbox.imapUidValidity?.toString() ?? null, to: uidValidity.toString() }, "IMAP folder's UIDVALIDITY changed; fetching it again without doubling");
    await savePosition({ uidValidity, lastUid: 0n });
  }

  const lastUid = mailbox.imapLastUid ?? 0n;
  // `n:*` also names the last message when every UID is below n: filtered out.
  const fresh = (await search(client, { uid: `${lastUid + 1n}:*` })).filter((u) => BigInt(u) > lastUid);
  const skip = counts.mode === "resync" ? await readBeforeShopdesk(db, mailbox.id) : undefined;
  await importUids(db, log, client, mailbox, fresh, uidValidity, counts, async (uid) => savePosition({ uidValidity, lastUid: BigInt(uid) }), signal, skip);
  return counts;
}

type Meta = { size: number; seen: boolean; internalDate: Date | null };

/** During a resync: seen mail delivered before this mailbox's IMAP mail began (less a margin). */
async function readBeforeShopdesk(db: Db, mailboxId: string): Promise<(m: Meta) => boolean> {
  const first = await store(null, () =>
    db.inboundMail.findFirst({ where: { mailboxId, source: "IMAP" }, orderBy: { receivedAt: "asc" }, select: { receivedAt: true } }),
  );
  const since = (first?.receivedAt.getTime() ?? Date.now()) - RESYNC_MARGIN_MS;
  return (m) => m.seen && m.internalDate !== null && m.internalDate.getTime() < since;
}

async function search(client: ImapFlow, query: Parameters<ImapFlow["search"]>[0]): Promise<number[]> {
  const found = await client.search(query, { uid: true });
  if (!found) throw new ImapCommandError("The IMAP server refused the SEARCH", "SEARCH");
  return [...found].sort((a, b) => a - b);
}

async function importUids(
  db: Db,
  log: Logger,
  client: ImapFlow,
  mailbox: FetchMailbox,
  uids: number[],
  uidValidity: bigint,
  counts: FetchCounts,
  advance: ((uid: number) => Promise<void>) | null,
  signal: AbortSignal | undefined,
  skip?: (m: Meta) => boolean,
): Promise<void> {
  const target = { id: mailbox.id, workspaceId: mailbox.workspaceId };
  for (let i = 0; i < uids.length && !signal?.aborted; i += FETCH_BATCH) {
    const batch = uids.slice(i, i + FETCH_BATCH);
    const sizes = new Map<number, number>();
    const skipped = new Set<number>();
    for (const m of await client.fetchAll(batch.join(","), { uid: true, size: true, flags: true, internalDate: true }, { uid: true })) {
      sizes.set(m.uid, m.size ?? 0);
      const internalDate = m.internalDate ? new Date(m.internalDate) : null;
      if (skip?.({ size: m.size ?? 0, seen: m.flags?.has("\\Seen") ?? false, internalDate: internalDate && !isNaN(internalDate.getTime()) ? internalDate : null })) {
        skipped.add(m.uid);
      }
    }
    for (const group of groups(batch, sizes)) {
      const sources = new Map<number, Buffer>();
      const fetchable = group.filter((uid) => {
        if (skipped.has(uid)) return false;
        const size = sizes.get(uid);
        return size !== undefined && size > 0 && size <= MAX_RAW_MAIL_BYTES;
      });
      if (fetchable.length > 0) {
        for (const m of await client.fetchAll(fetchable.join(","), { uid: true, source: true }, { uid: true })) {
          if (m.source) sources.set(m.uid, m.source);
        }
      }
      // First what to store, message by message (IMAP commands only); then the whole group in one
      // transaction (one commit instead of one per message); then one command marks the group's
      // messages seen (or moves them), and only then does the position pass them.
      const toStore: Array<{ uid: number; mail: MailToAccept; refused?: number }> = [];
      let passed: number | null = null;
      for (const uid of group) {
        if (signal?.aborted) break;
        const size = sizes.get(uid);
        const imap = { uidValidity, uid: BigInt(uid) };
        if (skipped.has(uid)) {
          counts.skipped++;
        } else if (size === undefined) {
          // Expunged between SEARCH and FETCH: nothing left to import.
          log.info({ uid }, "IMAP message gone before it was fetched");
        } else if (size === 0 || size > MAX_RAW_MAIL_BYTES) {
          const headers = size === 0 ? Buffer.alloc(0) : await fetchHeaders(client, uid);
          const reason =
            size === 0
              ? "the message on the IMAP server is empty"
              : `the message is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB limit: only its headers are kept, and it stays unread on the IMAP server (UID ${uid})`;
          toStore.push({ uid, refused: size, mail: { kind: "refused", kept: headers, size, reason, imap } });
        } else {
          const raw = sources.get(uid);
          if (!raw) {
            // Moving on is only safe when the message is really gone (expunged meanwhile).
            if ((await search(client, { uid: String(uid) })).includes(uid)) {
              throw new ImapCommandError(`The IMAP server did not return message ${uid}`, "FETCH");
            }
            log.info({ uid }, "IMAP message gone before its source was fetched");
          } else {
            toStore.push({ uid, mail: { kind: "raw", raw, imap: { ...imap, resyncKey: imapResyncKey(raw) } } });
          }
        }
        passed = uid;
      }
      const { stored, failure } = toStore.length === 0 ? { stored: [], failure: null } : await storeGroup(db, log, target, toStore);
      // Marked seen or moved only now that their bytes are committed (refused ones stay unread).
      const committed: number[] = [];
      stored.forEach((result, i) => {
        const item = toStore[i]!;
        if (item.refused !== undefined) {
          if (result.created) counts.refused++;
          log.warn({ uid: item.uid, size: item.refused, inboundMailId: result.id }, "IMAP message too large or empty; recorded as unparsed");
          return;
        }
        if (result.created) counts.imported++;
        else counts.known++;
        committed.push(item.uid);
      });
      if (failure) {
        const failed = failure;
        // Best effort: if marking fails too, the next pass fetches them again and recognises them.
        const before = group.indexOf(failed.uid) - 1;
        await (async () => {
          if (committed.length > 0) await afterImport(client, mailbox, committed);
          if (before >= 0) await advance?.(group[before]!);
        })().catch(() => undefined);
        throw new MailStoreError(failed.uid, failed.err);
      }
      if (committed.length > 0) await afterImport(client, mailbox, committed);
      if (passed !== null) await advance?.(passed);
      if (signal?.aborted) return;
    }
  }
}

type ToStore = { uid: number; mail: MailToAccept };

/**
 * Commits a group's messages: all in one set-based transaction (acceptRawMails: a handful of
 * statements for the group, where one each cost the worker more than parsing them), and when that
 * fails, again one by one, each in a savepoint of its own: one the database refuses is rolled back
 * alone, the ones before it still commit (and are marked seen), and the fetch stops before it.
 */
async function storeGroup(
  db: Db,
  log: Logger,
  mailbox: { id: string; workspaceId: string },
  toStore: ToStore[],
): Promise<{ stored: AcceptedMail[]; failure: { uid: number; err: unknown } | null }> {
  const to = { mailbox, source: "IMAP" as const };
  try {
    return { stored: await acceptRawMails(db, to, toStore.map((item) => item.mail)), failure: null };
  } catch (err) {
    log.warn({ err: err instanceof Error ? err.message : String(err), uids: toStore.map((item) => item.uid) }, "committing an IMAP group at once failed; committing its messages one by one");
  }
  let failure = null as { uid: number; err: unknown } | null;
  const stored = await store(toStore[0]!.uid, () =>
    db.$transaction(async (tx) => {
      const out: AcceptedMail[] = [];
      for (const item of toStore) {
        await tx.$executeRawUnsafe("SAVEPOINT imap_message");
        try {
          out.push(...(await acceptRawMails(tx, to, [item.mail])));
          await tx.$executeRawUnsafe("RELEASE SAVEPOINT imap_message");
        } catch (err) {
          await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT imap_message");
          failure = { uid: item.uid, err };
          break;
        }
      }
      return out;
      // A group is up to GROUP_BYTES, each message's bytes possibly uploaded to S3.
    }, { timeout: BLOB_TRANSACTION_TIMEOUT_MS }),
  );
  return { stored, failure };
}

/** Consecutive UIDs whose sources together stay under GROUP_BYTES (a larger one alone). */
function groups(uids: number[], sizes: Map<number, number>): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const uid of uids) {
    const size = Math.min(sizes.get(uid) ?? 0, MAX_RAW_MAIL_BYTES);
    if (current.length > 0 && bytes + size > GROUP_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(uid);
    bytes += size;
  }
  if (current.length > 0) out.push(current);
  return out;
}

async function fetchHeaders(client: ImapFlow, uid: number): Promise<Buffer> {
  const m = await client.fetchOne(String(uid), { uid: true, headers: true }, { uid: true });
  return m && m.headers ? m.headers : Buffer.alloc(0);
}

/** Marks the committed messages seen, or moves them, with one command. */
async function afterImport(client: ImapFlow, mailbox: FetchMailbox, uids: number[]): Promise<void> {
  const set = uids.join(",");
  if (mailbox.imapAfterImport === "MOVE" && mailbox.imapMoveTo) {
    const moved = await client.messageMove(set, mailbox.imapMoveTo, { uid: true });
    if (moved === false) throw new ImapCommandError(`Could not move the message to "${mailbox.imapMoveTo}"`, "MOVE");
    return;
  }
  const flagged = await client.messageFlagsAdd(set, ["\\Seen"], { uid: true });
  if (flagged === false) throw new ImapCommandError("Could not mark the message as seen", "STORE");
}
