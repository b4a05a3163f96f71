// The tag rename form's field issue (RenameTagInput.name) as a translated message.
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

export function tagNameError(t: T, issue: FieldIssue | undefined): string | undefined {
  if (!issue) return undefined;
  if (issue.code === "required" || issue.code === "tooLong" || issue.code === "tooShort") return t(`errors.${issue.code}`, { bound: issue.bound ?? 0 });
  return t("errors.invalid");
}
