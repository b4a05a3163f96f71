import { describe, expect, it } from "vitest";
import { contentDisposition, fileResponse, isInlineImageType } from "./download-headers";
import { signInlineImages, verifyInlineImage } from "./inline-image-url";

const filenameStar = (header: string) => decodeURIComponent(header.split("filename*=UTF-8''")[1]!);

describe("contentDisposition", () => {
  it("keeps a Greek or Arabic name exactly in filename* and gives old clients an ASCII fallback", () => {
    for (const name of ["Τιμολόγιο.pdf", "فاتورة رقم ١٠٤٢.pdf", "ÄÖÜ; \"quoted\" 100%.txt"]) {
      const header = contentDisposition(name);
      expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9!#$&+.^_`|~%-]+$/);
      expect(header.match(/filename="([^"]*)"/)![1]).not.toMatch(/["%;]/);
      expect(filenameStar(header)).toBe(name);
    }
  });

  it("strips control characters and path separators, and never leaves a name empty", () => {
    expect(filenameStar(contentDisposition("../evil\r\nX-Injected: 1.txt"))).toBe(".._evil__X-Injected: 1.txt");
    expect(contentDisposition("   ")).toMatch(/filename="download"/);
    expect(contentDisposition("a.png", true)).toMatch(/^inline; /);
  });
});

describe("fileResponse", () => {
  const file = (contentType: string) => ({ body: new Blob(["x"]).stream(), size: 1, contentType, filename: "f" });

  it("serves only png, jpeg, gif and webp inline, and only when asked", () => {
    expect(["image/png", "image/jpeg", "image/gif", "image/webp"].every(isInlineImageType)).toBe(true);
    expect(isInlineImageType("image/svg+xml")).toBe(false);
    expect(fileResponse(file("image/png"), { inline: true }).headers.get("content-disposition")).toMatch(/^inline;/);
    expect(fileResponse(file("image/png")).headers.get("content-disposition")).toMatch(/^attachment;/);
    for (const type of ["text/html", "image/svg+xml", "application/xhtml+xml", "text/javascript", "not a type"]) {
      const res = fileResponse(file(type), { inline: true });
      expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(res.headers.get("content-type")).toBe("application/octet-stream");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });
});

describe("signed inline images", () => {
  const id = "0190a0b0-0000-7000-8000-000000000001";
  const ws = "0190a0b0-0000-7000-8000-0000000000aa";
  const query = (html: string) => Object.fromEntries(new URLSearchParams(html.match(/\?([^"]+)"/)![1]!.replaceAll("&amp;", "&"))) as { w: string; e: string; s: string };

  it("signs our image paths for a day, for this attachment and workspace only", () => {
    const now = Date.UTC(2026, 11, 5, 9, 30);
    const html = signInlineImages(`<img src="/api/attachments/${id}/image"><img src="https://x.example/a.png">`, ws, now);
    expect(html).toContain('src="https://x.example/a.png"');
    const q = query(html);
    expect(verifyInlineImage(id, q, now)).toBe(true);
    expect(verifyInlineImage(id, q, now + 26 * 3600_000)).toBe(false);
    expect(verifyInlineImage("0190a0b0-0000-7000-8000-000000000002", q, now)).toBe(false);
    expect(verifyInlineImage(id, { ...q, w: "0190a0b0-0000-7000-8000-0000000000bb" }, now)).toBe(false);
  });
});
