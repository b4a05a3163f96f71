// Turns a help-center action's field issue into a translated message (helpEditor.errors.*).
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

const KNOWN = new Set(["required", "tooLong", "taken", "imageTooLarge", "imageType"]);

export function helpFieldError(t: T, issue: FieldIssue | undefined): string | undefined {
  if (!issue) return undefined;
  return KNOWN.has(issue.code) ? t(`errors.${issue.code}`, { bound: issue.bound ?? 0, mb: 5 }) : t("errors.invalid");
}
