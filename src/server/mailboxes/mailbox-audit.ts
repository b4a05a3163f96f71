// What the audit log keeps of a mailbox: its settings without secrets. Passwords are reported
// only as set, replaced or removed (recordAudit's `secrets`), never by value; the forwarding key
// and the inbound secret's hash are left out as well.
import type { AuditTarget } from "@/server/audit/record-audit";
import type { MailboxRow } from "./mailbox.queries";

export function mailboxTarget(row: Pick<MailboxRow, "id" | "name" | "address">): AuditTarget {
  return { type: "mailbox", id: row.id, label: `${row.name} <${row.address}>` };
}

export function mailboxAuditFields(row: MailboxRow): Record<string, unknown> {
  return {
    name: row.name,
    address: row.address,
    isDefault: row.isDefault,
    autoAcknowledge: row.autoAcknowledge,
    autoAcknowledgeTemplates: row.autoAcknowledgeTemplates,
    imapHost: row.imapHost,
    imapPort: row.imapPort,
    imapSecurity: row.imapSecurity,
    imapUsername: row.imapUsername,
    imapFolder: row.imapFolder,
    imapAfterImport: row.imapAfterImport,
    imapMoveTo: row.imapMoveTo,
    smtpHost: row.smtpHost,
    smtpPort: row.smtpPort,
    smtpSecurity: row.smtpSecurity,
    smtpUsername: row.smtpUsername,
    smtpFromName: row.smtpFromName,
  };
}

type Sealed = Pick<MailboxRow, "imapPasswordEnc" | "smtpPasswordEnc">;

/** The passwords that differ between two states of a mailbox (null `before`: creation; null `after`: deletion). */
export function mailboxSecrets(before: Sealed | null, after: Sealed | null) {
  const one = (key: "imapPasswordEnc" | "smtpPasswordEnc") => {
    const was = before?.[key] ?? null;
    const is = after?.[key] ?? null;
    return was === is ? undefined : { before: was !== null, after: is !== null };
  };
  return { imapPassword: one("imapPasswordEnc"), smtpPassword: one("smtpPasswordEnc") };
}
