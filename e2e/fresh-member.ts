// A member of their own for a spec: invited by the workspace's admin, joined through the real
// invitation link in a browser whose language is `locale`. A new account has no saved language,
// so it reads Shopdesk in the browser's language (Accept-Language) and a spec can look at any
// locale without changing the language of a seeded user that other specs sign in as.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { en, message } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

type Workspace = { slug: string; name: string; adminEmail: string };

export const DEMO: Workspace = { slug: "demo", name: "Demo Shop", adminEmail: "admin@demo.test" };
export const NORTHWIND: Workspace = { slug: "northwind", name: "Northwind Outfitters", adminEmail: "admin@northwind.test" };

export type FreshMember = { context: BrowserContext; page: Page; name: string; email: string };

/** The invitation link the workspace's admin creates for `email` with `role`. */
async function inviteLink(browser: Browser, workspace: Workspace, email: string, role: "ADMIN" | "AGENT"): Promise<string> {
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    await signIn(page, workspace.adminEmail);
    await page.goto(`/${workspace.slug}/settings/members`);
    const form = page.locator("form", { has: page.getByRole("button", { name: en("settings.members.invite.submit") }) });
    await waitForHydration(form);
    await form.getByRole("textbox", { name: en("settings.members.invite.email"), exact: true }).fill(email);
    await form.getByRole("combobox", { name: en("settings.members.invite.role") }).selectOption(role);
    await form.getByRole("button", { name: en("settings.members.invite.submit") }).click();
    const linkField = page.getByRole("textbox", { name: en("settings.members.invite.link") });
    await expect(linkField).toBeVisible();
    return new URL(await linkField.inputValue()).pathname;
  } finally {
    await context.close();
  }
}

/** A new member named `name`, signed in, in a browser that asks for `locale`. */
export async function freshMember(
  browser: Browser,
  { workspace = DEMO, role = "ADMIN", locale = "en", name }: { workspace?: Workspace; role?: "ADMIN" | "AGENT"; locale?: string; name: string },
): Promise<FreshMember> {
  const email = `e2e-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.com`;
  const path = await inviteLink(browser, workspace, email, role);
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  const form = page.locator("form");
  await waitForHydration(form);
  await form.getByRole("textbox", { name: message(locale, "auth.invitation.name"), exact: true }).fill(name);
  await form.getByRole("textbox", { name: message(locale, "auth.invitation.password"), exact: true }).fill("a-long-password-1");
  await form.getByRole("textbox", { name: message(locale, "auth.invitation.confirmPassword"), exact: true }).fill("a-long-password-1");
  await form.getByRole("button", { name: message(locale, "auth.invitation.submit") }).click();
  // Signing in and the first inbox render can take a while on two shared cores.
  await expect(page).toHaveURL(new RegExp(`/${workspace.slug}/inbox$`), { timeout: 30_000 });
  return { context, page, name, email };
}
