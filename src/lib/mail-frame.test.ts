import { describe, expect, it } from "vitest";
import { hasRemoteImages, mailSrcdoc, restoreRemoteImages } from "./mail-frame";

const held =
  '<p>Hi</p><img alt="logo" data-remote-src="https://shop.example/logo.png" />' +
  '<td data-remote-background="https://shop.example/bg.png">x</td>' +
  '<div style="color:red" data-remote-style="color:red;background:url(https://shop.example/b.png)">y</div>';

describe("mail frame", () => {
  it("knows when remote images are held back", () => {
    expect(hasRemoteImages(held)).toBe(true);
    expect(hasRemoteImages('<img src="/api/attachments/x/image" /><p>data-remote-src="text"</p>')).toBe(false);
  });

  it("restores src, background and the full style of held-back images", () => {
    expect(restoreRemoteImages(held)).toBe(
      '<p>Hi</p><img alt="logo" src="https://shop.example/logo.png" />' +
        '<td background="https://shop.example/bg.png">x</td>' +
        '<div style="color:red;background:url(https://shop.example/b.png)">y</div>',
    );
  });

  it("allows remote (https) images in its CSP only when images are shown", () => {
    const hidden = mailSrcdoc(held, { imageOrigin: "https://desk.example", showImages: false });
    expect(hidden).toContain("img-src https://desk.example data:;");
    expect(hidden).toContain("default-src 'none'");
    expect(hidden).toContain('data-remote-src="https://shop.example/logo.png"');
    const shown = mailSrcdoc(held, { imageOrigin: "https://desk.example", showImages: true });
    expect(shown).toContain("img-src https://desk.example data: https:;");
    expect(shown).toContain('src="https://shop.example/logo.png"');
  });
});
