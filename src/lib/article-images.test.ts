import { describe, expect, it } from "vitest";
import { articleImagePath, isArticleImagePath, sniffArticleImageType } from "./article-images";

const bytes = (...parts: Array<number[] | string>) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const ID = "01900000-0000-7000-8000-000000000abc";

describe("sniffArticleImageType", () => {
  it("knows png, jpeg, gif and webp by their first bytes", () => {
    expect(sniffArticleImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe("image/png");
    expect(sniffArticleImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe("image/jpeg");
    expect(sniffArticleImageType(bytes("GIF89a", [1, 0]))).toBe("image/gif");
    expect(sniffArticleImageType(bytes("GIF87a"))).toBe("image/gif");
    expect(sniffArticleImageType(bytes("RIFF", [0, 0, 0, 0], "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses SVG, HTML, other RIFF files, truncated signatures and nothing", () => {
    expect(sniffArticleImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffArticleImageType(bytes("<html><script>alert(1)</script>"))).toBeNull();
    expect(sniffArticleImageType(bytes("RIFF", [0, 0, 0, 0], "WAVEfmt "))).toBeNull();
    expect(sniffArticleImageType(bytes([0x89], "PNG"))).toBeNull();
    expect(sniffArticleImageType(bytes("GIF8"))).toBeNull();
    expect(sniffArticleImageType(new Uint8Array())).toBeNull();
  });
});

describe("article image paths", () => {
  it("are the workspace's help images route with the image's id", () => {
    expect(articleImagePath("demo", ID)).toBe(`/demo/help/images/${ID}`);
    expect(isArticleImagePath(`/demo/help/images/${ID}`, "demo")).toBe(true);
  });

  it("refuse another workspace's images, other paths and anything after the id", () => {
    expect(isArticleImagePath(`/other/help/images/${ID}`, "demo")).toBe(false);
    expect(isArticleImagePath(`/demo/help/images/${ID}/x`, "demo")).toBe(false);
    expect(isArticleImagePath(`/demo/help/images/${ID}?a=1`, "demo")).toBe(false);
    expect(isArticleImagePath(`/demo/help/images/../../attachments/${ID}`, "demo")).toBe(false);
    expect(isArticleImagePath(`https://evil.example/demo/help/images/${ID}`, "demo")).toBe(false);
    expect(isArticleImagePath(`/demo-2/help/images/${ID}`, "demo")).toBe(false);
  });
});
