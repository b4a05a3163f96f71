import { describe, expect, it } from "vitest";
import { customerFileProblems, MAX_CUSTOMER_FILE_BYTES, MAX_CUSTOMER_FILES } from "./customer-files";

const MB = 1024 * 1024;

describe("customerFileProblems", () => {
  it("takes photos, receipts and short videos within the limits", () => {
    expect(customerFileProblems([{ name: "Σπασμένο κουτί.JPG", size: 3 * MB }, { name: "receipt.pdf", size: MB }, { name: "unboxing.mov", size: 9 * MB }])).toEqual([]);
    expect(customerFileProblems([])).toEqual([]);
  });

  it("names the file of a kind it does not take, or too large, and the set when too many or too heavy", () => {
    expect(customerFileProblems([{ name: "setup.exe", size: 10 }, { name: "photo.png", size: MAX_CUSTOMER_FILE_BYTES + 1 }, { name: "noextension", size: 1 }])).toEqual([
      { code: "fileType", index: 0 },
      { code: "fileTooLarge", index: 1 },
      { code: "fileType", index: 2 },
    ]);
    const many = Array.from({ length: MAX_CUSTOMER_FILES + 1 }, (_, i) => ({ name: `p${i}.jpg`, size: 5 * MB }));
    expect(customerFileProblems(many)).toEqual([{ code: "tooManyFiles", index: null }, { code: "filesTooLarge", index: null }]);
  });
});
