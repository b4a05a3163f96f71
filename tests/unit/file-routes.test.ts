import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isFileRoute } from "@/lib/file-routes";

/** Every route handler under src/app, as a path with its dynamic segments filled in. */
function routes(dir: string, prefix = ""): Array<{ file: string; path: string }> {
  const out: Array<{ file: string; path: string }> = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = /^\(.*\)$/.test(name) ? "" : `/${name.replace(/^\[\.\.\.(\w+)\]$/, "x/y").replace(/^\[(\w+)\]$/, "x")}`;
      out.push(...routes(full, prefix + segment));
    } else if (name === "route.ts") out.push({ file: full, path: prefix || "/" });
  }
  return out;
}

describe("isFileRoute", () => {
  it("names the routes that serve stored files, and no page", () => {
    for (const p of ["/api/attachments/1/image", "/demo/attachments/1", "/demo/inbound-mail/1/raw", "/demo/inbound-mail/1/headers", "/demo/help/images/1", "/demo/portal/files/1", "/demo/brand/logo"]) {
      expect(isFileRoute(p), p).toBe(true);
    }
    for (const p of ["/demo/inbox", "/demo/help/en", "/demo/help/en/articles/images", "/demo/portal/en/tickets/1", "/demo/contact/en", "/api/v1/tickets"]) {
      expect(isFileRoute(p), p).toBe(false);
    }
  });

  it("covers every route handler that answers with a stored file", () => {
    const serving = routes(path.resolve(__dirname, "../../src/app")).filter((r) => /fileResponse|serveAttachment|FileRoute|file-routes|portal-files|article-image-file|attachmentResponse/.test(readFileSync(r.file, "utf8")));
    expect(serving.length).toBeGreaterThan(4);
    for (const r of serving) expect(isFileRoute(r.path), r.file).toBe(true);
  });
});
