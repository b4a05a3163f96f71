// An SLA policy form's field issues (src/server/sla/sla-policy.schemas.ts, create-sla-policy.ts)
// as translated messages beside the control they belong to: settings.slaPolicies.errors.<code>,
// the common ones from settings.errors. Numbers (targets, warnings) get messages about minutes,
// not the characters the common "too short" speaks of.
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

/** The form's controls an issue can belong to. A target is `targets.<priority>.<metric>`. */
export type PolicyField = "name" | "calendarId" | "channels" | "priorities" | "areas" | "tags" | "emailDomains" | "targets" | "warnings" | `targets.${string}`;

/** Which control a server path belongs to: `conditions.tags.3` is the tags field. */
export function policyField(path: string): PolicyField | null {
  const parts = path.split(".");
  if (parts[0] === "name" || parts[0] === "calendarId") return parts[0];
  if (parts[0] === "conditions" && parts[1] && ["channels", "priorities", "areas", "tags", "emailDomains"].includes(parts[1])) return parts[1] as PolicyField;
  if (parts[0] === "warnBeforeMinutes") return "warnings";
  if (parts[0] === "targets") return parts.length >= 3 ? `targets.${parts[1]}.${parts[2]}` : parts.length === 2 ? `targets.${parts[1]}` : "targets";
  return null;
}

/** The message of one issue at `path`, in the reader's language (`t` is the settings namespace). */
export function policyErrorMessage(t: T, path: string, issue: FieldIssue): string {
  const e = (code: string) => t(`slaPolicies.errors.${code}`, { bound: issue.bound ?? 0 });
  const { code } = issue;
  if (code === "noTarget" || code === "invalidDomain") return e(code);
  // Not a calendar of this workspace, or none chosen (a workspace without calendars): choose one.
  if (path === "calendarId") return e("unknownCalendar");
  const parts = path.split(".");
  if (parts[0] === "targets" && parts.length === 3) {
    return code === "tooShort" ? e("durationTooShort") : code === "tooLong" ? e("durationTooLong") : e("invalidDuration");
  }
  if (parts[0] === "warnBeforeMinutes") {
    if (parts.length === 1) return code === "tooLong" ? e("tooManyWarnings") : t("errors.invalid");
    return code === "tooShort" ? e("durationTooShort") : code === "tooLong" ? e("warningTooLong") : e("invalidDuration");
  }
  if (parts[0] === "conditions" && parts.length === 2 && code === "tooLong") return e("tooManyValues");
  if (parts[0] === "conditions" && parts[1] === "tags" && code === "tooLong") return e("tagTooLong");
  if (code === "required" || code === "tooLong" || code === "tooShort") return t(`errors.${code}`, { bound: issue.bound ?? 0 });
  return t("errors.invalid");
}

/** Every issue as the message of its control; the first issue of a control wins. */
export function policyFieldErrors(t: T, fields: Record<string, FieldIssue> | undefined): Partial<Record<PolicyField, string>> {
  const out: Partial<Record<PolicyField, string>> = {};
  for (const [path, issue] of Object.entries(fields ?? {})) {
    const field = policyField(path);
    if (field && out[field] === undefined) out[field] = policyErrorMessage(t, path, issue);
  }
  return out;
}
