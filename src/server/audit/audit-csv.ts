// The audit log as CSV: the same filters as the page, every matching event (newest first), read
// in pages of 500 and streamed, so a long log never sits in memory. Cells are RFC 4180 quoted and
// formula-safe (src/lib/csv.ts).
import { csvRow } from "@/lib/csv";
import type { Ctx } from "@/server/context";
import { listAuditEvents, type AuditEventRow } from "./audit.queries";
import type { AuditLogFilterInput } from "./audit.schemas";

export const AUDIT_CSV_COLUMNS = [
  "time_utc",
  "actor_type",
  "actor_id",
  "actor",
  "action",
  "description",
  "target_type",
  "target_id",
  "target",
  "before",
  "after",
  "ip",
] as const;

const PAGE = 500;

function csvLine(e: AuditEventRow, describe: (action: string) => string): string {
  return csvRow([
    e.createdAt.toISOString(),
    e.actorType,
    e.actorMemberId ?? e.actorApiTokenId,
    e.actorName,
    e.action,
    describe(e.action),
    e.targetType,
    e.targetId,
    e.targetLabel,
    e.before === null ? null : JSON.stringify(e.before),
    e.after === null ? null : JSON.stringify(e.after),
    e.ip,
  ]);
}

/**
 * The CSV's bytes. The first page is read before the stream starts, so the role and the filters
 * are checked (and refused with an AppError) before any byte is sent.
 */
export async function auditCsvStream(
  ctx: Ctx,
  input: { filter: AuditLogFilterInput; timeZone: string; describe: (action: string) => string; pageSize?: number },
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  const limit = input.pageSize ?? PAGE;
  let page = await listAuditEvents(ctx, { filter: input.filter, timeZone: input.timeZone, limit });
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvRow([...AUDIT_CSV_COLUMNS])));
        }
        if (page.events.length > 0) controller.enqueue(encoder.encode(page.events.map((e) => csvLine(e, input.describe)).join("")));
        if (!page.nextCursor) {
          controller.close();
          return;
        }
        page = await listAuditEvents(ctx, { filter: input.filter, timeZone: input.timeZone, limit, cursor: page.nextCursor });
      } catch (e) {
        ctx.log.error({ err: e }, "audit log export failed mid-stream");
        controller.error(e);
      }
    },
  });
}
