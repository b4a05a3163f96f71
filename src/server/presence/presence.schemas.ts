// The body of POST /api/live/<workspace>/presence, sent by an agent's open ticket page.
import { z } from "zod";
import { PresenceStateSchema, PresenceTabSchema } from "@/server/presence/presence-signal";

export const ReportPresenceInput = z.strictObject({
  ticketNumber: z.number().int().positive().max(999_999_999),
  state: PresenceStateSchema,
  tab: PresenceTabSchema,
});

export type ReportPresenceInput = z.infer<typeof ReportPresenceInput>;
