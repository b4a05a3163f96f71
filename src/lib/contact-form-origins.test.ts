import { describe, expect, it } from "vitest";
import { ContactFormOriginSchema } from "./contact-form-origins";

describe("ContactFormOriginSchema", () => {
  it("takes sites as CSP names them, normalized", () => {
    expect(ContactFormOriginSchema.parse(" https://Shop.Example.com/ ")).toBe("https://shop.example.com");
    expect(ContactFormOriginSchema.parse("https://*.example.co.uk")).toBe("https://*.example.co.uk");
    expect(ContactFormOriginSchema.parse("https://shop.example.com:8443")).toBe("https://shop.example.com:8443");
    expect(ContactFormOriginSchema.parse("http://localhost:3000")).toBe("http://localhost:3000");
  });

  it("refuses anything that could widen or break the header", () => {
    for (const bad of ["*", "https://*", "http://shop.example.com", "https://shop.example.com/contact", "https://a.com; script-src *", "'self'", "https://exa mple.com", "data:", "https://example"]) {
      expect(ContactFormOriginSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
