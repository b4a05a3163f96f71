import { describe, expect, it } from "vitest";
import { EmailSchema, PersonNameSchema, text } from "./validation";

describe("text()", () => {
  it("drops U+0000 before the checks chained after it", () => {
    expect(text().trim().min(1).parse(" a\u0000b ")).toBe("ab");
    expect(text().trim().min(1).safeParse("\u0000").success).toBe(false);
    expect(PersonNameSchema.parse("Ada\u0000 Lovelace")).toBe("Ada Lovelace");
    expect(EmailSchema.parse("ada\u0000@example.com")).toBe("ada@example.com");
  });

  it("leaves other text, including other control characters, alone", () => {
    expect(text().parse("tab\there\nnew line \u202e")).toBe("tab\there\nnew line \u202e");
  });
});
