// A help-center article's HTML as agents write it in the editor, made safe to render on public,
// server-rendered pages (no sandboxed iframe here, unlike mail: this allow-list is the only wall),
// and its plain text for search and meta descriptions.
//
// The allow-list is what a rich-text editor produces for a knowledge-base article: headings,
// paragraphs, lists, quotes, code, tables, figures, links and images. No style, class or id
// attributes: the article is laid out by the page's stylesheet, and an author's id could collide
// with (or clobber, through named properties) the page's own. h1 becomes h2 because the page's
// h1 is the article's title; h5/h6 become h4 so that deep headings keep being headings.
// `dir` and `lang` are kept on every element, because articles in ar mix right-to-left text with
// left-to-right product names, order numbers and code.
import { Parser } from "htmlparser2";
import sanitizeHtml from "sanitize-html";
import { isArticleImagePath } from "@/lib/article-images";

const ALLOWED_TAGS = [
  "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "code", "pre", "blockquote", "ul", "ol",
  "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "hr", "figure", "figcaption", "span", "div",
];

const HEADING_RENAMES: Record<string, string> = { h1: "h2", h5: "h4", h6: "h4" };

// Dropped together with everything inside them: their content is code, markup or form controls,
// never article text.
const NON_TEXT_TAGS = [
  "script", "style", "iframe", "object", "embed", "form", "svg", "math", "template", "noscript", "textarea",
  "select", "option", "button", "title", "applet", "noembed", "noframes", "xmp", "frameset", "frame",
];

const LINK_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
/** On links that leave the site: the other site learns neither the page nor gets a handle on its window. */
const EXTERNAL_REL = "noopener noreferrer";
const DIRECTIONS = new Set(["ltr", "rtl", "auto"]);
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
const IMAGE_SIZE = /^\d{1,4}$/;
const LIST_START = /^-?\d{1,6}$/;
const CELL_SPAN = /^(?:[1-9]\d?|100)$/;

/**
 * What a browser would read as the URL's scheme: it ignores leading C0 controls and spaces and
 * tabs/newlines anywhere, so `java\tscript:` and ` javascript:` must be judged as `javascript:`.
 */
function urlProbe(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return url.replace(/[\u0000-\u0020\u007f]/g, "");
}

// `//host` and `/\host` leave the site (browsers read `\` as `/` in http(s) URLs).
const PROTOCOL_RELATIVE = /^[/\\]{2}/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Links: http(s), mail, phone, paths on this site (relative or absolute) and #anchors. */
function safeHref(raw: string): string | null {
  const href = raw.trim();
  const probe = urlProbe(href);
  if (!probe || PROTOCOL_RELATIVE.test(probe)) return null;
  const scheme = SCHEME.exec(probe);
  if (scheme) return LINK_SCHEMES.has((scheme[1] ?? "").toLowerCase()) ? href : null;
  return href;
}

/**
 * Images: only those uploaded to this workspace's help center (`/<workspace>/help/images/<id>`,
 * src/lib/article-images.ts). Any other source would make readers' browsers fetch from a server
 * we do not know (tracking them, or showing what the author never saw), and data: URLs would put
 * megabytes of base64 into the article.
 */
function safeImageSrc(raw: string, opts: SanitizeOptions): string | null {
  const src = raw.trim();
  if (!isArticleImagePath(src, opts.workspaceSlug)) return null;
  return !opts.knownImageIds || opts.knownImageIds.has(src.slice(src.lastIndexOf("/") + 1).toLowerCase()) ? src : null;
}

export type SanitizeOptions = {
  /** Images are kept only from this workspace's route (/<slug>/help/images/<id>). */
  workspaceSlug: string;
  /** When given, only images with these ids (lowercase), the workspace's uploads, are kept. */
  knownImageIds?: ReadonlySet<string>;
};

const IMAGE_ID = /\/help\/images\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})"/gi;

/** The ids of the uploaded images that sanitized article HTML shows. */
export function articleImageIds(sanitizedHtml: string): string[] {
  return [...new Set([...sanitizedHtml.matchAll(IMAGE_ID)].map((m) => m[1]!.toLowerCase()))];
}

/** Copies `name` when its value passes `valid`, normalized by `map`. */
function keep(
  from: sanitizeHtml.Attributes,
  to: sanitizeHtml.Attributes,
  name: string,
  valid: (value: string) => boolean,
  map: (value: string) => string = (v) => v,
): void {
  const value = from[name]?.trim();
  if (value !== undefined && valid(value)) to[name] = map(value);
}

