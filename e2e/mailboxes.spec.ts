// Mailbox settings as an admin meets them: add a mailbox (field errors first), see its forwarding
// address and the inbound secret once, test the connection (a refused SMTP port is named as
// such), edit it (name, a Greek acknowledgement text), see a failing mailbox named on the inbox, delete it.
import { expect, test } from "@playwright/test";
import pg from "pg";
import { en } from "./catalog";
import { e2eDatabaseUrl } from "./processes";
import { signIn, waitForHydration } from "./sign-in";

async function sql(text: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

/** What the IMAP fetcher records when the server refuses the password. */
function markFailing(address: string): Promise<void> {
  return sql(
    `UPDATE "Mailbox" SET "lastErrorCode" = 'auth_failed', "lastError" = 'AUTHENTICATIONFAILED Authentication failed.', "lastErrorAt" = now(), "failureCount" = 3, "retryAt" = now() + interval '4 minutes' WHERE "address" = $1`,
    [address],
  );
}

function deleteMailbox(address: string): Promise<void> {
  return sql(`DELETE FROM "Mailbox" WHERE "address" = $1`, [address]);
}

test("an admin adds, tests, edits and deletes a mailbox; a failing one is named on the inbox", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "admin@demo.test");
  const run = Date.now().toString(36);
  const address = `support-${run}@e2e-shop.example`;
  const [first, renamed] = [`E2E Support ${run}`, `E2E Help ${run}`];
  try {
    await page.goto("/demo/settings/workspace");
    await page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: en("agent.nav.mailboxes") }).click();
    await expect(page.getByRole("heading", { level: 1, name: en("settings.mailboxes.title") })).toBeVisible();
    await page.getByRole("link", { name: en("settings.mailboxes.add") }).click();
    await expect(page.getByRole("heading", { level: 1, name: en("settings.mailboxes.add") })).toBeVisible();

    const form = page.getByRole("main").locator("form");
    await waitForHydration(form);
    const submit = form.getByRole("button", { name: en("settings.mailboxes.form.submitCreate") });
    const name = form.getByRole("textbox", { name: en("settings.mailboxes.form.name"), exact: true });

    // Nothing filled in: the server's field errors show on their fields, the first one focused.
    await submit.click();
    await expect(form.getByText(en("settings.mailboxes.form.fixErrors"))).toBeVisible();
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toBeFocused();

    await name.fill(first);
    await form.getByRole("textbox", { name: en("settings.mailboxes.form.address"), exact: true }).fill(address);
    await form.getByRole("checkbox", { name: en("settings.mailboxes.form.smtpEnable") }).check();
    const smtpHost = form.getByRole("textbox", { name: en("settings.mailboxes.form.host"), exact: true });
    await smtpHost.fill("127.0.0.1");
    await form.getByRole("combobox", { name: en("settings.mailboxes.form.security") }).selectOption("none");
    // Port 1 on this machine: nothing listens there, so the test below is refused.
    await form.getByRole("textbox", { name: en("settings.mailboxes.form.port"), exact: true }).fill("1");
    await submit.click();

    const created = page.getByRole("status").filter({ hasText: en("settings.mailboxes.created.title", { name: first }) });
    await expect(created).toBeVisible();
    await expect(created.getByRole("textbox", { name: en("settings.mailboxes.forwarding") })).toHaveValue(/@/);
    await expect(created.getByRole("textbox", { name: en("settings.mailboxes.created.secret") })).toHaveValue(/^sdm_/);
    await created.getByRole("link", { name: en("settings.mailboxes.created.back") }).click();

    const card = page.getByRole("region", { name: first });
    await expect(card.getByText(address, { exact: true })).toBeVisible();
    await expect(card.getByText(en("settings.mailboxes.noImap"))).toBeVisible();
    await card.getByRole("button", { name: `${en("settings.mailboxes.test.button")}: ${first}` }).click();
    await expect(card.getByText(en("settings.mailboxes.test.smtpFailed", { reason: en("settings.mailboxes.failures.connection_refused") }))).toBeVisible({ timeout: 30_000 });

    // Edit: a new name; the password fields stay empty.
    await card.getByRole("link", { name: `${en("common.actions.edit")}: ${first}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: en("settings.mailboxes.editTitle") })).toBeVisible();
    const edit = page.getByRole("main").locator("form");
    await waitForHydration(edit);
    await edit.getByRole("textbox", { name: en("settings.mailboxes.form.name"), exact: true }).fill(renamed);
    await expect(edit.getByRole("textbox", { name: en("settings.mailboxes.form.host"), exact: true })).toHaveValue("127.0.0.1");
    // The acknowledgement in Greek, in the shop's own words.
    await edit.getByRole("checkbox", { name: en("settings.mailboxes.form.autoAcknowledge") }).check();
    const greek = edit.locator("details", { hasText: "Ελληνικά" });
    await greek.locator("summary").click();
    await greek.getByRole("textbox", { name: en("settings.mailboxes.form.templateSubject") }).fill("Λάβαμε το μήνυμά σας: {{subject}}");
    await greek.getByRole("textbox", { name: en("settings.mailboxes.form.templateBody") }).fill("Γεια σας {{customerName}}, ανοίξαμε το αίτημα {{ticketNumber}}.");
    await edit.getByRole("button", { name: en("settings.mailboxes.form.submitSave") }).click();
    await expect(edit.getByText(en("settings.mailboxes.form.saved"))).toBeVisible();
    await page.reload();
    await expect(page.getByRole("main").locator("details", { hasText: "Ελληνικά" }).locator("summary")).toContainText(en("settings.mailboxes.form.templateOwn"));
    await expect(page.getByRole("main").locator("details", { hasText: "Polski" }).locator("summary")).toContainText(en("settings.mailboxes.form.templateBuiltIn"));

    // A mailbox the fetcher cannot sign in to is named on every member's inbox.
    await markFailing(address);
    await page.goto("/demo/inbox");
    const banner = page.getByRole("status").filter({ hasText: address });
    await expect(banner).toBeVisible();
    await banner.getByRole("link", { name: en("settings.mailboxes.inboxBannerLink") }).click();
    const failing = page.getByRole("region", { name: renamed });
    await expect(failing.getByText(en("settings.mailboxes.failures.auth_failed"))).toBeVisible();

    await failing.getByRole("button", { name: `${en("common.actions.delete")}: ${renamed}` }).click();
    const dialog = page.getByRole("dialog", { name: en("settings.mailboxes.delete.title", { name: renamed }) });
    await dialog.getByRole("button", { name: en("common.actions.delete") }).click();
    await expect(page.getByRole("region", { name: renamed })).toHaveCount(0);
    await page.goto("/demo/inbox");
    await expect(page.getByRole("status").filter({ hasText: address })).toHaveCount(0);
  } finally {
    // Leaves nothing failing behind for the inbox of other specs, even when a step above failed.
    await deleteMailbox(address);
  }
});
