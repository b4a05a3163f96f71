// Parses untrusted input with a zod schema; failures become AppError("VALIDATION")
// with one entry per field, which wrappers turn into 422s (English messages for the API)
// or form errors (a code the UI translates from its catalogs).
import type { z } from "zod";
import { AppError, type FieldIssue } from "@/server/errors";

export function fieldIssues(error: z.ZodError): Record<string, FieldIssue> {
  const fields: Record<string, FieldIssue> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    if (fields[key]) continue;
    const bound = "minimum" in issue ? Number(issue.minimum) : "maximum" in issue ? Number(issue.maximum) : undefined;
    // A refinement may name its own code for the UI (`params: { code: "fileTooLarge" }`).
    const own = issue.code === "custom" && typeof issue.params?.code === "string" ? issue.params.code : undefined;
    const code =
      own ??
      (issue.code === "too_small" && bound === 1 && issue.origin === "string"
        ? "required"
        : issue.code === "invalid_format" && issue.format === "email"
          ? "invalidEmail"
          : issue.code === "too_small"
            ? "tooShort"
            : issue.code === "too_big"
              ? "tooLong"
              : issue.code === "invalid_type" && issue.input === undefined
                ? "required"
                : "invalid");
    fields[key] = { code, message: issue.message, ...(bound !== undefined ? { bound } : {}) };
  }
  return fields;
}

/** A VALIDATION error on one field, with the code forms translate and the message the API shows. */
export function fieldError(field: string, code: string, message: string, bound?: number): AppError {
  return new AppError("VALIDATION", "Some fields are invalid", {
    fields: { [field]: message },
    fieldIssues: { [field]: { code, message, ...(bound !== undefined ? { bound } : {}) } },
  });
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issues = fieldIssues(result.error);
    throw new AppError("VALIDATION", "Some fields are invalid", {
      fields: Object.fromEntries(Object.entries(issues).map(([k, v]) => [k, v.message])),
      fieldIssues: issues,
    });
  }
  return result.data;
}
