// An admin invites a colleague through the members page; the colleague accepts the link in
// another browser, lands in the workspace, and the link cannot be used twice. API tokens are
// shown once and can be revoked. The workspace settings page switches assign-on-first-reply.
import { expect, test } from "@playwright/test";
import { en, isolated } from "./catalog";
import { shopdesk } from "./processes";
import { loginForm, signIn, waitForHydration } from "./sign-in";

test("an admin invites an agent, who joins with the link once", async ({ page, browser }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/members");
  await expect(page.getByRole("heading", { level: 1, name: en("settings.members.title") })).toBeVisible();

  const email = `new.agent.${Date.now()}@example.com`;
  const form = page.locator("form", { has: page.getByRole("button", { name: en("settings.members.invite.submit") }) });
  await waitForHydration(form);
  await form.getByRole("textbox", { name: en("settings.members.invite.email"), exact: true }).fill(email);
  await form.getByRole("combobox", { name: en("settings.members.invite.role") }).selectOption("AGENT");
  await form.getByRole("button", { name: en("settings.members.invite.submit") }).click();

  const linkField = page.getByRole("textbox", { name: en("settings.members.invite.link") });
  await expect(linkField).toBeVisible();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  // The pending invitation is listed for the admin.
  await expect(page.getByText(email, { exact: true })).toBeVisible();

  // The invited person, in a browser of their own.
  const guest = await browser.newContext();
  const invitee = await guest.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { name: en("auth.invitation.title", { workspace: "Demo Shop" }) })).toBeVisible();
  const accept = invitee.locator("form");
  await waitForHydration(accept);
  await accept.getByRole("textbox", { name: en("auth.invitation.name"), exact: true }).fill("Nora New");
  await accept.getByRole("textbox", { name: en("auth.invitation.password"), exact: true }).fill("a-long-password-1");
  await accept.getByRole("textbox", { name: en("auth.invitation.confirmPassword"), exact: true }).fill("a-long-password-1");
  await accept.getByRole("button", { name: en("auth.invitation.submit") }).click();
  await expect(invitee).toHaveURL(/\/demo\/inbox$/);
  await expect(invitee.getByRole("heading", { level: 1, name: en("inbox.title") })).toBeVisible();

  // The same link a second time, even signed out: refused.
  const stranger = await browser.newContext();
  const second = await stranger.newPage();
  await second.goto(new URL(link).pathname);
  await expect(second.getByText(en("auth.invitation.used"))).toBeVisible();
  await guest.close();
  await stranger.close();

  // The admin now sees the new member instead of the invitation.
  await page.reload();
  await expect(page.getByText("Nora New", { exact: true })).toBeVisible();
});

test("someone with an account elsewhere accepts an invitation by signing in, never on the invitation page", async ({ page, browser }) => {
  const email = `old.hand.${Date.now()}@example.com`;
  const password = "a-long-password-3";
  await shopdesk("user:create", "--workspace", "demo", "--email", email, "--name", "Olga Hand", "--role", "agent", "--password", password);

  await signIn(page, "admin@northwind.test");
  await page.goto("/northwind/settings/members");
  const form = page.locator("form", { has: page.getByRole("button", { name: en("settings.members.invite.submit") }) });
  await waitForHydration(form);
  await form.getByRole("textbox", { name: en("settings.members.invite.email"), exact: true }).fill(email);
  await form.getByRole("combobox", { name: en("settings.members.invite.role") }).selectOption("AGENT");
  await form.getByRole("button", { name: en("settings.members.invite.submit") }).click();
  const link = await page.getByRole("textbox", { name: en("settings.members.invite.link") }).inputValue();

  const guest = await browser.newContext();
  const invitee = await guest.newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { name: en("auth.invitation.title", { workspace: "Northwind Outfitters" }) })).toBeVisible();
  // The same page as for a new address: nothing asks for this account's password.
  await expect(invitee.locator('input[autocomplete="current-password"]')).toHaveCount(0);
  await expect(invitee.getByRole("textbox", { name: en("auth.invitation.name"), exact: true })).toBeVisible();
  await expect(invitee.getByText(en("auth.invitation.haveAccount"))).toBeVisible();

  await invitee.getByRole("link", { name: en("auth.invitation.signInToAccept") }).click();
  await expect(invitee).toHaveURL(/\/login\?callbackUrl=/);
  const login = loginForm(invitee);
  await waitForHydration(login.email.locator("xpath=ancestor::form"));
  await login.email.fill(email);
  await login.password.fill(password);
  await login.submit.click();
  await expect(invitee).toHaveURL(new URL(link).pathname);
  await expect(invitee.getByText(en("auth.invitation.signedInAs", { email }))).toBeVisible();
  const accept = invitee.getByRole("button", { name: en("auth.invitation.accept") });
  await waitForHydration(accept);
  await accept.click();
  // Joining, then rendering the inbox: slower than an expectation's default 10 s on a busy machine.
  await expect(invitee).toHaveURL(/\/northwind\/inbox$/, { timeout: 30_000 });
  await expect(invitee.getByRole("heading", { level: 1, name: en("inbox.title") })).toBeVisible();
  await guest.close();
});

