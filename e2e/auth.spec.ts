// Signing in and out, the language switch (including right-to-left Arabic), wrong passwords,
// keyboard-only use of the login form, and workspace isolation: all through the real UI.
import { expect, test, type Page } from "@playwright/test";
import { en, message, messagePattern } from "./catalog";
import { DEMO_PASSWORD, loginForm, signIn, signInThroughForm, waitForHydration } from "./sign-in";

const LOGIN_URL = /\/login(\?.*)?$/;

/** Opens the account menu (a <details> disclosure whose <summary> carries the label) unless it is open. */
async function openAccountMenu(page: Page, locale: string): Promise<void> {
  const summary = page.getByLabel(messagePattern(locale, "agent.userMenu.label"));
  const open = await summary.evaluate((el) => el.parentElement instanceof HTMLDetailsElement && el.parentElement.open);
  if (!open) await summary.click();
}

function languageSelect(page: Page, locale: string) {
  return page.getByRole("combobox", { name: message(locale, "common.language.label"), exact: true });
}

async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  await openAccountMenu(page, from);
  await languageSelect(page, from).selectOption(to);
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

test("an agent signs in to the demo workspace, reads it in Arabic, and signs out", async ({ page }) => {
  await signInThroughForm(page, "agent@demo.test");
  await expect(page).toHaveURL(/\/demo(\/|$)/);
  await expect(page.getByText("Demo Shop").first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  await switchLanguage(page, "en", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("navigation", { name: message("ar", "agent.nav.label") })).toBeVisible();
  await expect(page.getByRole("link", { name: message("ar", "agent.nav.inbox"), exact: true })).toBeVisible();
  // The choice outlives a reload: it is stored, not only rendered.
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  // Back to English, so the account is left as the seed made it.
  await switchLanguage(page, "ar", "en");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("link", { name: en("agent.nav.inbox"), exact: true })).toBeVisible();

  await openAccountMenu(page, "en");
  await page.getByRole("button", { name: en("agent.userMenu.signOut"), exact: true }).click();
  await expect(page).toHaveURL(LOGIN_URL);
  await expect(loginForm(page).email).toBeVisible();

  // The session is gone: the inbox sends us back to the login page.
  await page.goto("/demo/inbox");
  await expect(page).toHaveURL(LOGIN_URL);
  await expect(loginForm(page).password).toBeVisible();
});

test("a visitor who is not signed in is sent to the login page", async ({ page }) => {
  await page.goto("/demo/inbox");
  await expect(page).toHaveURL(LOGIN_URL);
  await expect(page.getByRole("heading", { name: en("auth.login.title") })).toBeVisible();
});

test("a wrong password shows a clear error, and the form works by keyboard alone", async ({ page }) => {
  await page.goto("/login");
  const form = loginForm(page);
  await waitForHydration(form.email.locator("xpath=ancestor::form"));

  // Tab from the top of the page reaches the email field within a few stops.
  let reached = false;
  for (let i = 0; i < 6 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await form.email.evaluate((el) => el === document.activeElement);
  }
  expect(reached, "the email field is reachable with Tab").toBe(true);
  await page.keyboard.type("agent@demo.test");
  await page.keyboard.press("Tab");
  await expect(form.password).toBeFocused();
  await page.keyboard.type(`${DEMO_PASSWORD}-wrong`);
  await page.keyboard.press("Enter");

  const alert = page.getByRole("alert").filter({ hasText: en("auth.login.invalidCredentials") });
  await expect(alert).toBeVisible();
  await expect(alert).toHaveText(en("auth.login.invalidCredentials"));
  await expect(page).toHaveURL(LOGIN_URL);
  // What the user typed is kept, so they only correct the password.
  await expect(form.email).toHaveValue("agent@demo.test");
});

test("an agent of another workspace gets a 404 for the demo workspace", async ({ page }) => {
  await signIn(page, "agent@northwind.test");
  await expect(page).toHaveURL(/\/northwind(\/|$)/);

  // Every page of the demo workspace, including a ticket number that exists only in demo (#60).
  for (const path of ["/demo", "/demo/inbox", "/demo/tickets/60", "/demo/settings/members", "/demo/settings/api-tokens"]) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers 404`).toBe(404);
    await expect(page.getByRole("heading", { name: en("common.notFound.title") })).toBeVisible();
    await expect(page.getByText("Demo Shop")).toHaveCount(0);
  }
});

test.describe("before the page's scripts run", () => {
  test.use({ javaScriptEnabled: false });

  test("submitting the login form never puts the password in the URL", async ({ page }) => {
    await page.goto("/login");
    const form = loginForm(page);
    await form.email.fill("agent@demo.test");
    await form.password.fill(DEMO_PASSWORD);
    await form.submit.click();
    await page.waitForLoadState("load");
    // A GET submission would leak it into the address bar, history and access logs.
    expect(page.url()).not.toContain(DEMO_PASSWORD);
    expect(page.url()).not.toContain("password=");
    // And the visitor is still on a working login page.
    await expect(page.getByRole("heading", { name: en("auth.login.title") })).toBeVisible();
  });
});
