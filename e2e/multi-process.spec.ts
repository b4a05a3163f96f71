// Two web processes and two workers on one PostgreSQL, as behind a load balancer. Web A and its
// worker are the e2e server (the launcher); this spec starts web B (`next start` on another port,
// its own public URL) and a second worker against the same database, and shows that
// - a session cookie made by A is accepted by B (and an altered one is refused);
// - the sign-in rate limit counts the attempts made on A and on B together;
// - a ticket changed through one process's API shows up live in an inbox open on the other;
// - stopping B (web and worker) leaves A serving.
// What several workers do with jobs (stop mid-job, schedules once per period) is proven with
// real worker processes in tests/integration/multi-worker.test.ts.
import { randomBytes } from "node:crypto";
import { expect, request, test, type Browser, type BrowserContext, type Cookie, type Page } from "@playwright/test";
import pg from "pg";
import { quantile } from "../src/server/live/measure-latency";
import { readSseStream } from "../src/server/live/sse";
import type { TestProcess } from "../tests/helpers/processes";
import { messagePattern } from "./catalog";
import { e2eDatabaseUrl, shopdesk, startExtraWorker, startWeb, stopStartedProcesses } from "./processes";
import { signIn } from "./sign-in";

const PORT_A = Number(process.env.E2E_PORT ?? 3100);
const PORT_B = Number(process.env.E2E_PORT_B ?? PORT_A + 1);
const A = `http://localhost:${PORT_A}`;
const B = `http://127.0.0.1:${PORT_B}`;

const tag = randomBytes(4).toString("hex");
/** A throw-away account for the rate-limit test: locking it disturbs no other spec. */
const locked = { email: `multi-process-${tag}@example.test`, password: `pw-${randomBytes(12).toString("hex")}` };

test.describe.configure({ mode: "serial", timeout: 90_000 });

let webB: TestProcess | undefined;
let workerB: TestProcess | undefined;
let token = "";
let sessionCookie: Cookie;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const t0 = Date.now();
  // Everything at once: each start compiles or loads a good deal on two cores.
  const [web, worker] = await Promise.all([
    startWeb("web-B", PORT_B),
    startExtraWorker("worker-B"),
    shopdesk("user:create", "--workspace", "demo", "--email", locked.email, "--name", "Multi Process", "--role", "agent", "--password", locked.password),
    shopdesk("token:create", "--workspace", "demo", "--name", `multi-process-${tag}`).then((out) => {
      token = out.trimEnd().split("\n").at(-1)!;
    }),
  ]);
  webB = web;
  workerB = worker;
  console.log(`web B (pid ${web.pid}, ${B}) and worker B (pid ${worker.pid}) ready in ${Date.now() - t0} ms`);
});

test.afterAll(async () => {
  await stopStartedProcesses();
});

/** A context holding only `cookie`, talking to web B's origin alone (every request is recorded). */
async function contextOnB(browser: Browser, cookie: Pick<Cookie, "name" | "value">) {
  const context = await browser.newContext({ baseURL: B });
  const origins = new Set<string>();
  context.on("request", (r) => void origins.add(new URL(r.url()).origin));
  await context.addCookies([{ name: cookie.name, value: cookie.value, url: B, httpOnly: true, sameSite: "Lax" }]);
  return { context, origins };
}

test("a session made on web A is valid on web B; an altered cookie is refused", async ({ browser }) => {
  const onA = await browser.newContext({ baseURL: A });
  try {
    await signIn(await onA.newPage(), "agent@demo.test");
    const cookie = (await onA.cookies(A)).find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie, "web A set a session cookie").toBeDefined();
    sessionCookie = cookie!;
  } finally {
    await onA.close();
  }

  const { context, origins } = await contextOnB(browser, sessionCookie);
  try {
    const page = await context.newPage();
    await page.goto("/demo/inbox");
    await expect(page).toHaveURL(`${B}/demo/inbox`);
    await expect(page.getByLabel(messagePattern("en", "agent.userMenu.label"))).toHaveAccessibleName(/Alex Agent/);
    expect([...origins]).toEqual([B]);
  } finally {
    await context.close();
  }

  // One character of the encrypted token changed: B cannot decrypt it and sends us to sign in.
  const i = sessionCookie.value.length - 10;
  const altered = sessionCookie.value.slice(0, i) + (sessionCookie.value[i] === "A" ? "B" : "A") + sessionCookie.value.slice(i + 1);
  const forged = await contextOnB(browser, { name: sessionCookie.name, value: altered });
  try {
    const page = await forged.context.newPage();
    await page.goto("/demo/inbox");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    expect([...forged.origins]).toEqual([B]);
  } finally {
    await forged.context.close();
  }
});

