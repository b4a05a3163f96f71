import { describe, expect, it } from "vitest";
import { BrandAccentColorSchema, BrandFooterLinksSchema, isFooterLinkUrl, sniffLogoType, storedFooterLinks } from "./brand";

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array(16).fill(0)]);

describe("sniffLogoType", () => {
  it("knows PNG, JPEG and WebP by their first bytes", () => {
    expect(sniffLogoType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe("image/png");
    expect(sniffLogoType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffLogoType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50))).toBe("image/webp");
  });
  it("refuses SVG, GIF, HTML, other RIFF files and truncated headers", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(sniffLogoType(enc('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffLogoType(enc("<?xml version=\"1.0\"?><svg/>"))).toBeNull();
    expect(sniffLogoType(enc("GIF89a......"))).toBeNull();
    expect(sniffLogoType(enc("<html><body>png</body></html>"))).toBeNull();
    expect(sniffLogoType(bytes(0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45))).toBeNull();
    expect(sniffLogoType(new Uint8Array([0x89, 0x50, 0x4e]))).toBeNull();
    expect(sniffLogoType(new Uint8Array())).toBeNull();
  });
});

describe("BrandAccentColorSchema", () => {
  it("normalizes a readable colour, and takes empty for none", () => {
    expect(BrandAccentColorSchema.parse(" #1D4ED8 ")).toBe("#1d4ed8");
    expect(BrandAccentColorSchema.parse("")).toBeNull();
    expect(BrandAccentColorSchema.parse(null)).toBeNull();
  });
  it("names why a colour is refused", () => {
    const code = (v: string) => {
      const r = BrandAccentColorSchema.safeParse(v);
      return r.success ? null : (r.error.issues[0] as { params?: { code?: string } }).params?.code;
    };
    expect(code("blue")).toBe("invalidColor");
    expect(code("#12345")).toBe("invalidColor");
    expect(code("#facc15")).toBe("lowContrast");
  });
});

describe("footer links", () => {
  it("takes https addresses only", () => {
    expect(isFooterLinkUrl("https://shop.example.com/returns?x=1")).toBe(true);
    for (const bad of ["http://shop.example.com", "javascript:alert(1)", "https://localhost", "https://user:pw@shop.example.com", "//shop.example.com", "https://", "shop.example.com"]) {
      expect(isFooterLinkUrl(bad), bad).toBe(false);
    }
  });
  it("takes up to 6 links with a label of up to 60 characters", () => {
    const link = { label: "Returns", url: "https://shop.example.com/returns" };
    expect(BrandFooterLinksSchema.safeParse(new Array(6).fill(link)).success).toBe(true);
    expect(BrandFooterLinksSchema.safeParse(new Array(7).fill(link)).success).toBe(false);
    expect(BrandFooterLinksSchema.safeParse([{ ...link, label: " " }]).success).toBe(false);
    expect(BrandFooterLinksSchema.safeParse([{ ...link, label: "x".repeat(61) }]).success).toBe(false);
  });
  it("reads back only the stored entries that still parse", () => {
    expect(storedFooterLinks([{ label: "Returns", url: "https://shop.example.com/r" }, { label: "Bad", url: "javascript:x" }, "junk"])).toEqual([{ label: "Returns", url: "https://shop.example.com/r" }]);
    expect(storedFooterLinks(null)).toEqual([]);
  });
});
