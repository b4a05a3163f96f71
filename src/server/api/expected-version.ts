// Optimistic concurrency over HTTP: a client sends the ticket version it loaded as a `version`
// field or an `If-Match` header (the ETag the API returned: "3", W/"3" or 3). `*` means any.
import { AppError } from "@/server/errors";

const IF_MATCH = /^(?:W\/)?"?(\d{1,10})"?$/;

export function expectedVersion(request: Request, bodyVersion: number | undefined): number | undefined {
  const header = request.headers.get("if-match")?.trim();
  let fromHeader: number | undefined;
  if (header && header !== "*") {
    const m = IF_MATCH.exec(header);
    if (!m) throw new AppError("BAD_REQUEST", 'If-Match must be a ticket version, such as "3"');
    fromHeader = Number(m[1]);
  }
  if (bodyVersion !== undefined && fromHeader !== undefined && bodyVersion !== fromHeader) {
    throw new AppError("VALIDATION", "Some fields are invalid", { fields: { version: "does not match the If-Match header" } });
  }
  return bodyVersion ?? fromHeader;
}

export function etag(version: number): string {
  return `"${version}"`;
}
