// The document a mail's sanitized HTML is shown in: an iframe's srcdoc, sandboxed without
// scripts, forms, same-origin or top navigation (allow-popups only, so links open in a new tab),
// with a Content-Security-Policy of its own. Images load from our origin (inline cid: images)
// and data: only; "Show images" restores the remote images the sanitizer held back
// (data-remote-* attributes, see src/server/mail/mail-html.ts) and allows https: images.
// Pure string work on sanitize-html's output (attributes always double-quoted, values escaped).

const REMOTE = /\sdata-remote-(src|background|style)="/;

/** True when the sanitized HTML holds back remote images. */
export function hasRemoteImages(html: string): boolean {
  return REMOTE.test(html);
}

/** The HTML with its held-back remote images put back (src, background, the full style). */
export function restoreRemoteImages(html: string): string {
  return html.replace(/<[a-z][a-z0-9]*\s[^>]*>/gi, (tag) => {
    if (!REMOTE.test(tag)) return tag;
    let out = tag;
    if (/\sdata-remote-style="/.test(out)) out = out.replace(/\sstyle="[^"]*"/, "").replace(/\sdata-remote-style="/, ' style="');
    return out.replace(/\sdata-remote-src="/, ' src="').replace(/\sdata-remote-background="/, ' background="');
  });
}

export const MAIL_FRAME_SANDBOX = "allow-popups allow-popups-to-escape-sandbox";

/** The iframe's srcdoc: our CSP, a readable base style, then the mail. */
export function mailSrcdoc(html: string, opts: { imageOrigin: string; showImages: boolean }): string {
  const img = `img-src ${opts.imageOrigin} data:${opts.showImages ? " https:" : ""}`;
  const csp = `default-src 'none'; ${img}; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'`;
  const body = opts.showImages ? restoreRemoteImages(html) : html;
  return (
    `<!doctype html><html><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">` +
    `<meta name="referrer" content="no-referrer">` +
    `<style>body{margin:0;padding:0;font:14px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans Arabic",sans-serif;color:#1f2937;overflow-wrap:anywhere}img{max-width:100%;height:auto}table{max-width:100%}</style>` +
    `</head><body dir="auto">${body}</body></html>`
  );
}
