// The general form's field issues (UpdateWorkspaceGeneralInput) as translated messages from the
// workspaceSetup namespace: a time zone or language this server does not know has its own message.
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

export function generalErrorMessage(t: T, field: string, issue: FieldIssue | undefined): string | undefined {
  if (!issue) return undefined;
  if (issue.code === "required" || issue.code === "tooLong" || issue.code === "tooShort") return t(`errors.${issue.code}`, { bound: issue.bound ?? 0 });
  if (field === "timeZone") return t("errors.unknownTimeZone");
  if (field === "defaultLocale") return t("errors.unknownLocale");
  return t("errors.invalid");
}
