// Files an agent attaches to a reply or a note: the limits (one place, shared by the composer's
// hint and checks, the server action, the REST API and the use case), and the file name as it is
// stored and mailed. Pure and browser-safe.

/** At most this many files on one message. */
export const MAX_REPLY_FILES = 10;
/** Each file at most 10 MB. */
export const MAX_REPLY_FILE_BYTES = 10 * 1024 * 1024;
/** All files of one message together at most 25 MB (what most mail servers still accept once encoded). */
export const MAX_REPLY_TOTAL_BYTES = 25 * 1024 * 1024;

/** Why a set of files is refused: a field-error code the UI translates, and the file it names. */
export type ReplyFileProblem =
  | { code: "tooManyFiles"; index: null }
  | { code: "fileTooLarge"; index: number }
  | { code: "filesTooLarge"; index: null };

/** What is wrong with these files as one message's attachments; empty when nothing is. */
export function replyFileProblems(files: ReadonlyArray<{ size: number }>): ReplyFileProblem[] {
  const problems: ReplyFileProblem[] = [];
  if (files.length > MAX_REPLY_FILES) problems.push({ code: "tooManyFiles", index: null });
  files.forEach((f, index) => {
    if (f.size > MAX_REPLY_FILE_BYTES) problems.push({ code: "fileTooLarge", index });
  });
  if (files.reduce((sum, f) => sum + f.size, 0) > MAX_REPLY_TOTAL_BYTES) problems.push({ code: "filesTooLarge", index: null });
  return problems;
}

const MAX_FILENAME_CHARS = 255;
// C0 and C1 controls and DEL; the bidi embeddings, overrides and isolates (U+202A–U+202E,
// U+2066–U+2069) and marks (U+200E, U+200F, U+061C), with which "invoice\u202Efdp.exe" reads
// "invoiceexe.pdf"; and the characters Windows refuses in names.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNWANTED = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069<>:"|?*]/g;

/**
 * A file name safe to store, show and send: no folders (what follows the last `/` or `\`), no
 * control or direction characters, no leading or trailing spaces and dots, at most 255 characters
 * (the extension kept). Letters of any script stay as they are (NFC): "Απόδειξη.pdf", "فاتورة.pdf".
 * A name with nothing left becomes "attachment".
 */
export function sanitizeFilename(name: string): string {
  const base = name.normalize("NFC").split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(UNWANTED, "").replace(/\s+/g, " ").replace(/^[\s.]+|[\s.]+$/g, "");
  if (!cleaned) return "attachment";
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILENAME_CHARS) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(cleaned.slice(dot)) : [];
  if (ext.length === 0 || ext.length > 16) return chars.slice(0, MAX_FILENAME_CHARS).join("");
  const stem = Array.from(cleaned.slice(0, dot));
  return stem.slice(0, MAX_FILENAME_CHARS - ext.length).join("") + ext.join("");
}

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

/**
 * The content type as the browser or client gave it, lower-case and without parameters, or
 * `application/octet-stream` when it is missing or malformed. It is stored and mailed, never
 * trusted for display: downloads are always attachments with nosniff, and only raster images
 * are ever shown inline (src/server/attachments/download-headers.ts).
 */
export function normalizeContentType(type: string | null | undefined): string {
  const bare = (type ?? "").split(";")[0]!.trim().toLowerCase();
  return MEDIA_TYPE.test(bare) ? bare : "application/octet-stream";
}
