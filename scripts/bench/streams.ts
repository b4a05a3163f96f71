// npm run bench:streams: what a flood of live streams from ONE signed-in session costs a running
// Shopdesk (issue 19: 1,000 streams once took its memory from 283 to 508 MB for good, held every
// database connection while opening, and the inbox took 2.8 s). Opens `--streams` streams of
// /api/live/<workspace> at once with one session's cookies while loading the inbox, then prints
// how many stayed open (the server keeps at most 10 per member per process and closes the oldest),
// the web process's resident memory before, at the peak and after the streams are closed, and
// the inbox's time with the streams opening. The last line is one JSON object.
//
//   npm run bench:streams -- [--url http://localhost:3000] [--workspace demo] [--streams 1000]
//                            [--email admin@demo.test] [--password demo1234] [--pid PID]
//
// --pid is the web process (`next-server`); without it the one next-server process of this
// machine is used, and memory is left out when there is none or several.
import { readdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { cookieHeader, signInOverHttp } from "./http-session";
import { summarise } from "./timing";

const { values } = parseArgs({
  options: {
    url: { type: "string", default: process.env.APP_URL ?? "http://localhost:3000" },
    workspace: { type: "string", default: "demo" },
    streams: { type: "string", default: "1000" },
    email: { type: "string", default: "admin@demo.test" },
    password: { type: "string", default: "demo1234" },
    pid: { type: "string" },
  },
});
const base = values.url.replace(/\/$/, "");
const count = Number(values.streams);
if (!Number.isInteger(count) || count < 1) {
  console.error("--streams must be a positive integer");
  process.exit(2);
}

function findWebPid(): number | undefined {
  if (values.pid) return Number(values.pid);
  const found = readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        return readFileSync(`/proc/${d}/cmdline`, "utf8").startsWith("next-server");
      } catch {
        return false;
      }
    });
  return found.length === 1 ? Number(found[0]) : undefined;
}

function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
    return line ? Math.round(Number(line[1]) / 1024) : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const pid = findWebPid();
const jar = await signInOverHttp(base, values.email, values.password);
const headers = { cookie: cookieHeader(jar) };
const inboxUrl = `${base}/${values.workspace}/inbox`;

async function inboxMs(): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(inboxUrl, { headers, redirect: "manual" });
  await res.text();
  if (res.status !== 200) throw new Error(`${inboxUrl} answered ${res.status}`);
  return performance.now() - t0;
}

for (let i = 0; i < 3; i++) await inboxMs();
const rssBefore = rssMb(pid);
console.log(`web process: ${pid === undefined ? "not found (no memory figures; pass --pid)" : `pid ${pid}, ${rssBefore} MB resident`}`);

type Stream = { status: number | null; ended: boolean; abort: AbortController };
const streams: Stream[] = [];
let peak = rssBefore ?? 0;
const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid) ?? 0)), 100);

async function open(): Promise<void> {
  const s: Stream = { status: null, ended: false, abort: new AbortController() };
  streams.push(s);
  try {
    const res = await fetch(`${base}/api/live/${values.workspace}`, { headers, signal: s.abort.signal });
    s.status = res.status;
    // Read until the server closes the stream (or we abort it).
    const reader = res.body?.getReader();
    while (reader && !(await reader.read()).done);
  } catch {
    // Aborted by us at the end, or refused.
  } finally {
    s.ended = true;
  }
}

const t0 = performance.now();
const opening = Array.from({ length: count }, () => void open());
void opening;
// The inbox while the streams open, one load after another.
const inbox: number[] = [];
while (streams.filter((s) => s.status !== null || s.ended).length < count && performance.now() - t0 < 60_000) {
  inbox.push(await inboxMs());
}
const openedMs = Math.round(performance.now() - t0);
for (let i = 0; i < 5; i++) inbox.push(await inboxMs());
await sleep(2_000);
const accepted = streams.filter((s) => s.status === 200).length;
const stillOpen = streams.filter((s) => s.status === 200 && !s.ended).length;
const refused = streams.filter((s) => s.status !== null && s.status !== 200).length;
const rssOpen = rssMb(pid);

for (const s of streams) s.abort.abort();
await sleep(10_000);
clearInterval(sampler);
const rssAfter = rssMb(pid);
const summary = summarise(inbox);

console.log(`streams asked      ${count} (opened in ${openedMs} ms)`);
console.log(`accepted (200)     ${accepted}`);
console.log(`still open         ${stillOpen}   (the server closes a member's oldest beyond its limit)`);
console.log(`refused            ${refused}`);
console.log(`inbox while opening p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms, max ${summary.max.toFixed(1)} ms (${summary.runs} loads)`);
if (pid !== undefined) console.log(`web RSS            before ${rssBefore} MB, peak ${peak} MB, with streams open ${rssOpen} MB, 10 s after closing ${rssAfter} MB`);
console.log(
  JSON.stringify({
    streams: count,
    accepted,
    stillOpen,
    refused,
    openedMs,
    inboxP50Ms: summary.p50,
    inboxP95Ms: summary.p95,
    inboxMaxMs: summary.max,
    rssBeforeMb: rssBefore,
    rssPeakMb: pid === undefined ? null : peak,
    rssOpenMb: rssOpen,
    rssAfterMb: rssAfter,
  }),
);
process.exit(0);
