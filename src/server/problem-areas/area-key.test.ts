import { describe, expect, it } from "vitest";
import { baseAreaKey } from "./area-key";

describe("baseAreaKey", () => {
  it("folds a name to a-z, 0-9 and underscores, accents removed", () => {
    expect(baseAreaKey("Warranty claims")).toBe("warranty_claims");
    expect(baseAreaKey("  Café & Crème / Überweisung ")).toBe("cafe_creme_uberweisung");
    expect(baseAreaKey("Zwroty łóżek")).toBe("zwroty_ozek");
  });

  it("gives names without Latin letters a generic key, and stays within the view id's limit", () => {
    expect(baseAreaKey("Επιστροφές")).toBe("area");
    expect(baseAreaKey("المرتجعات")).toBe("area");
    const long = baseAreaKey("a very long name of a problem area that goes on and on");
    expect(long.length).toBeLessThanOrEqual(40);
    expect(long).toMatch(/^[a-z0-9_]+[a-z0-9]$/);
  });
});
