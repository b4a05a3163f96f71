// The routes that serve stored files (attachments, raw mail, help-center images, portal files, a
// shop's logo). Their answer must carry the file's own sandboxing Content-Security-Policy, not a
// page's: the proxy (src/proxy.ts) sets the header of every response it passes, replacing the one a
// route set, so it gives these FILE_CSP (src/server/attachments/download-headers.ts) instead.
const FILE_ROUTES = [
  /^\/api\/attachments\/[^/]+\/image$/,
  /^\/[^/]+\/attachments\/[^/]+$/,
  /^\/[^/]+\/inbound-mail\/[^/]+\/(?:raw|headers)$/,
  /^\/[^/]+\/help\/images\/[^/]+$/,
  /^\/[^/]+\/portal\/files\/[^/]+$/,
  /^\/[^/]+\/brand\/logo$/,
];

export function isFileRoute(pathname: string): boolean {
  return FILE_ROUTES.some((r) => r.test(pathname));
}
