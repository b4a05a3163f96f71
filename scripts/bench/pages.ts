// npm run bench:pages: how long a running Shopdesk takes to serve a signed-in agent's pages.
// Signs in through next-auth's credentials endpoint like the login form does, then loads the
// inbox and a ticket page `--runs` times each (after a few untimed loads), one after another,
// and prints time to first byte and to the last byte of the HTML, p50/p95 per page. Against
// the production server (`npm start`) on loopback these are the server's times.
//
//   npm run bench:pages -- [--url http://localhost:3000] [--workspace demo] [--ticket 1]
//                          [--email admin@demo.test] [--password demo1234] [--runs 50]
import { parseArgs } from "node:util";
import { cookieHeader, signInOverHttp } from "./http-session";
import { summarise, type Summary } from "./timing";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.APP_URL ?? "http://localhost:3000" },
    workspace: { type: "string", default: "demo" },
    ticket: { type: "string", default: "1" },
    email: { type: "string", default: "admin@demo.test" },
    password: { type: "string", default: "demo1234" },
    runs: { type: "string", default: "50" },
    warmup: { type: "string", default: "3" },
  },
});
const base = values.url.replace(/\/$/, "");
const runs = Number(values.runs);
const warmup = Number(values.warmup);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(warmup) || warmup < 0) {
  console.error("--runs must be a positive integer and --warmup a non-negative one");
  process.exit(2);
}

type Sample = { ttfb: number; total: number };

async function load(url: string, jar: Map<string, string>): Promise<Sample> {
  const t0 = performance.now();
  const res = await fetch(url, { headers: { cookie: cookieHeader(jar) }, redirect: "manual" });
  const ttfb = performance.now() - t0;
  const body = await res.text();
  const total = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  if (body.includes('name="password"')) throw new Error(`${url} served the sign-in page: the session was not accepted`);
  return { ttfb, total };
}

async function measure(url: string, jar: Map<string, string>): Promise<{ ttfb: Summary; total: Summary }> {
  for (let i = 0; i < warmup; i++) await load(url, jar);
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await load(url, jar));
  return { ttfb: summarise(samples.map((s) => s.ttfb)), total: summarise(samples.map((s) => s.total)) };
}

const jar = await signInOverHttp(base, values.email, values.password);
const pages = {
  inbox: `${base}/${values.workspace}/inbox`,
  ticket: `${base}/${values.workspace}/tickets/${values.ticket}`,
};
const results: Record<string, { ttfb: Summary; total: Summary }> = {};
console.log(`page     runs  ttfb p50  ttfb p95  full p50  full p95   (ms, ${base})`);
for (const [name, url] of Object.entries(pages)) {
  const r = await measure(url, jar);
  results[name] = r;
  const f = (n: number) => n.toFixed(1).padStart(8);
  console.log(`${name.padEnd(7)} ${String(r.total.runs).padStart(5)} ${f(r.ttfb.p50)}  ${f(r.ttfb.p95)}  ${f(r.total.p50)}  ${f(r.total.p95)}`);
}
console.log(
  JSON.stringify(
    Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { p50Ms: r.total.p50, p95Ms: r.total.p95, ttfbP50Ms: r.ttfb.p50 }])),
  ),
);
