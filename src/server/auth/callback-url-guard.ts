// next-auth v4 checks `callbackUrl` (the query parameter and its cookie) before our redirect
// callback sees it, and answers a value it cannot parse as an http(s) URL with a 500 "problem with
// the server configuration", e.g. `http://localhost:3000.evil.example/` (a port that is not a
// number). Such a value is dropped here first: a GET is sent to the same address without it, any
// other request gets a 400. A bad callback-url cookie is cleared the same way.
import { NextResponse, type NextRequest } from "next/server";

const COOKIE_NAMES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

/** next-auth's own test (core/lib/assert.js): absolute, or a path from the root, and http(s). */
export function isUsableCallbackUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/** The answer for a request next-auth would fail on, or null when it can go to next-auth. */
export function refuseUnusableCallbackUrl(req: NextRequest): NextResponse | null {
  const origin = req.nextUrl.origin;
  const param = req.nextUrl.searchParams.get("callbackUrl");
  const badParam = param !== null && param !== "" && !isUsableCallbackUrl(param, origin);
  const badCookies = COOKIE_NAMES.filter((name) => {
    const value = req.cookies.get(name)?.value;
    return value !== undefined && value !== "" && !isUsableCallbackUrl(value, origin);
  });
  if (!badParam && badCookies.length === 0) return null;

  let res: NextResponse;
  if (req.method === "GET" || req.method === "HEAD") {
    const params = new URLSearchParams(req.nextUrl.search);
    params.delete("callbackUrl");
    const query = params.toString();
    res = new NextResponse(null, { status: 303, headers: { Location: `${req.nextUrl.pathname}${query ? `?${query}` : ""}` } });
  } else {
    res = NextResponse.json({ message: "callbackUrl must be an http(s) URL on this site." }, { status: 400 });
  }
  for (const name of badCookies) res.cookies.set(name, "", { path: "/", maxAge: 0, secure: name.startsWith("__Secure-") });
  return res;
}
