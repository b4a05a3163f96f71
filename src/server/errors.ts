// Use cases throw AppError with one of a closed list of codes; the wrappers map
// codes to HTTP statuses or form messages. Anything else is a bug: logged, generic message.

export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RATE_LIMITED: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A field's problem, as a code the UI translates (`required`, `tooShort`, `taken`...) plus an English message. */
export type FieldIssue = { code: string; message: string; bound?: number };

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    /** Field name -> message, for forms and 422 responses. */
    readonly fields?: Record<string, string>,
    /** Seconds until a rate-limited caller may retry. */
    readonly retryAfter?: number,
    /** Per-field codes for translated form errors; derived from `fields` when not given. */
    readonly fieldIssues?: Record<string, FieldIssue>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
