// Parsing a NOTIFY payload at the listener's boundary: JSON, then the channel's zod schema. The
// reason names what was wrong (which fields) without echoing the payload, which a log must not carry.
import type { z } from "zod";

export type ParsedNotify<T> = { ok: true; value: T } | { ok: false; reason: string };

export function parseNotifyPayload<S extends z.ZodType>(schema: S, payload: string | undefined): ParsedNotify<z.output<S>> {
  if (!payload) return { ok: false, reason: "empty payload" };
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((i) => i.path.join(".") || "(root)"))];
    return { ok: false, reason: `invalid fields: ${fields.join(", ")}` };
  }
  return { ok: true, value: result.data };
}
