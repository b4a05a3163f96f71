// Images in help-center articles (issue 16): what may be uploaded from the editor and where it is
// served. Pure and browser-safe: the editor checks the size before sending, the server checks it
// again and decides the type from the bytes (sniffArticleImageType), never from what the client says.

/** Each image at most 5 MB. */
export const MAX_ARTICLE_IMAGE_BYTES = 5 * 1024 * 1024;

/** The raster types a browser shows and that run no script (no SVG). */
export const ARTICLE_IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type ArticleImageType = (typeof ARTICLE_IMAGE_TYPES)[number];

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The public path of an uploaded image of the workspace `slug`. */
export function articleImagePath(slug: string, id: string): string {
  return `/${slug}/help/images/${id}`;
}

/** True when `src` is exactly the path of one of this workspace's uploaded images. */
export function isArticleImagePath(src: string, slug: string): boolean {
  const prefix = `/${slug}/help/images/`;
  return src.startsWith(prefix) && new RegExp(`^${UUID}$`, "i").test(src.slice(prefix.length));
}

function startsWith(bytes: Uint8Array, signature: ReadonlyArray<number>, offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * The image type the bytes are, from their magic numbers; null for anything else (SVG, HTML,
 * a PDF renamed .png...).
 */
export function sniffArticleImageType(bytes: Uint8Array): ArticleImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
}
