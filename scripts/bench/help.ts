// npm run bench:help: what a running Shopdesk's public help center costs a visitor. Loads the
// help-center home and an article page (and the contact form) `--runs` times each after a few
// untimed loads, one after another, and prints time to first byte and to the last byte of the HTML,
// p50/p95; then what a first visit transfers, compressed as the server sends it (HTML + every
// script and stylesheet the page loads, each fetched once with Accept-Encoding gzip/br), with the
// JavaScript alone against the 100 kB budget of an article page. Against the production server on
// loopback (README command 1) these are the server's times. Last line: one JSON object.
//
//   npm run bench:help -- [--url http://localhost:3000] [--workspace demo] [--locale en] [--runs 200]
import { parseArgs } from "node:util";
import { summarise, type Summary } from "./timing";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.APP_URL ?? "http://localhost:3000" },
    workspace: { type: "string", default: "demo" },
    locale: { type: "string", default: "en" },
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "5" },
  },
});
const base = values.url.replace(/\/$/, "");
const runs = Number(values.runs);
const warmup = Number(values.warmup);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error("--runs must be a positive integer and --warmup a non-negative one");
  process.exit(2);
}
const JS_BUDGET_BYTES = 100 * 1024;
const HEADERS = { "accept-encoding": "br, gzip", "user-agent": "Mozilla/5.0 (X11; Linux x86_64) shopdesk-bench", accept: "text/html" };

async function load(url: string): Promise<{ ttfb: number; total: number; html: string }> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: HEADERS, redirect: "manual" });
  const ttfb = performance.now() - t0;
  const html = await res.text();
  const total = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { ttfb, total, html };
}

/** Bytes on the wire of one response: its Content-Length when compressed, else the body's length. */
async function wireBytes(url: string): Promise<{ bytes: number; encoding: string }> {
  // fetch decompresses the body: the wire size is the Content-Length of a compressed answer, or,
  // for one streamed without a length (server-rendered HTML), the body compressed again the same way.
  const res = await fetch(url, { headers: HEADERS });
  const encoding = res.headers.get("content-encoding") ?? "identity";
  const length = Number(res.headers.get("content-length"));
  const body = new Uint8Array(await res.arrayBuffer());
  return { bytes: Number.isFinite(length) && length > 0 && encoding !== "identity" ? length : encoding === "identity" ? body.byteLength : await compressedSize(body, encoding), encoding };
}

/** The size of `body` compressed as the server said it was (for streamed responses without Content-Length). */
async function compressedSize(body: Uint8Array, encoding: string): Promise<number> {
  const zlib = await import("node:zlib");
  return encoding === "br" ? zlib.brotliCompressSync(body).byteLength : zlib.gzipSync(body).byteLength;
}

function assets(html: string): { scripts: string[]; styles: string[] } {
  // Not the noModule polyfills: a browser that runs modules (every one in use) never downloads them.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)].flatMap((m) => (/\bnoModule\b/i.test(m[1]!) ? [] : [/src="([^"]+)"/.exec(m[1]!)?.[1]].filter((x): x is string => Boolean(x))));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"/g)].map((m) => (m[1] ?? m[2])!);
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

async function transferred(url: string) {
  const page = await wireBytes(url);
  const { html } = await load(url);
  const { scripts, styles } = assets(html);
  const sizes = async (list: string[]) => (await Promise.all(list.map((s) => wireBytes(new URL(s, base).toString())))).reduce((a, r) => a + r.bytes, 0);
  const each = await Promise.all(scripts.map(async (src) => ({ src, bytes: (await wireBytes(new URL(src, base).toString())).bytes })));
  return {
    htmlBytes: page.bytes,
    encoding: page.encoding,
    jsBytes: each.reduce((a, e) => a + e.bytes, 0),
    cssBytes: await sizes(styles),
    scripts: scripts.length,
    stylesheets: styles.length,
    largestScripts: each.sort((a, b) => b.bytes - a.bytes).slice(0, 4),
  };
}

async function measure(url: string): Promise<{ ttfb: Summary; total: Summary }> {
  for (let i = 0; i < warmup; i++) await load(url);
  const samples: Array<{ ttfb: number; total: number }> = [];
  for (let i = 0; i < runs; i++) samples.push(await load(url));
  return { ttfb: summarise(samples.map((s) => s.ttfb)), total: summarise(samples.map((s) => s.total)) };
}

const home = `${base}/${values.workspace}/help/${values.locale}`;
const homeHtml = (await load(home)).html;
const articlePath = /href="([^"]*\/help\/[a-z]{2}\/articles\/[^"]+)"/.exec(homeHtml)?.[1];
if (!articlePath) throw new Error(`no article linked from ${home}: seed the demo data first`);
const pages = { home, article: new URL(articlePath, base).toString(), contact: `${base}/${values.workspace}/contact/${values.locale}` };

const kB = (n: number) => (n / 1024).toFixed(1);
const results: Record<string, unknown> = {};
console.log(`page      runs  ttfb p50  ttfb p95  full p50  full p95   html kB  js kB  css kB   (ms; compressed bytes; ${base})`);
for (const [name, url] of Object.entries(pages)) {
  const time = await measure(url);
  const bytes = await transferred(url);
  results[name] = { url, ...time, ...bytes };
  console.log(
    `${name.padEnd(8)} ${String(runs).padStart(5)}  ${time.ttfb.p50.toFixed(1).padStart(8)}  ${time.ttfb.p95.toFixed(1).padStart(8)}  ${time.total.p50.toFixed(1).padStart(8)}  ${time.total.p95.toFixed(1).padStart(8)}  ${kB(bytes.htmlBytes).padStart(8)} ${kB(bytes.jsBytes).padStart(6)} ${kB(bytes.cssBytes).padStart(7)}   (${bytes.encoding}, ${bytes.scripts} scripts)`,
  );
}
const article = results.article as { jsBytes: number; largestScripts: Array<{ src: string; bytes: number }> };
const articleJs = article.jsBytes;
console.log(`article page JavaScript: ${kB(articleJs)} kB compressed, budget ${kB(JS_BUDGET_BYTES)} kB: ${articleJs <= JS_BUDGET_BYTES ? "within" : "OVER"}`);
console.log(`  largest: ${article.largestScripts.map((e) => `${e.src.split("/").pop()} ${kB(e.bytes)} kB`).join(", ") || "none (no script)"}`);
console.log(JSON.stringify({ bench: "help", runs, jsBudgetBytes: JS_BUDGET_BYTES, articleJsWithinBudget: articleJs <= JS_BUDGET_BYTES, pages: results }));
