// Signing out ends the session on the server: a session cookie copied before signing out (a
// stolen or replayed cookie) opens nothing afterwards, and "Sign out everywhere" ends the
// sessions of every other browser too.
import { expect, test, type Page } from "@playwright/test";
import { en, messagePattern } from "./catalog";
import { shopdesk } from "./processes";
import { loginForm, signInThroughForm, waitForHydration } from "./sign-in";

const LOGIN_URL = /\/login(\?.*)?$/;
// Signing out posts to next-auth, then loads the sign-in page: on a busy two-core machine that
// can take longer than the default 10 s of an expectation.
const NAVIGATION = { timeout: 30_000 };

async function openAccountMenu(page: Page): Promise<void> {
  await page.getByLabel(messagePattern("en", "agent.userMenu.label")).click();
}

test("a session cookie captured before signing out is refused afterwards", async ({ page, browser }) => {
  await signInThroughForm(page, "light@demo.test");
  await page.goto("/demo/inbox");
  await expect(page.getByRole("heading", { level: 1, name: en("inbox.title") })).toBeVisible();
  const captured = await page.context().cookies();

  await openAccountMenu(page);
  await page.getByRole("button", { name: en("agent.userMenu.signOut"), exact: true }).click();
  await expect(page).toHaveURL(LOGIN_URL, NAVIGATION);

  // Someone replays the cookie in a browser of their own.
  const replay = await browser.newContext();
  await replay.addCookies(captured);
  const thief = await replay.newPage();
  await thief.goto("/demo/inbox");
  await expect(thief).toHaveURL(LOGIN_URL, NAVIGATION);
  await expect(loginForm(thief).password).toBeVisible();
  await replay.close();
});

test("sign out everywhere ends the sessions of every browser", async ({ page, browser }) => {
  // A CLI run, three sign-ins and two browsers: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const email = `everywhere.${Date.now()}@example.com`;
  const password = "a-long-password-2";
  await shopdesk("user:create", "--workspace", "demo", "--email", email, "--name", "Eve Everywhere", "--role", "agent", "--password", password);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInThroughForm(other, email, password);
  await signInThroughForm(page, email, password);
  await page.goto("/demo/inbox");

  // On the account page (Settings > Your account); the account menu has the same button.
  await page.goto("/demo/settings/account");
  const account = page.getByRole("main");
  await expect(account.getByText(en("agent.userMenu.signOutEverywhereHint"))).toBeVisible();
  await account.getByRole("button", { name: en("agent.userMenu.signOutEverywhere"), exact: true }).click();
  await expect(page).toHaveURL(LOGIN_URL, NAVIGATION);

  await other.goto("/demo/inbox");
  await expect(other).toHaveURL(LOGIN_URL, NAVIGATION);
  await otherContext.close();

  // Signing in again works as before.
  await signInThroughForm(page, email, password);
  await page.goto("/demo/inbox");
  await expect(page.getByRole("heading", { level: 1, name: en("inbox.title") })).toBeVisible();
});

test("changing the password ends every other session and keeps this one", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = `newpass.${Date.now()}@example.com`;
  const oldPassword = "a-long-password-3";
  const newPassword = "another long passphrase";
  await shopdesk("user:create", "--workspace", "demo", "--email", email, "--name", "Pat Password", "--role", "agent", "--password", oldPassword);

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signInThroughForm(other, email, oldPassword);
  await signInThroughForm(page, email, oldPassword);

  await page.goto("/demo/settings/account");
  const form = page.locator("form", { has: page.getByRole("button", { name: en("settings.account.password.submit") }) });
  await waitForHydration(form);
  const current = form.getByRole("textbox", { name: en("settings.account.password.current"), exact: true });
  const next = form.getByRole("textbox", { name: en("settings.account.password.new"), exact: true });
  const confirm = form.getByRole("textbox", { name: en("settings.account.password.confirm"), exact: true });

  // A wrong current password is named on its field, and nothing changes.
  await current.fill("not my password");
  await next.fill(newPassword);
  await confirm.fill(newPassword);
  await form.getByRole("button", { name: en("settings.account.password.submit") }).click();
  await expect(form.getByText(en("settings.account.password.wrongCurrent"))).toBeVisible();
  await expect(current).toBeFocused();

  await current.fill(oldPassword);
  await form.getByRole("button", { name: en("settings.account.password.submit") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("settings.account.password.changed") })).toBeVisible();

  // This browser is still signed in; the other one is not.
  await page.goto("/demo/inbox");
  await expect(page.getByRole("heading", { level: 1, name: en("inbox.title") })).toBeVisible();
  await other.goto("/demo/inbox");
  await expect(other).toHaveURL(LOGIN_URL, NAVIGATION);
  await otherContext.close();

  // The old password no longer signs in; the new one does.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto("/login");
  const login = loginForm(again);
  await waitForHydration(login.submit);
  await login.email.fill(email);
  await login.password.fill(oldPassword);
  await login.submit.click();
  await expect(again.getByRole("alert")).toBeVisible();
  await signInThroughForm(again, email, newPassword);
  await again.goto("/demo/inbox");
  await expect(again.getByRole("heading", { level: 1, name: en("inbox.title") })).toBeVisible();
  await fresh.close();
});