test("an API token is shown once and can be revoked", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/api-tokens");
  const name = `e2e-sync-${Date.now()}`;
  const form = page.locator("main form");
  await waitForHydration(form);
  await form.getByRole("textbox", { name: en("settings.tokens.create.name"), exact: true }).fill(name);
  await form.getByRole("button", { name: en("settings.tokens.create.submit") }).click();
  const tokenField = page.getByRole("textbox", { name: en("settings.tokens.create.token") });
  await expect(tokenField).toHaveValue(/^sd_[A-Za-z0-9_-]{43}$/);

  // After a reload the token itself is gone for good; only its name and prefix remain.
  const token = await tokenField.inputValue();
  await page.reload();
  await expect(page.getByText(name)).toBeVisible();
  await expect(page.getByText(token)).toHaveCount(0);

  await page.getByRole("button", { name: `${en("settings.tokens.revoke")}: ${name}` }).click();
  const confirm = page.getByRole("dialog", { name: en("settings.tokens.revokeTitle", { name }) });
  await confirm.getByRole("button", { name: en("settings.tokens.revoke") }).click();
  await expect(page.getByText(name)).toHaveCount(0);
});

test("revoking a token asks in the app's own dialog, and its copy-it-now banner goes with it", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/api-tokens");
  const name = `e2e-banner-${Date.now()}`;
  const form = page.locator("main form");
  await waitForHydration(form);
  await form.getByRole("textbox", { name: en("settings.tokens.create.name"), exact: true }).fill(name);
  await form.getByRole("button", { name: en("settings.tokens.create.submit") }).click();
  const tokenField = page.getByRole("textbox", { name: en("settings.tokens.create.token") });
  await expect(tokenField).toHaveValue(/^sd_/);

  // No browser confirm box: the app's dialog, which Cancel and Escape leave without revoking.
  let nativeDialogs = 0;
  page.on("dialog", (d) => {
    nativeDialogs++;
    void d.dismiss();
  });
  const revoke = page.getByRole("button", { name: `${en("settings.tokens.revoke")}: ${name}` });
  await revoke.click();
  const confirm = page.getByRole("dialog", { name: en("settings.tokens.revokeTitle", { name }) });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(en("settings.tokens.revokeEffect"));
  await confirm.getByRole("button", { name: en("common.actions.cancel") }).click();
  await expect(confirm).toBeHidden();
  await expect(revoke).toBeFocused();
  await revoke.click();
  await expect(confirm).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(confirm).toBeHidden();
  await expect(tokenField).toBeVisible();

  await revoke.click();
  await confirm.getByRole("button", { name: en("settings.tokens.revoke") }).click();
  await expect(revoke).toHaveCount(0);
  // The full token of a revoked token is no longer on screen.
  await expect(tokenField).toHaveCount(0);
  expect(nativeDialogs).toBe(0);
});

