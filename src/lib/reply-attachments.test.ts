import { describe, expect, it } from "vitest";
import {
  MAX_REPLY_FILE_BYTES,
  MAX_REPLY_FILES,
  MAX_REPLY_TOTAL_BYTES,
  normalizeContentType,
  replyFileProblems,
  sanitizeFilename,
} from "./reply-attachments";

describe("sanitizeFilename", () => {
  it("keeps Greek, Arabic and accented names as they are", () => {
    expect(sanitizeFilename("Απόδειξη αγοράς.pdf")).toBe("Απόδειξη αγοράς.pdf");
    expect(sanitizeFilename("فاتورة رقم ٥.pdf")).toBe("فاتورة رقم ٥.pdf");
    expect(sanitizeFilename("zwrot-łódź.png")).toBe("zwrot-łódź.png");
  });

  it("drops folders of either kind of path", () => {
    expect(sanitizeFilename("../../etc/passwd")).toBe("passwd");
    expect(sanitizeFilename("C:\\Users\\ana\\Desktop\\receipt.pdf")).toBe("receipt.pdf");
  });

  it("removes control and direction characters, so a name cannot disguise its extension", () => {
    expect(sanitizeFilename("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(sanitizeFilename("a\u0000b\r\nc\u0007.txt")).toBe("abc.txt");
    expect(sanitizeFilename('what?<is>"this"|*.txt')).toBe("whatisthis.txt");
  });

  it("trims spaces and dots and names an empty result 'attachment'", () => {
    expect(sanitizeFilename("  .hidden.txt. ")).toBe("hidden.txt");
    expect(sanitizeFilename("..")).toBe("attachment");
    expect(sanitizeFilename("dir/")).toBe("attachment");
    expect(sanitizeFilename("\u202E")).toBe("attachment");
  });

  it("cuts a long name to 255 characters and keeps its extension", () => {
    const long = `${"α".repeat(300)}.pdf`;
    const cut = sanitizeFilename(long);
    expect(Array.from(cut)).toHaveLength(255);
    expect(cut.endsWith(".pdf")).toBe(true);
  });
});

describe("replyFileProblems", () => {
  const mb = 1024 * 1024;

  it("accepts up to ten files of up to 10 MB and 25 MB in all", () => {
    expect(replyFileProblems([])).toEqual([]);
    expect(replyFileProblems([{ size: MAX_REPLY_FILE_BYTES }, { size: MAX_REPLY_FILE_BYTES }, { size: 5 * mb }])).toEqual([]);
    expect(replyFileProblems(Array.from({ length: MAX_REPLY_FILES }, () => ({ size: mb })))).toEqual([]);
  });

  it("names each file over 10 MB, an eleventh file and a total over 25 MB", () => {
    expect(replyFileProblems([{ size: 1 }, { size: MAX_REPLY_FILE_BYTES + 1 }])).toEqual([{ code: "fileTooLarge", index: 1 }]);
    expect(replyFileProblems(Array.from({ length: MAX_REPLY_FILES + 1 }, () => ({ size: 1 })))).toEqual([{ code: "tooManyFiles", index: null }]);
    expect(replyFileProblems([{ size: 9 * mb }, { size: 9 * mb }, { size: MAX_REPLY_TOTAL_BYTES - 18 * mb + 1 }])).toEqual([
      { code: "filesTooLarge", index: null },
    ]);
  });
});

describe("normalizeContentType", () => {
  it("keeps a well-formed type, lower-case and without parameters", () => {
    expect(normalizeContentType("Application/PDF")).toBe("application/pdf");
    expect(normalizeContentType("text/plain; charset=utf-8")).toBe("text/plain");
  });

  it("makes a missing or malformed type application/octet-stream", () => {
    expect(normalizeContentType("")).toBe("application/octet-stream");
    expect(normalizeContentType(undefined)).toBe("application/octet-stream");
    expect(normalizeContentType("text/html\r\nX-Evil: 1")).toBe("application/octet-stream");
    expect(normalizeContentType("nonsense")).toBe("application/octet-stream");
  });
});
