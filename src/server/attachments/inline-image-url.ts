// Inline (cid:) images of a mail are shown inside a sandboxed iframe without allow-same-origin:
// its document has an opaque origin, so the browser sends no SameSite session cookie with its
// image requests. The page that renders the iframe (after checking the agent's membership) signs
// each image path for a day instead: `?w=<workspace>&e=<expiry>&s=<hmac>`. The signature binds the
// attachment, its workspace and the expiry, and the route serves only raster images inline.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

const LIFETIME_S = 24 * 60 * 60;
const IMAGE_PATH = /\/api\/attachments\/([0-9a-f-]{36})\/image(?=["'\s)])/g;

function key(): string {
  const authSecret = env().AUTH_SECRET ?? (env().NODE_ENV === "test" ? "shopdesk-tests-only-auth-secret-0123456789" : undefined);
  if (!authSecret) throw new Error("AUTH_SECRET is not set: inline images cannot be signed");
  return createHmac("sha256", authSecret).update("shopdesk inline images v1").digest("base64url");
}

function mac(workspaceId: string, attachmentId: string, expires: number): string {
  return createHmac("sha256", key()).update(`${workspaceId}\n${attachmentId}\n${expires}`).digest("base64url");
}

/** The HTML with every inline image path of ours signed for this workspace. */
export function signInlineImages(html: string, workspaceId: string, now = Date.now()): string {
  // Rounded to the hour, so a page rendered twice gives the same srcdoc (and the same cache).
  const expires = Math.ceil(now / 3_600_000) * 3600 + LIFETIME_S;
  return html.replace(IMAGE_PATH, (path, id: string) => `${path}?w=${workspaceId}&amp;e=${expires}&amp;s=${mac(workspaceId, id, expires)}`);
}

/** True when the query signs this attachment of this workspace and has not expired. */
export function verifyInlineImage(attachmentId: string, q: { w: string; e: string; s: string }, now = Date.now()): boolean {
  const expires = Number(q.e);
  if (!Number.isSafeInteger(expires) || expires * 1000 < now) return false;
  const want = Buffer.from(mac(q.w, attachmentId, expires));
  const given = Buffer.from(q.s);
  return want.length === given.length && timingSafeEqual(want, given);
}
