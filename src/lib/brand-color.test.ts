import { describe, expect, it } from "vitest";
import { accentContrast, accentStyle, contrastRatio, isReadableAccent, MIN_CONTRAST, nearestReadableAccent, normalizeHexColor, relativeLuminance } from "./brand-color";

describe("normalizeHexColor", () => {
  it("accepts #rrggbb and #rgb in any case, with or without #, and writes #rrggbb", () => {
    expect(normalizeHexColor("#1D4ED8")).toBe("#1d4ed8");
    expect(normalizeHexColor(" 1d4ed8 ")).toBe("#1d4ed8");
    expect(normalizeHexColor("#0a3")).toBe("#00aa33");
  });
  it("refuses anything else", () => {
    for (const bad of ["", "#12345", "#1234567", "blue", "rgb(0,0,0)", "#ggg000", "##123456"]) expect(normalizeHexColor(bad), bad).toBeNull();
  });
});

describe("WCAG contrast", () => {
  it("gives the known luminances and ratios", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 10);
    // #767676 is the classic lightest gray that passes AA on white (4.54:1).
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    // Symmetric.
    expect(contrastRatio("#ffffff", "#1d4ed8")).toBeCloseTo(contrastRatio("#1d4ed8", "#ffffff"), 10);
  });

  it("reads the accent against white and the pages' gray-50, the lower of the two", () => {
    expect(accentContrast("#767676")).toBeLessThan(contrastRatio("#767676", "#ffffff"));
  });

  it("accepts dark accents and refuses light ones", () => {
    for (const ok of ["#1d4ed8", "#000000", "#b91c1c", "#047857", "#6d28d9"]) expect(isReadableAccent(ok), ok).toBe(true);
    for (const bad of ["#ffffff", "#facc15", "#60a5fa", "#22c55e", "#f97316", "#777777"]) expect(isReadableAccent(bad), bad).toBe(false);
  });
});

describe("nearestReadableAccent", () => {
  it("keeps a readable colour as it is", () => {
    expect(nearestReadableAccent("#1d4ed8")).toBe("#1d4ed8");
  });

  it("darkens a light colour just enough, keeping its hue", () => {
    for (const light of ["#facc15", "#60a5fa", "#ffffff", "#22c55e", "#ff00ff"]) {
      const dark = nearestReadableAccent(light);
      expect(isReadableAccent(dark), `${light} -> ${dark}`).toBe(true);
      expect(accentContrast(dark)).toBeLessThan(MIN_CONTRAST + 0.2);
      // Every channel scaled by the same factor (the hue kept), within a unit of rounding.
      const ch = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      const [a, b] = [ch(light), ch(dark)];
      const top = a.indexOf(Math.max(...a));
      const f = b[top]! / a[top]!;
      expect(f).toBeLessThan(1);
      a.forEach((c, i) => expect(Math.abs(b[i]! - c * f), `${light} -> ${dark}`).toBeLessThanOrEqual(1));
    }
  });
});

describe("accentStyle", () => {
  it("sets the accent and the brand shades for a valid colour, nothing otherwise", () => {
    const style = accentStyle("#1d4ed8");
    expect(style["--brand-accent"]).toBe("#1d4ed8");
    expect(style["--color-brand-600"]).toBe("#1d4ed8");
    expect(style["--color-brand-700"]).toContain("black");
    expect(accentStyle(null)).toEqual({});
    // Never anything but a colour into a style attribute.
    expect(accentStyle("red; background: url(x)")).toEqual({});
  });
});
