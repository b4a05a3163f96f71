import { z } from "zod";
import { text } from "@/lib/validation";
import { AUDIT_ACTION_PREFIXES, AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/audit-actions";

/** A GET form's empty field is no filter. */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

/** `2026-12-05`, a real calendar day between years 2000 and 9999. */
const Day = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "is not a date (YYYY-MM-DD)")
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s) && d.getUTCFullYear() >= 2000;
  }, "is not a date (YYYY-MM-DD)");

/** `member:<id>`, `api:<id>` or `system`: whose changes to show. */
export const AuditActorFilter = z.union([
  text().regex(/^(member|api):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "is not an actor of this log").transform((s) => s.toLowerCase()),
  z.literal("system"),
]);

const ACTION_FILTERS = [...new Set([...AUDIT_ACTION_PREFIXES, ...AUDIT_ACTIONS])] as [string, ...string[]];

/** The audit log's filters, as the page's GET form and the CSV export's query string carry them. */
export const AuditLogFilterInput = z
  .object({
    from: optional(Day),
    to: optional(Day),
    actor: optional(AuditActorFilter),
    /** An action, or a prefix such as `member` or `workspace.logo`. */
    action: optional(z.enum(ACTION_FILTERS, { error: "is not an action of this log" })),
    target: optional(z.enum(AUDIT_TARGET_TYPES, { error: "is not a target type of this log" })),
  })
  .superRefine((v, c) => {
    if (v.from && v.to && v.to < v.from) c.addIssue({ code: "custom", path: ["to"], message: "is before the start date", params: { code: "toBeforeFrom" } });
  });
export type AuditLogFilterInput = z.input<typeof AuditLogFilterInput>;
export type AuditLogFilter = z.output<typeof AuditLogFilterInput>;

export const ListAuditEventsInput = z.object({
  filter: AuditLogFilterInput,
  cursor: optional(text().max(512)),
  limit: z.number().int().min(1).max(500).default(50),
  /** The viewer's IANA time zone: the days of `from`/`to` are theirs. */
  timeZone: text().max(64).default("UTC"),
});
export type ListAuditEventsInput = z.input<typeof ListAuditEventsInput>;
