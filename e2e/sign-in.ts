// Signing in through the real login form, as a user would.
import { expect, type Cookie, type Locator, type Page } from "@playwright/test";
import { en } from "./catalog";

export const DEMO_PASSWORD = "demo1234";

const LOGIN_PAGE = /\/login(\?|$)/;

export function loginForm(page: Page) {
  return {
    // By role and accessible name: the visible label also carries the "required" marker.
    email: page.getByRole("textbox", { name: en("auth.login.email"), exact: true }),
    password: page.getByRole("textbox", { name: en("auth.login.password"), exact: true }),
    submit: page.getByRole("button", { name: en("auth.login.submit"), exact: true }),
  };
}

/**
 * Waits until React has hydrated `element` (attached its props), so that a click or Enter
 * reaches the component's handlers instead of the browser's default action. The login form
 * before hydration is covered by its own test; other tests act like a user who waits for the
 * page to be ready.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps$"))), {
      message: "the page hydrates",
    })
    .toBe(true);
  // Props are attached during hydration, but listeners added in effects (the keyboard shortcuts)
  // come a task later: wait two frames and a task, so a key pressed next reaches them.
  await element.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));
}

/**
 * Signs in on /login through the form and waits until the app has left the login page. For the
 * tests of signing in and out themselves; other tests use `signIn`.
 */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  const form = loginForm(page);
  await waitForHydration(form.email.locator("xpath=ancestor::form"));
  await form.email.fill(email);
  await form.password.fill(password);
  await form.submit.click();
  await expect(page).not.toHaveURL(LOGIN_PAGE);
}

/**
 * The session cookies of each account this test worker has signed in through the form. Most
 * tests need a signed-in agent, not another trip through the form (which the auth and session
 * specs cover), and the form is the slowest page of a run: a copy of a live session costs one
 * page load instead of three.
 */
const sessions = new Map<string, Cookie[]>();

/**
 * `page` signed in as `email` and on the start page (the user's first workspace). Reuses this
 * worker's earlier session of that account when the server still accepts it (a test may have
 * signed it out), and otherwise signs in through the form.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  const key = `${email}\n${password}`;
  const saved = sessions.get(key);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto("/");
    if (!LOGIN_PAGE.test(page.url())) return;
    sessions.delete(key);
    await page.context().clearCookies();
  }
  await signInThroughForm(page, email, password);
  sessions.set(
    key,
    (await page.context().cookies()).filter((c) => c.name.includes("session-token")),
  );
}
