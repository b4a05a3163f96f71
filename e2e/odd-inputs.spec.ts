// Odd inputs against the production build: a NUL (U+0000) in every page's path segments and
// search params, cursors dated year 0000, a NUL in the sign-in email, and a callbackUrl that is
// not a URL of ours. Each must be answered below 500, without a raw database error, and never
// with a redirect to another site. Prefetch requests get the same CSP as any page.
// (API routes and server actions get the same inputs in tests/integration/odd-inputs.test.ts.)
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { DEMO_PASSWORD, loginForm, signIn, waitForHydration } from "./sign-in";

const RAW_DB_ERROR = /invalid byte sequence|0x00|prisma|sqlstate|out of range for type|violates/i;
const NUL = "%00";
const YEAR_0000 = [
  Buffer.from(JSON.stringify({ s: "activity", at: "0000-01-01T00:00:00.000Z", id: "01900000-0000-7000-8000-000000000000" })).toString("base64url"),
  Buffer.from(JSON.stringify(["0000-01-01T00:00:00.000Z", "01900000-0000-7000-8000-000000000000"])).toString("base64url"),
];
const SEARCH_PARAMS = ["q", "tag", "area", "view", "status", "assignee", "priority", "channel", "customer", "sort", "cursor", "prev", "callbackUrl", "error"];

/** Every page of the app, from src/app, with its dynamic segments filled for the demo workspace. */
function pagePaths(): string[] {
  const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/app");
  const found: string[] = [];
  const walk = (dir: string, route: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name === "api") continue;
        // Route groups, "(agent)", add no segment.
        walk(path.join(dir, entry.name), /^\(.*\)$/.test(entry.name) ? route : [...route, entry.name]);
      } else if (entry.name === "page.tsx") found.push(`/${route.join("/")}`);
    }
  };
  walk(appDir, []);
  return found;
}

const fill = (route: string, nul = false) =>
  route
    .replace("[workspace]", nul ? `demo${NUL}` : "demo")
    .replace("[number]", nul ? `1${NUL}` : "1")
    .replace("[token]", nul ? `${"a".repeat(20)}${NUL}${"a".repeat(22)}` : "a".repeat(43));

async function expectClean(res: APIResponse, what: string) {
  expect(res.status(), what).toBeLessThan(500);
  expect(await res.text(), what).not.toMatch(RAW_DB_ERROR);
}

async function probe(request: APIRequestContext, url: string) {
  await expectClean(await request.get(url, { maxRedirects: 0 }), url);
}

test("every page answers NUL path segments, NUL search params and year-0000 cursors below 500", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "admin@demo.test");
  const routes = pagePaths();
  expect(routes).toEqual(expect.arrayContaining(["/[workspace]/inbox", "/[workspace]/tickets/[number]", "/login"]));
  const urls: string[] = [];
  for (const route of routes) {
    if (route.includes("[")) urls.push(fill(route, true));
    const base = fill(route);
    for (const key of SEARCH_PARAMS) urls.push(`${base}?${key}=${NUL}`, `${base}?${key}=a${NUL}b`);
    for (const cursor of YEAR_0000) urls.push(`${base}?cursor=${cursor}&prev=${cursor}`);
  }
  urls.push(`/${NUL}/inbox`);
  // Three at a time: the server renders while the next answers travel (the CI budget is tight).
  for (let i = 0; i < urls.length; i += 3) await Promise.all(urls.slice(i, i + 3).map((url) => probe(page.request, url)));
});

test("a NUL in the sign-in email is a failed sign-in, not a database error", async ({ request }) => {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const email of ["admin\u0000@demo.test", "\u0000", "admin@demo.test\u0000"]) {
    const res = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email, password: "not the password", json: "true" },
      maxRedirects: 0,
    });
    await expectClean(res, `sign-in with ${JSON.stringify(email)}`);
    const location = res.headers()["location"] ?? "";
    const error = new URL(location || "/", "http://localhost").searchParams.get("error") ?? "";
    expect(error).not.toMatch(RAW_DB_ERROR);
    if (location) await expectClean(await request.get(location, { maxRedirects: 0 }), location);
  }
  await expectClean(await request.get(`/api/auth/error?error=${encodeURIComponent("invalid byte sequence")}`), "/api/auth/error");
});

test("a callbackUrl on a look-alike host neither fails nor leaves the site", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const evil = [`${origin}.evil.example/`, `http://localhost:${new URL(origin).port}.evil.example/`, "https://evil.example/", "//evil.example/", `${origin}@evil.example/`];
  for (const callbackUrl of evil) {
    const q = `callbackUrl=${encodeURIComponent(callbackUrl)}`;
    for (const url of [`/login?${q}`, `/api/auth/signin?${q}`, `/api/auth/session?${q}`, `/api/auth/csrf?${q}`, `/api/auth/providers?${q}`]) {
      const res = await page.request.get(url, { maxRedirects: 0 });
      await expectClean(res, url);
      const location = res.headers()["location"];
      if (location) expect(new URL(location, origin).origin, url).toBe(origin);
    }
  }

  // Signing in through the form with such a link lands on our own site.
  await page.goto(`/login?callbackUrl=${encodeURIComponent(evil[0]!)}`);
  const form = loginForm(page);
  await waitForHydration(form.email.locator("xpath=ancestor::form"));
  await form.email.fill("admin@demo.test");
  await form.password.fill(DEMO_PASSWORD);
  await form.submit.click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
  expect(new URL(page.url()).origin).toBe(origin);
});

test("prefetch requests carry the same CSP as any page", async ({ request }) => {
  const variants: Record<string, string>[] = [{ Purpose: "prefetch" }, { "Sec-Purpose": "prefetch" }, { "Next-Router-Prefetch": "1" }, {}];
  for (const headers of variants) {
    const res = await request.get("/login", { headers });
    expect(res.status(), JSON.stringify(headers)).toBe(200);
    const csp = res.headers()["content-security-policy"] ?? "";
    expect(csp, JSON.stringify(headers)).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
  }
});