test("revoking an invitation and changing a role wait for the app's confirmation", async ({ page }) => {
  await signIn(page, "admin@northwind.test");
  await page.goto("/northwind/settings/members");
  let nativeDialogs = 0;
  page.on("dialog", (d) => {
    nativeDialogs++;
    void d.dismiss();
  });

  // An invitation to revoke.
  const email = `revoke.me.${Date.now()}@example.com`;
  const form = page.locator("form", { has: page.getByRole("button", { name: en("settings.members.invite.submit") }) });
  await waitForHydration(form);
  await form.getByRole("textbox", { name: en("settings.members.invite.email"), exact: true }).fill(email);
  await form.getByRole("button", { name: en("settings.members.invite.submit") }).click();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `${en("settings.members.pending.revoke")}: ${email}` }).click();
  const revokeDialog = page.getByRole("dialog", { name: en("settings.members.pending.revokeTitle", { email }) });
  await expect(revokeDialog).toBeVisible();
  await revokeDialog.getByRole("button", { name: en("common.actions.cancel") }).click();
  await expect(page.getByText(email, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: `${en("settings.members.pending.revoke")}: ${email}` }).click();
  await revokeDialog.getByRole("button", { name: en("settings.members.pending.revoke") }).click();
  await expect(page.getByText(email, { exact: true })).toHaveCount(0);

  // A role change: nothing happens until confirmed; Cancel puts the old role back.
  const role = page.getByRole("combobox", { name: en("settings.members.changeRole", { name: isolated("Mari Mets") }) });
  await waitForHydration(role);
  await role.selectOption("LIGHT_AGENT");
  const roleDialog = page.getByRole("dialog", { name: en("settings.members.roleTitle", { name: isolated("Mari Mets") }) });
  await expect(roleDialog).toBeVisible();
  await roleDialog.getByRole("button", { name: en("common.actions.cancel") }).click();
  await expect(role).toHaveValue("AGENT");
  await page.reload();
  await expect(role).toHaveValue("AGENT");

  await waitForHydration(role);
  await role.selectOption("LIGHT_AGENT");
  await roleDialog.getByRole("button", { name: en("settings.members.roleConfirm") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("settings.members.roleChanged", { name: isolated("Mari Mets"), role: en("agent.roles.LIGHT_AGENT") }) })).toBeVisible();
  await page.reload();
  await expect(role).toHaveValue("LIGHT_AGENT");
  // And back, so the demo data stays as seeded.
  await waitForHydration(role);
  await role.selectOption("AGENT");
  await roleDialog.getByRole("button", { name: en("settings.members.roleConfirm") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("settings.members.roleChanged", { name: isolated("Mari Mets"), role: en("agent.roles.AGENT") }) })).toBeVisible();
  expect(nativeDialogs).toBe(0);
});

test("an agent who opens the settings gets their own account settings and a way back, no admin data", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.getByRole("navigation", { name: en("agent.nav.label") }).getByRole("link", { name: en("agent.nav.settings") }).click();
  await expect(page).toHaveURL(/\/demo\/settings\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: en("settings.account.title") })).toBeVisible();
  await expect(page.getByText("agent@demo.test", { exact: true })).toBeVisible();
  await expect(page.getByText(en("agent.roles.AGENT"), { exact: true })).toBeVisible();

  // An admin page typed in: a proper page saying who manages it, with the way to what they can use.
  await page.goto("/demo/settings/members");
  await expect(page.getByRole("heading", { level: 1, name: en("settings.adminOnly.title") })).toBeVisible();
  await expect(page.getByRole("button", { name: en("settings.members.invite.submit") })).toHaveCount(0);
  await expect(page.getByText("admin@demo.test")).toHaveCount(0);
  const nav = page.getByRole("navigation", { name: en("settings.nav") });
  await expect(nav.getByRole("link", { name: en("agent.nav.members") })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: en("settings.account.nav") })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: en("settings.backToInbox") }).click();
  await expect(page).toHaveURL(/\/demo\/inbox$/);
});

test("an admin turns assign-on-first-reply off and on again in the workspace settings", async ({ page }) => {
  // In the northwind workspace, where no other spec replies to tickets (specs run in parallel).
  await signIn(page, "admin@northwind.test");
  await page.goto("/northwind/settings/members");
  await page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: en("agent.nav.workspace") }).click();
  await expect(page).toHaveURL(/\/northwind\/settings\/workspace$/);
  await expect(page.getByRole("heading", { level: 1, name: en("settings.workspace.title") })).toBeVisible();
  const toggle = page.getByRole("checkbox", { name: en("settings.workspace.assignOnFirstReply") });
  const save = page.getByRole("button", { name: en("settings.workspace.save"), exact: true });
  await waitForHydration(toggle);
  // On by default.
  await expect(toggle).toBeChecked();

  await toggle.uncheck();
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: en("settings.workspace.saved") })).toBeVisible();
  await page.reload();
  await expect(toggle).not.toBeChecked();

  // Back on, as it was.
  await waitForHydration(toggle);
  await toggle.check();
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: en("settings.workspace.saved") })).toBeVisible();
  await page.reload();
  await expect(toggle).toBeChecked();
});
