import { describe, expect, it } from "vitest";
import { articleImageIds, articleSummary, articleText, sanitizeArticleHtml } from "./article-html";

const IMAGE = "/demo/help/images/01900000-0000-7000-8000-000000000abc";
const clean = (html: string) => sanitizeArticleHtml(html, { workspaceSlug: "demo" });

describe("sanitizeArticleHtml removes what could run or navigate", () => {
  it.each([
    ["script", `<p>Hi</p><script>alert(1)</script>`, /script|alert/i],
    ["event handlers", `<p onclick="alert(1)">Hi</p><img src="${IMAGE}" onerror="alert(2)">`, /onclick|onerror|alert/i],
    ["style block and attribute", `<style>p{color:red}</style><p style="color:red">Hi</p>`, /style|color/i],
    ["iframe", `<iframe src="https://evil.example">inside</iframe><p>Hi</p>`, /iframe|evil|inside/i],
    ["object and embed", `<object data="x.swf">fallback</object><embed src="x.swf"><p>Hi</p>`, /object|embed|swf|fallback/i],
    ["form with its fields", `<form action="https://evil.example"><p>Password</p><input name="p"></form><p>Hi</p>`, /form|input|evil|Password/i],
    ["svg and math", `<svg onload="alert(1)"><text>drawn</text></svg><math><mi>x</mi></math><p>Hi</p>`, /svg|math|alert|drawn|<mi>/i],
    ["javascript: links", `<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(2)">b</a><a href="jav&#x09;ascript:alert(3)">c</a>`, /javascript|alert|href/i],
    ["data: and vbscript: links", `<a href="data:text/html,<b>x</b>">a</a><a href="vbscript:msgbox(1)">b</a>`, /data:|vbscript|href/i],
    ["protocol-relative links", `<a href="//evil.example/x">a</a><a href="/\\evil.example/x">b</a>`, /evil|href/i],
    ["data: images", `<img src="data:image/png;base64,iVBORw0KGgo="><p>Hi</p>`, /img|data:/i],
    ["http: images", `<img src="http://cdn.example/a.png"><p>Hi</p>`, /img|http:/i],
    ["javascript: images", `<img src="javascript:alert(1)"><p>Hi</p>`, /img|alert/i],
  ])("%s", (_name, input, forbidden) => {
    expect(clean(input)).not.toMatch(forbidden);
  });

  it("keeps the text of a refused link", () => {
    expect(clean(`<p>See <a href="javascript:alert(1)">our policy</a>.</p>`)).toBe("<p>See our policy.</p>");
  });

  it("drops classes, styles and ids so nothing collides with the page", () => {
    expect(clean(`<p id="main" class="x" style="color:red" data-x="1">Hi</p>`)).toBe("<p>Hi</p>");
  });
});

