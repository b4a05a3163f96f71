import { describe, expect, it } from "vitest";
import { normalizeOrderNumber } from "./order-number";

describe("normalizeOrderNumber", () => {
  it("brings the ways customers write an order number to one form", () => {
    expect(normalizeOrderNumber("#1001")).toBe("1001");
    expect(normalizeOrderNumber(" 1001 ")).toBe("1001");
    expect(normalizeOrderNumber("No. 1001")).toBe("1001");
    expect(normalizeOrderNumber("nr 1001")).toBe("1001");
    expect(normalizeOrderNumber("ord-2026-ab12")).toBe("ORD-2026-AB12");
    expect(normalizeOrderNumber("DS 2026 0042")).toBe("DS20260042");
    expect(normalizeOrderNumber("ΠΑΡ-17")).toBe("ΠΑΡ-17");
    // Letters that only look like a prefix stay: they are part of the number.
    expect(normalizeOrderNumber("NO12345")).toBe("NO12345");
    expect(normalizeOrderNumber("nordic-77")).toBe("NORDIC-77");
  });

  it("is idempotent: a stored number normalizes to itself", () => {
    for (const v of ["#1001", "No. 1001", "ord-2026-ab12", "NO12345", "DS 2026 0042"]) {
      const once = normalizeOrderNumber(v)!;
      expect(normalizeOrderNumber(once)).toBe(once);
    }
  });

  it("refuses what cannot be an order number", () => {
    expect(normalizeOrderNumber("")).toBeNull();
    expect(normalizeOrderNumber("#")).toBeNull();
    expect(normalizeOrderNumber("<script>")).toBeNull();
    expect(normalizeOrderNumber("1".repeat(65))).toBeNull();
    expect(normalizeOrderNumber("-12")).toBeNull();
  });
});
