// A mail's HTML made safe to show to an agent (it is shown in a sandboxed iframe as well: two
// walls). Allowed: formatting, tables, links, images, inline styles and <style> blocks. Gone:
// scripts, event handlers, forms, frames, objects, <base>, <meta>, javascript:/vbscript:/data:
// URLs (but data: raster images), CSS expressions, bindings and @import.
//
// Remote content would tell the sender the mail was opened (and from where), so it is held back
// until the agent clicks "Show images". The page restores it from these attributes:
//   <img data-remote-src="https://...">         the image's src
//   <td data-remote-background="https://...">   the legacy background attribute
//   <div style="color:red" data-remote-style="color:red; background:url(https://...)">
// `cid:` images become `cidUrl(contentId)` (our stored attachment), or are dropped when unknown.
// url() in <style> blocks is removed outright (a block cannot be restored per element).
import sanitizeHtml from "sanitize-html";

export type SanitizedMailHtml = { html: string; hasRemoteImages: boolean };
export type MailHtmlOptions = { cidUrl: (contentId: string) => string | null };

const ALLOWED_TAGS = new Set([
  "a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center",
  "cite", "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
  "font", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "main",
  "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span", "strike",
  "strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt",
  "u", "ul", "var", "wbr",
]);

const COMMON_ATTRIBUTES = [
  "style", "class", "dir", "lang", "title", "align", "valign", "width", "height", "bgcolor", "color", "border",
  "cellpadding", "cellspacing", "colspan", "rowspan", "face", "size", "nowrap", "span", "start", "type",
  "data-remote-background", "data-remote-style",
];

// Elements dropped together with everything inside them (the rest keep their text).
const NON_TEXT_TAGS = [
  "script", "textarea", "option", "noscript", "title", "svg", "math", "template", "iframe", "object", "embed",
  "applet", "noembed", "noframes", "xmp", "select", "frameset",
];

const RASTER_DATA_URL = /^data:image\/(?:png|gif|jpe?g|webp|bmp|avif);base64,[a-z0-9+/=\s]+$/i;
const REMOTE_URL = /^https?:\/\//i;

/** CSS with comments dropped and escapes resolved, so `\75 rl(` and `ur/**\/l(` are seen as `url(`. */
function normalizeCss(css: string): string {
  // Most styles have neither (and mail can carry thousands of them): nothing to resolve.
  if (!css.includes("/*") && !css.includes("\\") && !css.includes("\u0000")) return css;
  return css
    .replace(/\/\*[\s\S]*?(?:\*\/|$)/g, "")
    .replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) => {
      const code = parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    })
    .replace(/\\(.)/g, "$1")
    .replace(/\\/g, "")
    .replaceAll("\u0000", "");
}

