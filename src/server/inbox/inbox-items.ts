// The rows of one inbox page, loaded by id once the page's keys are known: the ticket, its
// customer, assignee, area, sorted tag names and a one-line preview of the latest customer
// message or reply (never a note: the preview may be glanced at over a shoulder, and notes are
// the agents' own talk). One statement; the preview is a LATERAL that walks the index
// Message(workspaceId, ticketId, createdAt) backwards and stops at the first match.
import { displayAreaNames } from "@/lib/problem-area-names";
import type { Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import type { InboxItem } from "./inbox.schemas";

export const PREVIEW_LENGTH = 160;
/** Collapsing whitespace over a 100k-character message would be wasted work for one line. */
const PREVIEW_SCAN = 1000;

type Row = {
  id: string;
  number: number;
  subject: string;
  status: InboxItem["status"];
  priority: InboxItem["priority"];
  channel: string;
  createdAt: Date;
  lastActivityAt: Date;
  snoozedUntil: Date | null;
  version: number;
  slaDueAt: Date | null;
  slaPaused: boolean;
  customerId: string;
  customerName: string | null;
  customerEmail: string;
  assigneeId: string | null;
  assigneeName: string | null;
  areaKey: string | null;
  areaName: string | null;
  areaNames: unknown;
  tags: string[] | null;
  previewKind: "INBOUND" | "REPLY" | null;
  previewText: string | null;
};

/** `text` cut to PREVIEW_LENGTH characters (code points, so no emoji is split), with an ellipsis. */
export function previewLine(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= PREVIEW_LENGTH ? chars.join("") : `${chars.slice(0, PREVIEW_LENGTH - 1).join("").trimEnd()}…`;
}

/** The tickets with these ids as inbox items, in the order of `ids`; ids not found drop out. */
export async function loadInboxItems(ctx: Ctx, ids: string[]): Promise<InboxItem[]> {
  if (ids.length === 0) return [];
  const ws = Prisma.sql`${ctx.workspace.id}::uuid`;
  const rows = await ctx.db.$queryRaw<Row[]>`
    SELECT t."id"::text AS "id", t."number", t."subject", t."status"::text AS "status",
           t."priority"::text AS "priority", t."channel"::text AS "channel", t."createdAt",
           t."lastActivityAt", t."snoozedUntil", t."version", t."slaDueAt", t."slaPaused",
           c."id"::text AS "customerId", c."name" AS "customerName", c."email" AS "customerEmail",
           mb."id"::text AS "assigneeId", u."name" AS "assigneeName",
           a."key" AS "areaKey", a."name" AS "areaName", a."names" AS "areaNames",
           (SELECT array_agg(g."name" ORDER BY g."name") FROM "TicketTag" tt
              JOIN "Tag" g ON g."id" = tt."tagId" AND g."workspaceId" = ${ws}
             WHERE tt."ticketId" = t."id" AND tt."workspaceId" = ${ws}) AS "tags",
           p."kind"::text AS "previewKind", p."text" AS "previewText"
      FROM "Ticket" t
      JOIN "Customer" c ON c."id" = t."customerId" AND c."workspaceId" = ${ws}
      LEFT JOIN "Member" mb ON mb."id" = t."assigneeId" AND mb."workspaceId" = ${ws}
      LEFT JOIN "User" u ON u."id" = mb."userId"
      LEFT JOIN "ProblemArea" a ON a."id" = t."problemAreaId" AND a."workspaceId" = ${ws}
      LEFT JOIN LATERAL (
        SELECT m."kind", left(m."text", ${PREVIEW_SCAN}) AS "text" FROM "Message" m
         WHERE m."workspaceId" = ${ws} AND m."ticketId" = t."id" AND m."kind" IN ('INBOUND', 'REPLY')
         ORDER BY m."createdAt" DESC, m."id" DESC
         LIMIT 1
      ) p ON TRUE
     WHERE t."workspaceId" = ${ws} AND t."id" = ANY(${ids}::uuid[])`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toItem(r, ctx.workspace.defaultLocale)] : [];
  });
}

function toItem(r: Row, defaultLocale: string): InboxItem {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    status: r.status,
    priority: r.priority,
    channel: r.channel,
    createdAt: r.createdAt,
    lastActivityAt: r.lastActivityAt,
    snoozedUntil: r.snoozedUntil,
    version: r.version,
    customer: { id: r.customerId, name: r.customerName, email: r.customerEmail },
    assignee: r.assigneeId ? { id: r.assigneeId, name: r.assigneeName ?? "" } : null,
    area: r.areaKey !== null ? { key: r.areaKey, name: r.areaName ?? r.areaKey, names: displayAreaNames(r.areaNames, defaultLocale) } : null,
    tags: r.tags ?? [],
    preview: r.previewKind && r.previewText !== null ? { kind: r.previewKind, text: previewLine(r.previewText) } : null,
    sla: { dueAt: r.slaDueAt, paused: r.slaPaused },
  };
}
