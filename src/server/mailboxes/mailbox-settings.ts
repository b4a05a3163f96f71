// Turns the API's `imap` / `smtp` settings into Mailbox columns: enums upper-cased, passwords
// sealed with the current encryption key. On an update the new settings merge over the stored
// ones, and a password is replaced only when one is given.
import { z } from "zod";
import type { ImapAfterImport, MailSecurity } from "@/generated/prisma/enums";
import type { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { keyring, sealSecret } from "@/server/mail/secret-box";
import { parseInput } from "@/server/validate";
import { ImapSettingsSchema, SmtpSettingsSchema } from "./mailbox.schemas";
import type { MailboxRow } from "./mailbox.queries";

type Imap = z.output<typeof ImapSettingsSchema>;
type Smtp = z.output<typeof SmtpSettingsSchema>;
type ImapPatch = Partial<Imap> | null | undefined;
type SmtpPatch = Partial<Smtp> | null | undefined;

const upper = (s: string) => s.toUpperCase() as MailSecurity;
const afterImport = (v: Imap["afterImport"]): ImapAfterImport => (v === "move" ? "MOVE" : "MARK_SEEN");

export const NO_IMAP = {
  imapHost: null,
  imapPort: null,
  imapSecurity: null,
  imapUsername: null,
  imapPasswordEnc: null,
  imapFolder: "INBOX",
  imapAfterImport: "MARK_SEEN",
  imapMoveTo: null,
  imapUidValidity: null,
  imapLastUid: null,
} as const satisfies Prisma.MailboxUpdateInput;

export const NO_SMTP = {
  smtpHost: null,
  smtpPort: null,
  smtpSecurity: null,
  smtpUsername: null,
  smtpPasswordEnc: null,
  smtpFromName: null,
} as const satisfies Prisma.MailboxUpdateInput;

export async function imapColumns(imap: Imap | undefined) {
  if (!imap) return NO_IMAP;
  return {
    imapHost: imap.host,
    imapPort: imap.port,
    imapSecurity: upper(imap.security),
    imapUsername: imap.username,
    imapPasswordEnc: sealSecret(imap.password, await keyring()),
    imapFolder: imap.folder ?? "INBOX",
    imapAfterImport: afterImport(imap.afterImport),
    imapMoveTo: imap.moveTo ?? null,
  };
}

export async function smtpColumns(smtp: Smtp | undefined) {
  if (!smtp) return NO_SMTP;
  return {
    smtpHost: smtp.host,
    smtpPort: smtp.port,
    smtpSecurity: upper(smtp.security),
    smtpUsername: smtp.username ?? null,
    smtpPasswordEnc: smtp.password ? sealSecret(smtp.password, await keyring()) : null,
    smtpFromName: smtp.fromName ?? null,
  };
}

const PASSWORD_REQUIRED = "is required (the mailbox has no IMAP password yet)";

/** The IMAP columns after `patch` (undefined: unchanged). Validates the merged settings as a whole. */
export async function mergedImapColumns(row: MailboxRow, patch: ImapPatch) {
  if (patch === undefined) return {};
  if (patch === null) return NO_IMAP;
  const stored = row.imapHost
    ? {
        host: row.imapHost,
        port: row.imapPort ?? undefined,
        security: row.imapSecurity?.toLowerCase(),
        username: row.imapUsername ?? undefined,
        folder: row.imapFolder,
        afterImport: row.imapAfterImport === "MOVE" ? "move" : "mark-seen",
        ...(row.imapMoveTo ? { moveTo: row.imapMoveTo } : {}),
      }
    : {};
  const merged = { ...stored, ...patch };
  const { password, ...rest } = merged;
  if (!password && row.imapPasswordEnc === null) {
    throw new AppError("VALIDATION", "Some fields are invalid", {
      fields: { "imap.password": PASSWORD_REQUIRED },
      fieldIssues: { "imap.password": { code: "required", message: PASSWORD_REQUIRED } },
    });
  }
  // Validated with a stand-in for a kept password, which is never written.
  const { imap } = parseInput(z.object({ imap: ImapSettingsSchema }), { imap: { ...rest, password: password ?? "kept" } });
  const columns = await imapColumns(imap);
  const serverChanged =
    imap.host !== row.imapHost || imap.username !== row.imapUsername || (imap.folder ?? "INBOX") !== row.imapFolder;
  return {
    ...columns,
    imapPasswordEnc: password ? columns.imapPasswordEnc : row.imapPasswordEnc,
    // New settings (a corrected password, say) are tried at the fetcher's next round, not after
    // the back-off the old ones earned; the error shown stays until that fetch succeeds.
    retryAt: null,
    failureCount: 0,
    // Another server, account or folder: its UIDs mean nothing to the old position.
    ...(serverChanged ? { imapUidValidity: null, imapLastUid: null } : {}),
  };
}

/** The SMTP columns after `patch` (undefined: unchanged). */
export async function mergedSmtpColumns(row: MailboxRow, patch: SmtpPatch) {
  if (patch === undefined) return {};
  if (patch === null) return NO_SMTP;
  const stored = row.smtpHost
    ? {
        host: row.smtpHost,
        port: row.smtpPort ?? undefined,
        security: row.smtpSecurity?.toLowerCase(),
        ...(row.smtpUsername ? { username: row.smtpUsername } : {}),
        ...(row.smtpFromName ? { fromName: row.smtpFromName } : {}),
      }
    : {};
  const merged = { ...stored, ...patch };
  const keep = !patch.password && row.smtpPasswordEnc !== null;
  const { smtp } = parseInput(z.object({ smtp: SmtpSettingsSchema }), { smtp: keep ? { ...merged, password: "kept" } : merged });
  const columns = await smtpColumns(smtp);
  return { ...columns, smtpPasswordEnc: keep ? row.smtpPasswordEnc : columns.smtpPasswordEnc };
}
