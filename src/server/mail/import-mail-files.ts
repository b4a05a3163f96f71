// `mail:import`: the messages of .eml and mbox files committed into a mailbox exactly as mail that
// came in by IMAP or forwarding (acceptRawMail, source IMPORT); the worker's processing job turns
// them into tickets. Importing the same files again creates nothing: acceptRawMail recognises
// each message by its bytes (sha256) in the mailbox.
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { acceptRawMail, MAX_RAW_MAIL_BYTES } from "./accept-raw-mail";
import { readMailFile } from "./mail-file-reader";

export type ImportMailbox = { id: string; workspaceId: string; address: string; workspaceSlug: string };

/**
 * The mailbox with this address; `workspaceSlug` is needed only when several workspaces have a
 * mailbox with the same address.
 */
export async function findImportMailbox(db: Db, address: string, workspaceSlug?: string): Promise<ImportMailbox> {
  const wanted = address.trim().toLowerCase();
  const slug = workspaceSlug?.trim().toLowerCase();
  const found = await db.mailbox.findMany({
    where: { address: wanted, ...(slug ? { workspace: { slug } } : {}) },
    select: { id: true, workspaceId: true, address: true, workspace: { select: { slug: true } } },
    take: 2,
  });
  if (found.length === 0) {
    throw new AppError("NOT_FOUND", `No mailbox with the address "${wanted}"${slug ? ` in the workspace "${slug}"` : ""} (see mailbox:list)`, {
      fields: { mailbox: "not found" },
    });
  }
  if (found.length > 1) {
    throw new AppError("VALIDATION", `Several workspaces have a mailbox "${wanted}": say which with --workspace`, { fields: { workspace: "required" } });
  }
  const m = found[0]!;
  return { id: m.id, workspaceId: m.workspaceId, address: m.address, workspaceSlug: m.workspace.slug };
}

export type RefusedMessage = { file: string; index: number; size: number; reason: string };

export type ImportCounts = { imported: number; alreadyThere: number; refused: RefusedMessage[] };

export type ImportProgress = { messages: number; elapsedMs: number };

function refusalReason(reason: "empty" | "too-large", size: number): string {
  return reason === "empty" ? "the message is empty" : `the message is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB limit`;
}

/**
 * Imports every message of `files` in order, one commit per message. `onProgress` is called after
 * each message (the caller decides how often to print). A file that cannot be read throws: what
 * was committed before stays, and a second run skips it.
 */
export async function importMailFiles(
  deps: { db: Db; log: Logger },
  mailbox: ImportMailbox,
  files: readonly string[],
  onProgress?: (p: ImportProgress) => void,
): Promise<ImportCounts> {
  const counts: ImportCounts = { imported: 0, alreadyThere: 0, refused: [] };
  const started = Date.now();
  const target = { id: mailbox.id, workspaceId: mailbox.workspaceId };
  let messages = 0;
  for (const file of files) {
    for await (const m of readMailFile(file)) {
      messages++;
      if (m.kind === "refused") {
        counts.refused.push({ file, index: m.index, size: m.size, reason: refusalReason(m.reason, m.size) });
        deps.log.warn({ mailboxId: mailbox.id, index: m.index, size: m.size, reason: m.reason }, "mail:import refused a message");
      } else {
        const accepted = await acceptRawMail(deps.db, { mailbox: target, raw: m.raw, source: "IMPORT" });
        if (accepted.created) counts.imported++;
        else counts.alreadyThere++;
      }
      onProgress?.({ messages, elapsedMs: Date.now() - started });
    }
  }
  deps.log.info({ mailboxId: mailbox.id, imported: counts.imported, alreadyThere: counts.alreadyThere, refused: counts.refused.length }, "mail:import done");
  return counts;
}
