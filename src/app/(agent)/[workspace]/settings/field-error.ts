// Turns a server action's field issue into a translated message (settings.errors.*).
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

const KNOWN = new Set(["required", "invalidEmail", "tooShort", "tooLong", "alreadyMember", "lastAdmin", "self"]);

export function fieldErrorMessage(t: T, issue: FieldIssue | undefined): string | undefined {
  if (!issue) return undefined;
  if (KNOWN.has(issue.code)) return t(`errors.${issue.code}`, { bound: issue.bound ?? 0 });
  // Rule violations (conflicts, last admin) carry a specific English message from the server;
  // translate the ones we know and show the rest generically.
  return t("errors.invalid");
}