// Every attribute is rebuilt here from the allow-list (sanitize-html's allowedAttributes is a
// second check behind it), so values are validated, not just names.
function transform(name: string, attribs: sanitizeHtml.Attributes, opts: SanitizeOptions): sanitizeHtml.Tag {
  const tagName = HEADING_RENAMES[name] ?? name;
  const out: sanitizeHtml.Attributes = {};
  keep(attribs, out, "dir", (v) => DIRECTIONS.has(v.toLowerCase()), (v) => v.toLowerCase());
  keep(attribs, out, "lang", (v) => LANGUAGE_TAG.test(v));
  switch (tagName) {
    case "a": {
      const href = attribs.href === undefined ? null : safeHref(attribs.href);
      if (href !== null) {
        out.href = href;
        keep(attribs, out, "title", () => true);
        // A new tab only where the author asked for one. Links within the help center stay plain
        // (no nofollow: search engines should follow one article to the next).
        if (attribs.target?.trim().toLowerCase() === "_blank") out.target = "_blank";
        if (/^https?:/i.test(href)) out.rel = EXTERNAL_REL;
      }
      break;
    }
    case "img": {
      const src = attribs.src === undefined ? null : safeImageSrc(attribs.src, opts);
      if (src !== null) {
        out.src = src;
        keep(attribs, out, "alt", () => true);
        keep(attribs, out, "width", (v) => IMAGE_SIZE.test(v));
        keep(attribs, out, "height", (v) => IMAGE_SIZE.test(v));
      }
      break;
    }
    case "ol":
      keep(attribs, out, "start", (v) => LIST_START.test(v));
      break;
    case "th":
    case "td":
      keep(attribs, out, "colspan", (v) => CELL_SPAN.test(v));
      keep(attribs, out, "rowspan", (v) => CELL_SPAN.test(v));
      break;
  }
  return { tagName, attribs: out };
}

/**
 * The article's HTML with only the allow-listed elements and attributes left (see the header);
 * images only from the workspace's own uploads (see SanitizeOptions).
 */
export function sanitizeArticleHtml(html: string, opts: SanitizeOptions): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    nonTextTags: NON_TEXT_TAGS,
    disallowedTagsMode: "discard",
    allowedAttributes: {
      "*": ["dir", "lang"],
      a: ["href", "title", "target", "rel"],
      img: ["src", "alt", "width", "height"],
      ol: ["start"],
      th: ["colspan", "rowspan"],
      td: ["colspan", "rowspan"],
    },
    allowedSchemes: [...LINK_SCHEMES],
    // Images are paths on this site (safeImageSrc): no scheme at all.
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    transformTags: { "*": (name, attribs) => transform(name, attribs, opts) },
    // A link whose target was refused keeps its text; an image without a source is nothing.
    exclusiveFilter: (frame) => {
      if (frame.tag === "img" && !frame.attribs.src) return true;
      if (frame.tag === "a" && !frame.attribs.href) return "excludeTag";
      return false;
    },
    parseStyleAttributes: false,
  });
}

// Elements that start a line of their own in the text; table cells are separated by a space.
const BLOCK_TAGS = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "table", "thead",
  "tbody", "tfoot", "tr", "hr", "br", "figure", "figcaption", "section", "article", "header", "footer", "dl",
  "dt", "dd", "caption", "address", "details", "summary",
]);
const CELL_TAGS = new Set(["td", "th"]);

/**
 * The article's plain text, one block (paragraph, heading, list item, table row) per line, with
 * entities decoded and whitespace collapsed: what search indexes and snippets are made from.
 */
export function articleText(html: string): string {
  const parts: string[] = [];
  // Counted, not flags: a script inside a template inside... is skipped all the way out.
  let skipping = 0;
  let inPre = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (NON_TEXT_TAGS.includes(name)) skipping++;
        else if (BLOCK_TAGS.has(name)) parts.push("\n");
        else if (CELL_TAGS.has(name)) parts.push(" ");
        if (name === "pre") inPre++;
      },
      onclosetag(name) {
        if (NON_TEXT_TAGS.includes(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_TAGS.has(name)) parts.push("\n");
        else if (CELL_TAGS.has(name)) parts.push(" ");
        if (name === "pre") inPre = Math.max(0, inPre - 1);
      },
      ontext(data) {
        if (skipping > 0) return;
        // A line break in the source is a space when rendered, except in preformatted code.
        parts.push(inPre > 0 ? data.replace(/\r\n?/g, "\n") : data.replace(/\s+/g, " "));
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

const TRAILING_SEPARATORS = /[\s,;:.\-–—]+$/u;

/**
 * A meta description for an article whose author wrote none: the start of its text on one line,
 * at most `maxChars` characters (code points, ellipsis included), cut between words.
 */
export function articleSummary(html: string, maxChars = 160): string {
  const text = articleText(html).replaceAll("\n", " ");
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const room = Math.max(0, Math.floor(maxChars) - 1);
  let cut = chars.slice(0, room).join("");
  // Cut inside a word: back up to the space before it (unless the text is one long word).
  if (!/\s/.test(chars[room] ?? " ")) {
    const lastSpace = cut.search(/\s\S*$/);
    if (lastSpace > 0) cut = cut.slice(0, lastSpace);
  }
  return `${cut.replace(TRAILING_SEPARATORS, "")}…`;
}
