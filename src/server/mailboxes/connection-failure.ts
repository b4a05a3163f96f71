// A failed IMAP or SMTP check as one closed code (the UI translates it) plus the server's words.
export const CONNECTION_FAILURE_CODES = [
  "auth_failed",
  "tls_failed",
  "host_not_found",
  "connection_refused",
  "folder_missing",
  "timeout",
  "connection_failed",
] as const;
export type ConnectionFailureCode = (typeof CONNECTION_FAILURE_CODES)[number];

type Err = { code?: unknown; message?: unknown; authenticationFailed?: unknown; responseCode?: unknown; cause?: unknown; response?: unknown };

const TLS = /^(ERR_SSL|ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|ETLS$|ClosedAfterConnectTLS$|UPGRADE_TIMEOUT$|STARTTLS)/;

function codesOf(e: unknown): string[] {
  const out: string[] = [];
  for (let cur = e as Err | undefined, depth = 0; cur && depth < 4; cur = cur.cause as Err | undefined, depth++) {
    if (typeof cur.code === "string") out.push(cur.code);
  }
  return out;
}

/** Maps imapflow's, nodemailer's and Node's socket/TLS/DNS errors to a closed code. */
export function connectionFailureCode(e: unknown): ConnectionFailureCode {
  const err = (e ?? {}) as Err;
  const codes = codesOf(e);
  const message = typeof err.message === "string" ? err.message : "";
  if (err.authenticationFailed === true || codes.includes("EAUTH") || err.responseCode === 535) return "auth_failed";
  if (codes.some((c) => c === "ENOTFOUND" || c === "EAI_AGAIN" || c === "EDNS")) return "host_not_found";
  if (codes.includes("ECONNREFUSED") || /ECONNREFUSED/.test(message)) return "connection_refused";
  if (codes.some((c) => TLS.test(c)) || /\b(TLS|SSL|certificate)\b/i.test(message)) return "tls_failed";
  if (codes.some((c) => /TIMEOUT|ETIMEDOUT|ETIMEOUT/.test(c)) || /timed? ?out/i.test(message)) return "timeout";
  if (/ENOTFOUND|getaddrinfo/.test(message)) return "host_not_found";
  return "connection_failed";
}

/** The error's own words, one line, bounded (never a password: servers do not echo them). */
export function connectionFailureMessage(e: unknown): string {
  const err = (e ?? {}) as Err;
  const words = [err.message, typeof err.response === "string" ? err.response : undefined].filter((x): x is string => typeof x === "string" && x.length > 0);
  return (words.join(": ") || "Connection failed").replace(/\s+/g, " ").slice(0, 300);
}
