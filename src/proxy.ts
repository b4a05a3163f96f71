// Runs before every page request: a fresh CSP nonce per request (Next.js applies it to its
// own scripts), a request id that server code logs with, and who may frame the page: nobody, but
// for a shop's contact form, which its own pages and the sites its admins list may embed.
import { NextResponse, type NextRequest } from "next/server";
import { isFileRoute } from "@/lib/file-routes";
import { FILE_CSP } from "@/server/attachments/download-headers";
import { contactFormOrigins } from "@/server/contact/embed-origins";
import { logger } from "@/server/logger";

const CONTACT_FORM = /^\/([^/]+)\/contact(?:\/|$)/;

/** The frame-ancestors sources of this path: none, except the contact form's. */
async function frameAncestors(pathname: string): Promise<string[]> {
  const slug = CONTACT_FORM.exec(pathname)?.[1];
  if (!slug || slug === "api") return [];
  try {
    return ["'self'", ...(await contactFormOrigins(decodeURIComponent(slug)))];
  } catch (err) {
    // No list (the database is away): the form is still served, just not to other sites.
    logger.warn({ err }, "could not read the contact form's embedding sites");
    return ["'self'"];
  }
}

function contentSecurityPolicy(nonce: string, ancestors: string[]): string {
  const dev = process.env.NODE_ENV !== "production";
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its chunks; dev needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (React style props) cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    // https: for a mail's remote images after "Show images": a srcdoc frame inherits this policy.
    // Until then the frame's own, stricter policy (src/lib/mail-frame.ts) keeps them out.
    "img-src 'self' blob: data: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.length > 0 ? ancestors.join(" ") : "'none'"}`,
  ].join("; ");
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export async function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const ancestors = await frameAncestors(request.nextUrl.pathname);
  const csp = isFileRoute(request.nextUrl.pathname) ? FILE_CSP : contentSecurityPolicy(nonce, ancestors);
  const incomingId = request.headers.get("x-request-id");
  const requestId = incomingId && REQUEST_ID.test(incomingId) ? incomingId : crypto.randomUUID();

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("Content-Security-Policy", csp);
  // Lets a page that needs a sign-in send the visitor back here afterwards.
  requestHeaders.set("x-pathname", request.nextUrl.pathname + request.nextUrl.search);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Request-Id", requestId);
  // For browsers without frame-ancestors; a page that may be framed sends none (the CSP decides).
  if (ancestors.length === 0) response.headers.set("X-Frame-Options", "DENY");
  return response;
}

// Prefetches (`Purpose: prefetch`, `Sec-Purpose: prefetch`, `Next-Router-Prefetch`) go through the
// proxy too: a browser may keep a prefetched document and show it, so it must carry the CSP.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.svg|robots.txt|api/health).*)"],
};