type Attempt = "signed in" | "wrong password" | "locked";

/** One sign-in through next-auth's credentials endpoint on `origin`, as the login form posts it. */
async function attempt(origin: string, email: string, password: string): Promise<Attempt> {
  const api = await request.newContext({ baseURL: origin });
  try {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const res = await api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password, callbackUrl: `${origin}/`, json: "true" },
    });
    const error = new URL(((await res.json()) as { url: string }).url).searchParams.get("error");
    if (error === null) return "signed in";
    if (error === "CredentialsSignin") return "wrong password";
    if (error.startsWith("RATE_LIMITED")) return "locked";
    throw new Error(`unexpected sign-in error ${error}`);
  } finally {
    await api.dispose();
  }
}

test("the sign-in rate limit counts failed attempts made on A and on B together", async () => {
  // The account works, and its failure count starts at zero (a success clears it).
  expect(await attempt(A, locked.email, locked.password)).toBe("signed in");
  // Five failures in all (the limit), three on A and two on B: neither process saw five.
  const wrong = [A, B, A, B, A];
  const answers: Attempt[] = [];
  for (const origin of wrong) answers.push(await attempt(origin, locked.email, `${locked.password}-wrong`));
  expect(answers).toEqual(Array(5).fill("wrong password"));
  // Now even the right password is refused, on both.
  expect(await attempt(B, locked.email, locked.password)).toBe("locked");
  expect(await attempt(A, locked.email, locked.password)).toBe("locked");

  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ points: number }>("SELECT points FROM rate_limits WHERE key = $1", [`signin_email:${locked.email}`]);
    expect(rows).toEqual([{ points: 5 }]);
  } finally {
    await client.end();
  }
});

/** Opens `path` and waits until its live stream is connected; marks the document to detect a reload. */
async function openLive(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  const stream = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/live/demo" && r.status() === 200, { timeout: 30_000 });
  await page.goto(path);
  await stream;
  await page.evaluate(() => Object.assign(window, { __liveMark: "same-document" }));
  return page;
}

/** Notes in the page (browser clock) when a ticket link with `subject` appears or disappears. */
function watchSubject(page: Page, subject: string): Promise<void> {
  return page.evaluate((s) => {
    const w = window as unknown as { __changedAt?: number };
    w.__changedAt = undefined;
    const present = () => [...document.querySelectorAll("a bdi")].some((b) => b.textContent === s);
    const before = present();
    const observer = new MutationObserver(() => {
      if (present() === before) return;
      w.__changedAt = Date.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, subject);
}

/** B's live stream for the agent's session; `arrival(v)` resolves when ticket `number` reaches version v. */
async function eventsOnB(number: number) {
  const abort = new AbortController();
  const res = await fetch(`${B}/api/live/demo`, {
    headers: { Accept: "text/event-stream", Cookie: `${sessionCookie.name}=${sessionCookie.value}` },
    signal: abort.signal,
  });
  expect(res.status).toBe(200);
  const seen = new Map<number, number>();
  const waiting = new Map<number, (at: number) => void>();
  const reading = readSseStream(res.body!, (message, at) => {
    if (message.event !== "ticket") return;
    const change = JSON.parse(message.data) as { number?: number; version?: number };
    if (change.number !== number || typeof change.version !== "number") return;
    seen.set(change.version, at);
    waiting.get(change.version)?.(at);
  }).catch(() => undefined);
  return {
    arrival: (version: number) =>
      new Promise<number>((resolve, reject) => {
        const at = seen.get(version);
        if (at !== undefined) return resolve(at);
        const timer = setTimeout(() => reject(new Error(`version ${version} of ticket ${number} never reached B's stream`)), 5_000);
        waiting.set(version, (t) => (clearTimeout(timer), resolve(t)));
      }),
    close: async () => {
      abort.abort();
      await reading;
    },
  };
}

const changedAt = (page: Page) => page.evaluate(() => (window as unknown as { __changedAt?: number }).__changedAt);
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __liveMark?: string }).__liveMark);

