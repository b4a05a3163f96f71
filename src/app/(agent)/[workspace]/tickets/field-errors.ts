// Turns an action's per-field issues into translated messages (tickets.fieldErrors.<code>).
import type { FieldIssue } from "@/server/errors";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const KNOWN = new Set(["required", "invalidEmail", "taken", "tooShort", "tooLong", "invalid"]);

export function translateFieldErrors(t: Translate, fields: Record<string, FieldIssue> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, issue] of Object.entries(fields ?? {})) {
    const code = KNOWN.has(issue.code) ? issue.code : "invalid";
    out[field] = t(`fieldErrors.${code}`, { bound: issue.bound ?? 0 });
  }
  return out;
}
