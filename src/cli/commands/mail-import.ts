import { access } from "node:fs/promises";
import { findImportMailbox, importMailFiles } from "@/server/mail/import-mail-files";
import { UsageError } from "./args";
import { requiredFlag, stringFlag, type CommandHandler } from "./command-context";
import { findCommand } from "./spec";

/** Progress on stderr at most this often, and every this many messages. */
const PROGRESS_MS = 2_000;
const PROGRESS_EVERY = 500;

const rate = (messages: number, ms: number) => (ms > 0 ? (messages / (ms / 1000)).toFixed(0) : "-");

export const mailImport: CommandHandler = async ({ values, positionals, openDatabase, out, progress, log }) => {
  // Every file is checked before anything is stored: a typo fails fast, not after an hour.
  for (const file of positionals) {
    try {
      await access(file);
    } catch {
      throw new UsageError(`Cannot read the file "${file}"`, findCommand("mail:import"));
    }
  }
  const { db } = await openDatabase();
  const mailbox = await findImportMailbox(db, requiredFlag(values, "mailbox"), stringFlag(values, "workspace"));
  progress(`Importing ${positionals.length} file${positionals.length === 1 ? "" : "s"} into ${mailbox.address} (${mailbox.workspaceSlug})…`);
  let lastPrinted = 0;
  const counts = await importMailFiles({ db, log }, mailbox, positionals, ({ messages, elapsedMs }) => {
    if (messages % PROGRESS_EVERY === 0 || elapsedMs - lastPrinted >= PROGRESS_MS) {
      lastPrinted = elapsedMs;
      progress(`${messages} messages read (${rate(messages, elapsedMs)}/s)`);
    }
  });
  out(`Imported ${counts.imported} new message${counts.imported === 1 ? "" : "s"} into ${mailbox.address} (${mailbox.workspaceSlug}); the worker turns them into tickets.`);
  if (counts.alreadyThere > 0) out(`${counts.alreadyThere} message${counts.alreadyThere === 1 ? " was" : "s were"} already in the mailbox and skipped.`);
  if (counts.imported === 0 && counts.alreadyThere > 0 && counts.refused.length === 0) out("Nothing new: every message had been imported before.");
  if (counts.refused.length > 0) {
    out(`Refused ${counts.refused.length} message${counts.refused.length === 1 ? "" : "s"}:`);
    for (const r of counts.refused) out(`  ${r.file}, message ${r.index}: ${r.reason}`);
    return 1;
  }
};