test("a ticket changed through one process appears live in an inbox open on the other", async ({ browser }) => {
  const onA = await browser.newContext({ baseURL: A });
  const onB = await contextOnB(browser, sessionCookie);
  const api = await request.newContext({ extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  try {
    await onA.addCookies([{ name: sessionCookie.name, value: sessionCookie.value, url: A, httpOnly: true, sameSite: "Lax" }]);
    const inboxA = await openLive(onA, "/demo/inbox?view=unassigned");
    const inboxB = await openLive(onB.context, "/demo/inbox?view=unassigned");
    const subject = `Across processes ${tag}`;
    const link = (page: Page) => page.getByRole("link", { name: subject, exact: true });

    // Created through A's REST API: appears in B's inbox.
    await watchSubject(inboxB, subject);
    const createSent = Date.now();
    const created = await api.post(`${A}/api/v1/tickets`, {
      data: { subject, customer: { email: `multi-process-${tag}@customer.test`, name: "Multi Process" }, message: { text: "Made on web A." } },
    });
    expect(created.status()).toBe(201);
    const ticket = (await created.json()) as { number: number; version: number };
    await expect(link(inboxB)).toBeVisible({ timeout: 10_000 });
    const aToB = (await changedAt(inboxB))! - createSent;

    // Closed through B's REST API: leaves A's unassigned view.
    await expect(link(inboxA)).toBeVisible({ timeout: 10_000 });
    await watchSubject(inboxA, subject);
    const closeSent = Date.now();
    const closed = await api.patch(`${B}/api/v1/tickets/${ticket.number}`, { data: { status: "closed", version: ticket.version } });
    expect(closed.status()).toBe(200);
    await expect(link(inboxA)).toHaveCount(0, { timeout: 10_000 });
    const bToA = (await changedAt(inboxA))! - closeSent;

    for (const page of [inboxA, inboxB]) expect(await sameDocument(page)).toBe("same-document");
    expect([...onB.origins]).toEqual([B]);

    // Without the browser's refresh: changes through A's API, each timed from sending the request
    // to its event on a live stream held open on B.
    const stream = await eventsOnB(ticket.number);
    const samples: number[] = [];
    const roundTrips: number[] = [];
    const afterAnswer: number[] = [];
    try {
      let version = ((await closed.json()) as { version: number }).version;
      for (const priority of ["high", "low", "urgent", "normal", "high", "low", "urgent", "normal", "high", "low"]) {
        const sent = performance.now();
        const res = await api.patch(`${A}/api/v1/tickets/${ticket.number}`, { data: { priority, version } });
        const answered = performance.now();
        expect(res.status()).toBe(200);
        version = ((await res.json()) as { version: number }).version;
        const arrived = await stream.arrival(version);
        samples.push(arrived - sent);
        roundTrips.push(answered - sent);
        afterAnswer.push(arrived - answered);
      }
    } finally {
      await stream.close();
    }
    samples.sort((x, y) => x - y);
    roundTrips.sort((x, y) => x - y);
    afterAnswer.sort((x, y) => x - y);
    const figures = {
      browserCreatedOnAShownOnBMs: aToB,
      browserClosedOnBGoneOnAMs: bToA,
      streamAToBP50Ms: Math.round(quantile(samples, 0.5)),
      streamAToBMaxMs: Math.round(samples.at(-1)!),
      apiRoundTripP50Ms: Math.round(quantile(roundTrips, 0.5)),
      streamEventAfterApiAnswerP50Ms: Math.round(quantile(afterAnswer, 0.5)),
    };
    test.info().annotations.push({ type: "live delay across processes", description: JSON.stringify(figures) });
    console.log(
      `live across processes, from sending the API request to one process: the inbox on the other re-rendered after ` +
        `${aToB} ms (A -> B) and ${bToA} ms (B -> A); ` +
        `A's API request -> event on B's stream over ${samples.length} changes: p50 ${figures.streamAToBP50Ms} ms, max ${figures.streamAToBMaxMs} ms ` +
        `(A's answer took p50 ${figures.apiRoundTripP50Ms} ms; B's event came p50 ${figures.streamEventAfterApiAnswerP50Ms} ms after it, negative = before)`,
    );
  } finally {
    await api.dispose();
    await onA.close();
    await onB.context.close();
  }
});

test("stopping web B and its worker (SIGTERM) leaves web A serving", async ({ browser }) => {
  const [web, worker] = await Promise.all([webB!.stop("SIGTERM"), workerB!.stop("SIGTERM")]);
  // 143 (128 + SIGTERM) is what `next start` exits with after its own clean shutdown; a process
  // that did not handle the signal would end with signal SIGTERM and no code.
  expect(web).toEqual({ code: 143, signal: null });
  expect(worker).toEqual({ code: 0, signal: null });
  expect(workerB!.records).toContainEqual(expect.objectContaining({ msg: "worker stopped" }));

  const onA = await browser.newContext({ baseURL: A });
  try {
    await onA.addCookies([{ name: sessionCookie.name, value: sessionCookie.value, url: A, httpOnly: true, sameSite: "Lax" }]);
    const page = await onA.newPage();
    await page.goto("/demo/inbox");
    await expect(page).toHaveURL(`${A}/demo/inbox`);
    await expect(page.getByLabel(messagePattern("en", "agent.userMenu.label"))).toHaveAccessibleName(/Alex Agent/);
  } finally {
    await onA.close();
  }
});
