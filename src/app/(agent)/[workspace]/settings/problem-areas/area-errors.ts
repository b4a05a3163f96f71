// A problem area form's field issues (src/server/problem-areas/) as translated messages from the
// workspaceSetup namespace. `names.<locale>` issues belong to that language's field; `names`
// itself (no name at all) to the first one.
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

export function areaNameError(t: T, issue: FieldIssue | undefined): string | undefined {
  if (!issue) return undefined;
  switch (issue.code) {
    case "required":
      return t("problemAreas.errors.nameRequired");
    case "nameTaken":
      return t("problemAreas.errors.nameTaken");
    case "tooLong":
    case "tooShort":
      return t(`errors.${issue.code}`, { bound: issue.bound ?? 0 });
    default:
      return t("errors.invalid");
  }
}

/** The issue for each language's field: its own, or the list's "no name" on the first language. */
export function namesIssues(fields: Record<string, FieldIssue> | undefined, first: string): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  for (const [path, issue] of Object.entries(fields ?? {})) {
    if (path === "names") out[first] = issue;
    else if (path.startsWith("names.")) out[path.slice("names.".length)] = issue;
  }
  return out;
}
