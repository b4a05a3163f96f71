// Signing in through the real login form, as a user would.
import { expect, type Locator, type Page } from "@playwright/test";
import { en } from "./catalog";

export const DEMO_PASSWORD = "demo1234";

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
}

/** Signs in on /login and waits until the app has left the login page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  const form = loginForm(page);
  await waitForHydration(form.email.locator("xpath=ancestor::form"));
  await form.email.fill(email);
  await form.password.fill(password);
  await form.submit.click();
  await expect(page).not.toHaveURL(/\/login(\?|$)/);
}