const URL_FUNCTION = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi;
const DANGEROUS_CSS = /expression|javascript:|vbscript:|behavior|binding|@import|image-set|cross-fade|element\(|image\(|src\s*\(/i;

const MARK = "\uE000";
const MARKED = /\uE000(\d+)\uE000/g;

type StyleResult = { safe: string; withRemote: string | null };

/** An inline style: remote url() declarations held back, cid: rewritten, dangerous ones dropped. */
function sanitizeStyleAttribute(value: string, cidUrl: MailHtmlOptions["cidUrl"]): StyleResult {
  const urls: string[] = [];
  // The placeholder is a private-use character, removed from the input first so none is forged.
  const placeheld = normalizeCss(value).replaceAll(MARK, "").replace(URL_FUNCTION, (_m, a?: string, b?: string, c?: string) => {
    urls.push((a ?? b ?? c ?? "").trim());
    return `${MARK}${urls.length - 1}${MARK}`;
  });
  const safe: string[] = [];
  const remote: string[] = [];
  for (const raw of placeheld.split(";")) {
    const decl = raw.trim();
    if (!decl || !/^[-a-z]+\s*:/i.test(decl) || DANGEROUS_CSS.test(decl)) continue;
    let isRemote = false;
    let dropped = false;
    const restored = decl.replace(MARKED, (_m, i: string) => {
      const url = urls[Number(i)] ?? "";
      if (/^cid:/i.test(url)) {
        const local = cidUrl(url.slice(4));
        if (!local) dropped = true;
        return `url("${local ?? ""}")`;
      }
      if (RASTER_DATA_URL.test(url)) return `url("${url}")`;
      if (REMOTE_URL.test(url)) {
        isRemote = true;
        return `url("${url.replaceAll('"', "%22")}")`;
      }
      dropped = true;
      return "";
    });
    if (dropped) continue;
    if (isRemote) remote.push(restored);
    else safe.push(restored);
  }
  return { safe: safe.join("; "), withRemote: remote.length ? [...safe, ...remote].join("; ") : null };
}

/** A <style> block: every url() gone, @import and expressions gone, no way to close the element. */
function sanitizeStyleBlock(css: string): { css: string; hadRemote: boolean } {
  let hadRemote = false;
  const cleaned = normalizeCss(css)
    .replace(URL_FUNCTION, (_m, a?: string, b?: string, c?: string) => {
      if (REMOTE_URL.test((a ?? b ?? c ?? "").trim())) hadRemote = true;
      return "none";
    })
    .replace(/@import[^;]*;?/gi, "")
    .replace(/@charset[^;]*;?/gi, "")
    .replace(/(?:-moz-binding|behavior)\s*:[^;}]*;?/gi, "")
    .replace(/expression\s*\(/gi, "(")
    .replace(/(?:java|vb)script:/gi, "")
    .replace(/(?:-webkit-)?image-set\s*\(/gi, "(")
    .replaceAll("<", "");
  return { css: cleaned, hadRemote };
}

export function sanitizeMailHtml(html: string, opts: MailHtmlOptions): SanitizedMailHtml {
  let hasRemoteImages = false;
  // Mail written by Outlook and newsletter tools repeats the same few styles on every cell.
  const styles = new Map<string, StyleResult>();

  const transform = (name: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    // The body's colours and background belong to the mail's layout: keep them on a div.
    const tagName = name === "body" ? "div" : name;
    if (!ALLOWED_TAGS.has(tagName)) return { tagName, attribs };
    const out: sanitizeHtml.Attributes = { ...attribs };
    if (out.style !== undefined) {
      let style = styles.get(out.style);
      if (!style) {
        style = sanitizeStyleAttribute(out.style, opts.cidUrl);
        styles.set(out.style, style);
      }
      if (style.safe) out.style = style.safe;
      else delete out.style;
      if (style.withRemote) {
        out["data-remote-style"] = style.withRemote;
        hasRemoteImages = true;
      }
    }
    if (out.background !== undefined) {
      const bg = out.background.trim();
      delete out.background;
      if (REMOTE_URL.test(bg)) {
        out["data-remote-background"] = bg;
        hasRemoteImages = true;
      }
    }
    if (tagName === "img") {
      const src = (out.src ?? "").trim();
      delete out.src;
      if (/^cid:/i.test(src)) {
        const local = opts.cidUrl(src.slice(4).replace(/^<|>$/g, ""));
        if (local) out.src = local;
      } else if (RASTER_DATA_URL.test(src)) out.src = src;
      else if (REMOTE_URL.test(src)) {
        out["data-remote-src"] = src;
        hasRemoteImages = true;
      }
    }
    if (tagName === "a" && out.href) {
      out.target = "_blank";
      out.rel = "noopener noreferrer";
    }
    return { tagName, attribs: out };
  };

  const sanitized = sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowVulnerableTags: true, // <style>: its text is rewritten below
    nonTextTags: NON_TEXT_TAGS,
    disallowedTagsMode: "discard",
    allowedAttributes: {
      "*": COMMON_ATTRIBUTES,
      a: ["href", "name", "target", "rel"],
      img: ["src", "alt", "data-remote-src"],
      ol: ["reversed"],
    },
    allowedSchemes: ["http", "https", "mailto", "tel"],
    allowedSchemesByTag: { img: ["data", "http", "https"] },
    allowProtocolRelative: false,
    transformTags: { "*": transform },
    // Inline styles are sanitized by sanitizeStyleAttribute above; sanitize-html would parse each
    // one again with postcss (most of its time on mail with styled tables) to filter by allowedStyles.
    parseStyleAttributes: false,
  });

  // sanitize-html emits <style> text as it came; the parser ended each block at its first
  // "</style", and every other "<" in the output is escaped, so this finds exactly the blocks.
  const html2 = sanitized.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_m, open: string, css: string, close: string) => {
    const block = sanitizeStyleBlock(css);
    if (block.hadRemote) hasRemoteImages = true;
    return `${open}${block.css}${close}`;
  });

  return { html: html2, hasRemoteImages };
}
