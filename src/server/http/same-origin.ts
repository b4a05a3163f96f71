// POSTs that only our own pages may make (no token to prove it): the origin must be APP_URL's.
import { AppError } from "@/server/errors";

/**
 * FORBIDDEN unless the request comes from a page of `allowed` (an origin such as
 * `https://help.example.com`). Browsers send Origin with every POST (fetch, keepalive fetch,
 * forms), so a missing one is not a page of ours. Only APP_URL's origin counts: Host and
 * X-Forwarded-Host are whatever the client (or a proxy that passes them on) says, so an
 * attacker's page could name its own site there.
 */
export function checkSameOrigin(request: Request, allowed: string): void {
  const origin = request.headers.get("origin");
  if (origin !== allowed) throw new AppError("FORBIDDEN", "Cross-origin requests are not allowed");
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") throw new AppError("FORBIDDEN", "Cross-origin requests are not allowed");
}
