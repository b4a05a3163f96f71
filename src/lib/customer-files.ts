// Files customers attach on the contact form (and in the portal): fewer and smaller than agents'
// (src/lib/reply-attachments.ts), and only the kinds a shop's customers send — photos of a damaged
// parcel, a receipt, a screenshot, a short video. Checked by extension, since that is what the
// customer sees and what decides how an agent's computer opens the file; downloads are attachments
// with nosniff either way (src/server/attachments/download-headers.ts). Pure and browser-safe: the
// form's `accept` attribute and hint come from here too.

export const MAX_CUSTOMER_FILES = 5;
export const MAX_CUSTOMER_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_CUSTOMER_TOTAL_BYTES = 20 * 1024 * 1024;

export const CUSTOMER_FILE_EXTENSIONS = [
  "jpg", "jpeg", "png", "gif", "webp", "heic", "heif",
  "pdf", "txt", "csv", "doc", "docx", "xls", "xlsx", "odt", "ods",
  "mp4", "mov", "webm",
] as const;

/** The `accept` attribute of the file input. */
export const CUSTOMER_FILE_ACCEPT = CUSTOMER_FILE_EXTENSIONS.map((e) => `.${e}`).join(",");

export type CustomerFileProblem =
  | { code: "tooManyFiles"; index: null }
  | { code: "fileTooLarge"; index: number }
  | { code: "fileType"; index: number }
  | { code: "filesTooLarge"; index: null };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/** What is wrong with these files as one customer message's attachments; empty when nothing is. */
export function customerFileProblems(files: ReadonlyArray<{ name: string; size: number }>): CustomerFileProblem[] {
  const problems: CustomerFileProblem[] = [];
  if (files.length > MAX_CUSTOMER_FILES) problems.push({ code: "tooManyFiles", index: null });
  files.forEach((f, index) => {
    if (!(CUSTOMER_FILE_EXTENSIONS as readonly string[]).includes(extensionOf(f.name))) problems.push({ code: "fileType", index });
    else if (f.size > MAX_CUSTOMER_FILE_BYTES) problems.push({ code: "fileTooLarge", index });
  });
  if (files.reduce((sum, f) => sum + f.size, 0) > MAX_CUSTOMER_TOTAL_BYTES) problems.push({ code: "filesTooLarge", index: null });
  return problems;
}
