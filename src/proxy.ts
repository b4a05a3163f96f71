// Runs before every page request: a fresh CSP nonce per request (Next.js applies it to its
// own scripts), and a request id that server code logs with.
import { NextResponse, type NextRequest } from "next/server";

function contentSecurityPolicy(nonce: string): string {
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
    "frame-ancestors 'none'",
  ].join("; ");
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function proxy(request: NextRequest) {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  const csp = contentSecurityPolicy(nonce);
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
  return response;
}

// Prefetches (`Purpose: prefetch`, `Sec-Purpose: prefetch`, `Next-Router-Prefetch`) go through the
// proxy too: a browser may keep a prefetched document and show it, so it must carry the CSP.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.svg|robots.txt|api/health).*)"],
};
