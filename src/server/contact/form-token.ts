// The contact form's token: a hidden field the form page signs when it renders, naming the visit
// (a random session id, src/server/contact/contact-form-sessions.ts) and when the form was shown.
// It lets the server refuse a form filled faster than a person can (MIN_FILL_MS: scripts post at
// once) or kept too long (MAX_FORM_AGE_MS), ties suggestions and the submission to one visit, and
// cannot be forged or moved to another workspace (HMAC over both). No cookie, no server state.
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { derivedSecret } from "@/server/derived-secret";

/** A person needs more than this to fill in the form; a script posting the page's fields does not. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer is sent back once with a fresh token (the visitor's text is kept). */
export const MAX_FORM_AGE_MS = 24 * 60 * 60 * 1000;

const PURPOSE = "shopdesk contact form v1";
const TOKEN = /^([0-9a-f-]{36})\.(\d{13})\.([A-Za-z0-9_-]{43})$/;

function signature(workspaceId: string, sessionId: string, issuedAt: number): string {
  return createHmac("sha256", derivedSecret(PURPOSE)).update(`${workspaceId}.${sessionId}.${issuedAt}`).digest("base64url");
}

export function issueFormToken(workspaceId: string, now = new Date()): { token: string; sessionId: string } {
  const sessionId = randomUUID();
  const issuedAt = now.getTime();
  return { token: `${sessionId}.${issuedAt}.${signature(workspaceId, sessionId, issuedAt)}`, sessionId };
}

export type FormTokenCheck =
  | { ok: true; sessionId: string; issuedAt: Date }
  | { ok: false; reason: "invalid" | "expired" | "tooFast"; sessionId?: string };

/** Whether the token is this workspace's, and whether the form was filled in within the bounds. */
export function checkFormToken(token: string | undefined, workspaceId: string, now = new Date()): FormTokenCheck {
  const m = token ? TOKEN.exec(token) : null;
  if (!m) return { ok: false, reason: "invalid" };
  const [, sessionId, issued, sig] = m as unknown as [string, string, string, string];
  const issuedAt = Number(issued);
  const expected = Buffer.from(signature(workspaceId, sessionId, issuedAt));
  const given = Buffer.from(sig);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "invalid" };
  const age = now.getTime() - issuedAt;
  if (age > MAX_FORM_AGE_MS || age < -60_000) return { ok: false, reason: "expired", sessionId };
  if (age < MIN_FILL_MS) return { ok: false, reason: "tooFast", sessionId };
  return { ok: true, sessionId, issuedAt: new Date(issuedAt) };
}

/** The visit a token names, for suggestions while typing (no minimum time), or null if not ours. */
export function formSessionOf(token: string | undefined, workspaceId: string, now = new Date()): string | null {
  const check = checkFormToken(token, workspaceId, now);
  if (check.ok) return check.sessionId;
  return check.reason === "tooFast" ? (check.sessionId ?? null) : null;
}
