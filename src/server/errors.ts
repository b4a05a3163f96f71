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

/** One change a caller missed: a TicketEvent in a small, JSON-safe shape. */
export type MissedChange = {
  type: string;
  at: string;
  actorType: string;
  actorMemberId: string | null;
  data: unknown;
};

/**
 * Why a CONFLICT happened, so a UI or API client can show what changed since it loaded the
 * record: the current version and the changes after the version the caller expected.
 */
export type ConflictDetails = { currentVersion: number; expectedVersion: number; changes: MissedChange[] };

/** What an AppError carries besides its code and message; every entry is optional. */
export type AppErrorOptions = {
  /** Field name -> message, for forms and 422 responses. */
  fields?: Record<string, string>;
  /** Per-field codes for translated form errors; derived from `fields` when not given. */
  fieldIssues?: Record<string, FieldIssue>;
  /** Seconds until a rate-limited caller may retry. */
  retryAfter?: number;
  /** CONFLICT only: what changed since the caller's version. */
  details?: ConflictDetails;
  /** CONFLICT only: the ticket was merged away; the number of the ticket it went into. */
  mergedInto?: number;
  /** The error that led to this one, as with `new Error(message, { cause })`. */
  cause?: unknown;
};

export class AppError extends Error {
  /** Field name -> message, for forms and 422 responses. */
  readonly fields?: Record<string, string>;
  /** Seconds until a rate-limited caller may retry. */
  readonly retryAfter?: number;
  /** Per-field codes for translated form errors; derived from `fields` when not given. */
  readonly fieldIssues?: Record<string, FieldIssue>;
  /** CONFLICT only: what changed since the caller's version. */
  readonly details?: ConflictDetails;
  /** CONFLICT only: the ticket was merged away; the number of the ticket it went into. */
  readonly mergedInto?: number;

  /** Shaped like `new Error(message, options)`: `new AppError("CONFLICT", "…", { fields, cause })`. */
  constructor(
    readonly code: ErrorCode,
    message?: string,
    options: AppErrorOptions = {},
  ) {
    // Like Error, but a `cause` of undefined counts as none: no own `cause` property then.
    super(message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.fields = options.fields;
    this.retryAfter = options.retryAfter;
    this.fieldIssues = options.fieldIssues;
    this.details = options.details;
    this.mergedInto = options.mergedInto;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
