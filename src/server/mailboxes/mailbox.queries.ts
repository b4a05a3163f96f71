// The reads the mailbox use cases share: the row as selected, its API view (no secrets), the
// fetch-or-404 helper, and the per-workspace lock that keeps "exactly one default" true.
import { randomBytes } from "node:crypto";
import { inboundMailDomain } from "@/env";
import type { Ctx } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { base32, randomToken, sha256Hex } from "@/server/tokens";
import { storedTemplates } from "@/server/mail/auto-acknowledge-templates";
import type { MailboxView } from "./mailbox.schemas";

/** A mailbox's IMAP settings: what the API view, the fetcher and its supervisor read. */
export const IMAP_SETTINGS_SELECT = {
  imapHost: true,
  imapPort: true,
  imapSecurity: true,
  imapUsername: true,
  imapPasswordEnc: true,
  imapFolder: true,
  imapAfterImport: true,
  imapMoveTo: true,
} as const satisfies Prisma.MailboxSelect;

/** A mailbox's SMTP settings: what the API view and the sender read. */
export const SMTP_SETTINGS_SELECT = {
  smtpHost: true,
  smtpPort: true,
  smtpSecurity: true,
  smtpUsername: true,
  smtpPasswordEnc: true,
  smtpFromName: true,
} as const satisfies Prisma.MailboxSelect;

export const MAILBOX_SELECT = {
  id: true,
  name: true,
  address: true,
  forwardingKey: true,
  isDefault: true,
  autoAcknowledge: true,
  autoAcknowledgeTemplates: true,
  ...IMAP_SETTINGS_SELECT,
  ...SMTP_SETTINGS_SELECT,
  lastErrorCode: true,
  lastError: true,
  lastErrorAt: true,
  retryAt: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.MailboxSelect;

export type MailboxRow = Prisma.MailboxGetPayload<{ select: typeof MAILBOX_SELECT }>;

const lower = <T extends string>(v: T) => v.toLowerCase() as Lowercase<T>;

export function forwardingAddress(forwardingKey: string): string {
  return `${forwardingKey}@${inboundMailDomain()}`;
}

/** The mailbox as the API and the CLI show it: settings without passwords, and its health. */
export function toMailboxView(m: MailboxRow): MailboxView {
  return {
    id: m.id,
    name: m.name,
    address: m.address,
    forwardingAddress: forwardingAddress(m.forwardingKey),
    isDefault: m.isDefault,
    autoAcknowledge: m.autoAcknowledge,
    autoAcknowledgeTemplates: storedTemplates(m.autoAcknowledgeTemplates),
    imap:
      m.imapHost && m.imapPort !== null && m.imapSecurity && m.imapUsername !== null
        ? {
            host: m.imapHost,
            port: m.imapPort,
            security: lower(m.imapSecurity),
            username: m.imapUsername,
            folder: m.imapFolder,
            afterImport: m.imapAfterImport === "MOVE" ? "move" : "mark-seen",
            moveTo: m.imapMoveTo,
            hasPassword: m.imapPasswordEnc !== null,
          }
        : null,
    smtp:
      m.smtpHost && m.smtpPort !== null && m.smtpSecurity
        ? {
            host: m.smtpHost,
            port: m.smtpPort,
            security: lower(m.smtpSecurity),
            username: m.smtpUsername,
            fromName: m.smtpFromName,
            hasPassword: m.smtpPasswordEnc !== null,
          }
        : null,
    status:
      m.lastErrorCode === null
        ? { state: "ok" }
        : {
            state: "failing",
            code: m.lastErrorCode,
            message: m.lastError ?? m.lastErrorCode,
            since: (m.lastErrorAt ?? m.updatedAt).toISOString(),
            retryAt: m.retryAt?.toISOString() ?? null,
          },
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}

/** The workspace's mailbox, or NOT_FOUND (a foreign or unknown id alike). */
export async function getMailboxRow(ctx: Ctx, mailboxId: string): Promise<MailboxRow> {
  const row = await ctx.db.mailbox.findFirst({ where: { id: mailboxId, workspaceId: ctx.workspace.id }, select: MAILBOX_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "No such mailbox in this workspace");
  return row;
}

/**
 * Serialises the changes to one workspace's mailboxes (inside a transaction): creating the first
 * (default) one, moving the default, deleting the default. Mailbox changes are rare; a
 * transaction-scoped advisory lock costs nothing elsewhere.
 */
export async function lockWorkspaceMailboxes(db: DbTx, workspaceId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shopdesk:mailboxes:${workspaceId}`}, 0))`;
}

/** An address already used by another mailbox of the workspace: a 422 on `address`. */
export async function assertAddressFree(db: DbTx, workspaceId: string, address: string, exceptId?: string): Promise<void> {
  const taken = await db.mailbox.findFirst({
    where: { workspaceId, address, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) addressTaken();
}

export function addressTaken(cause?: unknown): never {
  throw new AppError("VALIDATION", "Some fields are invalid", {
    fields: { address: "is already used by another mailbox of this workspace" },
    fieldIssues: { address: { code: "taken", message: "is already used by another mailbox of this workspace" } },
    cause,
  });
}

/** 24 lower-case characters from 120 random bits: the forwarding address's local part. */
export function newForwardingKey(): string {
  return base32(randomBytes(15));
}

export const INBOUND_SECRET_PREFIX = "sdm_";
/** `sdm_` and 32 random bytes in base64url. */
export const INBOUND_SECRET_PATTERN = /^sdm_[A-Za-z0-9_-]{43}$/;

/** A new inbound secret and the sha256 the mailbox keeps of it. */
export function newInboundSecret(): { secret: string; hash: string } {
  const secret = `${INBOUND_SECRET_PREFIX}${randomToken(32)}`;
  return { secret, hash: sha256Hex(secret) };
}

/** Channel of the pg_notify that tells workers' mailbox supervisors a mailbox was added, changed or deleted. */
export const MAILBOX_CHANNEL = "shopdesk_mailboxes";

/** Wakes every worker's mailbox supervisor when the transaction commits: a new or changed mailbox is fetched at once, not at the next round. */
export async function notifyMailboxesChanged(db: DbTx): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${MAILBOX_CHANNEL}, '')`;
}

/**
 * Every mailbox with IMAP settings, of every workspace: the worker's mailbox supervisor starts
 * their fetchers (a system task with no workspace of its own; each fetcher then works on its
 * mailbox's workspace only). `settings` changes whenever the fetcher must start over.
 */
export async function listImapMailboxes(db: DbTx) {
  const rows = await db.mailbox.findMany({
    where: { imapHost: { not: null }, imapPort: { not: null }, imapUsername: { not: null }, imapPasswordEnc: { not: null } },
    select: {
      id: true,
      workspaceId: true,
      ...IMAP_SETTINGS_SELECT,
      retryAt: true,
      lastFetchAt: true,
    },
    orderBy: [{ lastFetchAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
  });
  return rows.map(({ id, workspaceId, retryAt, lastFetchAt, ...settings }) => ({
    id,
    workspaceId,
    retryAt,
    lastFetchAt,
    settings: JSON.stringify(settings),
  }));
}