describe("sanitizeArticleHtml keeps what an article is made of", () => {
  it("demotes h1 to h2 (the page's h1 is the title) and keeps h2-h4", () => {
    expect(clean(`<h1>Returns</h1><h2>a</h2><h3>b</h3><h4>c</h4>`)).toBe("<h2>Returns</h2><h2>a</h2><h3>b</h3><h4>c</h4>");
  });

  it("keeps editor formatting, lists, quotes, code, tables and figures", () => {
    const html =
      `<p><strong>a</strong><b>b</b><em>c</em><i>d</i><u>e</u><s>f</s><code>g</code><br /></p>` +
      `<pre><code>x &lt; y</code></pre><blockquote><p>q</p></blockquote>` +
      `<ul><li>one</li></ul><ol start="3"><li>three</li></ol><hr />` +
      `<table><thead><tr><th colspan="2">h</th></tr></thead><tbody><tr><td rowspan="2">c</td><td>d</td></tr></tbody></table>` +
      `<figure><img src="${IMAGE}" alt="Box" width="640" height="480" /><figcaption>Box</figcaption></figure>`;
    expect(clean(html)).toBe(html);
  });

  it("accepts http(s), mailto, tel, paths and anchors as links; those leaving the site get noopener noreferrer", () => {
    for (const href of ["https://shop.example/a", "http://shop.example/a"]) {
      expect(clean(`<a href="${href}">x</a>`)).toBe(`<a href="${href}" rel="noopener noreferrer">x</a>`);
    }
    for (const href of ["mailto:help@shop.example", "tel:+3725550000", "/help/en/returns", "returns#fees", "#fees"]) {
      expect(clean(`<a href="${href}">x</a>`)).toBe(`<a href="${href}">x</a>`);
    }
  });

  it("opens a new tab only where the author asked for one", () => {
    expect(clean(`<a href="https://shop.example" target="_blank" title="Shop">x</a>`)).toBe(
      `<a href="https://shop.example" title="Shop" target="_blank" rel="noopener noreferrer">x</a>`,
    );
    expect(clean(`<a href="https://shop.example" target="_top">x</a>`)).toBe(
      `<a href="https://shop.example" rel="noopener noreferrer">x</a>`,
    );
  });

  it("keeps images uploaded to this workspace's help center, with their alt text and sane sizes", () => {
    expect(clean(`<img src="${IMAGE}" alt="A" width="100%" height="50" title="t">`)).toBe(`<img src="${IMAGE}" alt="A" height="50" />`);
    expect(clean(`<p><img src=" ${IMAGE} " alt="Κουτί"></p>`)).toBe(`<p><img src="${IMAGE}" alt="Κουτί" /></p>`);
  });

  it("keeps only the images whose ids it is told are the workspace's uploads, when told", () => {
    const other = "/demo/help/images/01900000-0000-7000-8000-000000000def";
    const html = `<p>a<img src="${IMAGE}" alt="mine" /><img src="${other}" alt="theirs" />b</p>`;
    expect(sanitizeArticleHtml(html, { workspaceSlug: "demo", knownImageIds: new Set([IMAGE.slice(-36)]) })).toBe(`<p>a<img src="${IMAGE}" alt="mine" />b</p>`);
    expect(articleImageIds(clean(html))).toEqual([IMAGE.slice(-36), other.slice(-36)]);
  });

  it("drops every other image: other sites, other workspaces, other paths of this one", () => {
    for (const src of [
      "https://cdn.example/a.png",
      "https://shop.example/demo/help/images/01900000-0000-7000-8000-000000000abc",
      "//cdn.example/a.png",
      "images/a.png",
      "/uploads/box.png",
      "/other/help/images/01900000-0000-7000-8000-000000000abc",
      "/demo/attachments/01900000-0000-7000-8000-000000000abc",
      `${IMAGE}/../../attachments/01900000-0000-7000-8000-000000000abc`,
      `${IMAGE}?inline=1`,
      "data:image/png;base64,iVBORw0KGgo=",
    ]) {
      expect(clean(`<p>a<img src="${src}" alt="x">b</p>`), src).toBe("<p>ab</p>");
    }
  });

  it("keeps Greek, Arabic, Estonian and Polish text byte for byte", () => {
    const html =
      `<h2>Πώς επιστρέφω ένα προϊόν;</h2><p>Η παραγγελία σας θα επιστραφεί.</p>` +
      `<p dir="rtl" lang="ar">كَيْفَ أُرْجِعُ المُنْتَجَ؟ رقم الطلب <span dir="ltr">ORD-42</span></p>` +
      `<p lang="et">Kuidas tellimust tühistada? Õun, ärge öelge üle.</p>` +
      `<p lang="pl">Zwrot – jak to działa? Zażółć gęślą jaźń.</p>`;
    expect(Buffer.from(clean(html))).toEqual(Buffer.from(html));
  });

  it("keeps dir only as ltr, rtl or auto", () => {
    expect(clean(`<div dir="RTL"><p dir="auto">a</p><span dir="sideways">b</span></div>`)).toBe(
      `<div dir="rtl"><p dir="auto">a</p><span>b</span></div>`,
    );
  });
});

describe("articleText", () => {
  it("reads headings, lists and tables in order, one block per line", () => {
    const html =
      `<h2>Returns</h2><p>Send it back within <strong>30</strong> days.</p>` +
      `<ol><li>Open <em>Orders</em></li><li>Choose &quot;Return&quot;</li></ol>` +
      `<table><tr><th>Country</th><th>Fee</th></tr><tr><td>Estonia</td><td>0&nbsp;€</td></tr></table>`;
    expect(articleText(html)).toBe(
      ["Returns", "Send it back within 30 days.", "Open Orders", `Choose "Return"`, "Country Fee", "Estonia 0 €"].join("\n"),
    );
  });

  it("decodes entities and collapses whitespace", () => {
    expect(articleText(`<p>  Fish &amp;\n\n chips &lt;3&#8203;  &#x3A9; </p><p>a<br>b</p>`)).toBe("Fish & chips <3\u200b Ω\na\nb");
  });

  it("keeps the lines of preformatted code apart", () => {
    expect(articleText(`<p>Run:</p><pre><code>npm ci\n  npm test</code></pre>`)).toBe("Run:\nnpm ci\nnpm test");
  });

  it("never includes script or style text", () => {
    expect(articleText(`<p>Hi</p><script>var x = 1;</script><style>p{}</style>`)).toBe("Hi");
  });
});

describe("articleSummary", () => {
  it("returns short text whole, on one line", () => {
    expect(articleSummary(`<h2>Returns</h2><p>Within 30 days.</p>`)).toBe("Returns Within 30 days.");
  });

  it("cuts long text between words, ellipsis included in the limit", () => {
    const summary = articleSummary(`<p>${"Tellimuse tühistamine on lihtne. ".repeat(10)}</p>`);
    expect(Array.from(summary).length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/(?:Tellimuse|tühistamine|on|lihtne)…$/);
    expect(articleSummary(`<p>alpha beta gamma</p>`, 12)).toBe("alpha beta…");
  });

  it("cuts a single overlong word where it must", () => {
    expect(articleSummary(`<p>${"x".repeat(50)}</p>`, 10)).toBe(`${"x".repeat(9)}…`);
  });
});
