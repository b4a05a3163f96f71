// Canned replies through the real UI: an admin writes a shared reply in English and Greek on the
// settings page (an unknown placeholder is refused on its language's tab first); an agent on a
// Greek customer's ticket types "#" and part of the title, picks the reply with the keyboard, and
// the Greek text with the customer's name is in the reply box.
import { expect, test } from "@playwright/test";
import { en, messagePattern } from "./catalog";
import { createTicket, unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

const GREEK_CUSTOMER = "Μαρία Παπαδοπούλου";

test("an agent inserts a shared canned reply in the Greek customer's language, picked with the keyboard", async ({ browser }) => {
  const id = unique();
  const title = `Parcel delayed ${id}`;

  const adminContext = await browser.newContext({ locale: "en-US" });
  const admin = await adminContext.newPage();
  await signIn(admin, "admin@demo.test");
  await admin.goto("/demo/settings/canned-replies");
  await expect(admin.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: en("settings.cannedReplies.nav") })).toHaveAttribute("aria-current", "page");
  const form = admin.locator("form", { has: admin.getByRole("button", { name: en("settings.cannedReplies.create") }) });
  await waitForHydration(form);
  await form.getByRole("textbox", { name: en("settings.cannedReplies.fields.title"), exact: true }).fill(title);
  // A combobox: the existing folders are suggested.
  await form.getByRole("combobox", { name: en("settings.cannedReplies.fields.folder"), exact: true }).fill("Shipping");
  await expect(form.getByRole("checkbox", { name: en("settings.cannedReplies.fields.shared") })).toBeChecked();
  // The admin's own language is the first tab.
  await expect(form.getByRole("tab", { name: /English/ })).toHaveAttribute("aria-selected", "true");
  await form.getByRole("textbox", { name: en("settings.cannedReplies.fields.versionLabel", { language: "English" }) }).fill("Hi {{customer.name}},\nyour parcel is delayed by a day.");
  // Arrow keys move between the language tabs.
  await form.getByRole("tab", { name: /English/ }).focus();
  await admin.keyboard.press("ArrowRight");
  const greekTab = form.getByRole("tab", { name: /Ελληνικά/ });
  await expect(greekTab).toHaveAttribute("aria-selected", "true");
  await expect(greekTab).toBeFocused();
  const greek = form.getByRole("textbox", { name: en("settings.cannedReplies.fields.versionLabel", { language: "Ελληνικά" }) });
  await expect(greek).toHaveAttribute("dir", "ltr");
  await greek.fill("Γεια σας {{customer.firstName}},\nτο δέμα σας θα καθυστερήσει μία ημέρα.");
  // Back on English when saving: the refusal brings the Greek tab back, with the error on its field.
  await form.getByRole("tab", { name: /English/ }).click();
  await form.getByRole("button", { name: en("settings.cannedReplies.create") }).click();
  await expect(greekTab).toHaveAttribute("aria-selected", "true");
  await expect(greek).toHaveAttribute("aria-invalid", "true");
  // The error names the unknown placeholder and the ones that exist.
  await expect(greek).toHaveAccessibleDescription(/\{\{customer\.firstName\}\}.*\{\{customer\.name\}\}/);
  // Arabic is written right to left.
  await expect(form.getByRole("textbox", { name: en("settings.cannedReplies.fields.versionLabel", { language: "العربية" }), includeHidden: true })).toHaveAttribute("dir", "rtl");

  await greek.fill("Γεια σας {{customer.name}},\nτο δέμα σας θα καθυστερήσει μία ημέρα.");
  await form.getByRole("button", { name: en("settings.cannedReplies.create") }).click();
  await expect(form.getByRole("status")).toHaveText(en("settings.cannedReplies.created"));
  const item = admin.locator("li[data-canned-reply]", { hasText: title });
  await expect(item).toContainText(en("settings.cannedReplies.list.shared"));
  await expect(item).toContainText("Ελληνικά");
  await adminContext.close();

  const agentContext = await browser.newContext({ locale: "en-US" });
  const agent = await agentContext.newPage();
  await signIn(agent, "agent@demo.test");
  await createTicket(agent, { subject: `Πού είναι το δέμα μου; ${id}`, message: "Περιμένω ακόμη το δέμα μου.", customerQuery: GREEK_CUSTOMER });
  const box = agent.getByRole("textbox", { name: messagePattern("en", "tickets.ticket.composer.replyField") });
  await waitForHydration(box);
  await box.click();
  await box.pressSequentially(`Καλησπέρα!\n#parcel delayed ${id}`);
  const listbox = agent.getByRole("listbox", { name: en("tickets.ticket.cannedReplies.label") });
  const option = listbox.getByRole("option", { name: new RegExp(title) });
  await expect(option).toBeVisible();
  // The preview is the Greek version's first line, before the placeholders are filled.
  await expect(option).toContainText("Γεια σας {{customer.name}},");
  await expect(box).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
  await box.press("Enter");
  await expect(listbox).toBeHidden();
  await expect(box).toHaveValue(`Καλησπέρα!\nΓεια σας ${GREEK_CUSTOMER},\nτο δέμα σας θα καθυστερήσει μία ημέρα.`);
  await expect(agent.locator("[data-canned-note]")).toHaveText(en("tickets.ticket.cannedReplies.inserted"));
  // The caret is after the inserted text: typing goes on from there.
  await box.press("End");
  await box.pressSequentially(" Ευχαριστώ!");
  await expect(box).toHaveValue(`Καλησπέρα!\nΓεια σας ${GREEK_CUSTOMER},\nτο δέμα σας θα καθυστερήσει μία ημέρα. Ευχαριστώ!`);

  // Escape closes the search and leaves the text as typed.
  await box.pressSequentially(`\n#${id}`);
  await expect(listbox.getByRole("option", { name: new RegExp(title) })).toBeVisible();
  await box.press("Escape");
  await expect(listbox).toBeHidden();
  await expect(box).toHaveValue(new RegExp(`#${id}$`));
  await agentContext.close();
});

test("an agent keeps a personal reply, edits it and deletes it after confirming; a light agent only reads the shared ones", async ({ browser }) => {
  const id = unique();
  const agentContext = await browser.newContext({ locale: "en-US" });
  const page = await agentContext.newPage();
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/settings/canned-replies");
  const form = page.locator("form", { has: page.getByRole("button", { name: en("settings.cannedReplies.create") }) });
  await waitForHydration(form);
  // Agents keep personal replies only: no sharing choice.
  await expect(form.getByRole("checkbox")).toHaveCount(0);
  await form.getByRole("textbox", { name: en("settings.cannedReplies.fields.title"), exact: true }).fill(`Mine ${id}`);
  // Nothing written in any language: the error is on the languages.
  await form.getByRole("button", { name: en("settings.cannedReplies.create") }).click();
  await expect(form.getByRole("alert")).toHaveText(en("settings.cannedReplies.errors.noVersion"));
  await form.getByRole("textbox", { name: en("settings.cannedReplies.fields.versionLabel", { language: "English" }) }).fill("Thanks, {{customer.name}}!");
  await form.getByRole("button", { name: en("settings.cannedReplies.create") }).click();
  const item = page.locator("li[data-canned-reply]", { hasText: `Mine ${id}` });
  await expect(item).toContainText(en("settings.cannedReplies.list.personal"));

  await item.getByRole("button", { name: en("settings.cannedReplies.list.editLabel", { title: `Mine ${id}` }) }).click();
  const title = item.getByRole("textbox", { name: en("settings.cannedReplies.fields.title"), exact: true });
  await expect(title).toBeFocused();
  await title.fill(`Mine renamed ${id}`);
  await item.getByRole("button", { name: en("settings.cannedReplies.save") }).click();
  const renamed = page.locator("li[data-canned-reply]", { hasText: `Mine renamed ${id}` });
  await expect(renamed.getByRole("button", { name: en("settings.cannedReplies.list.editLabel", { title: `Mine renamed ${id}` }) })).toBeFocused();

  await renamed.getByRole("button", { name: en("settings.cannedReplies.list.deleteLabel", { title: `Mine renamed ${id}` }) }).click();
  const dialog = page.getByRole("alertdialog").or(page.getByRole("dialog"));
  await expect(dialog).toContainText(en("settings.cannedReplies.list.deleteEffect"));
  await dialog.getByRole("button", { name: en("settings.cannedReplies.list.delete") }).click();
  await expect(renamed).toHaveCount(0);
  // The shared ones stay, without Edit or Delete for an agent.
  const shared = page.locator("li[data-canned-reply]", { hasText: "Refund timing" });
  await expect(shared).toContainText(en("settings.cannedReplies.list.shared"));
  await expect(shared.getByRole("button")).toHaveCount(0);
  await agentContext.close();

  const lightContext = await browser.newContext({ locale: "en-US" });
  const light = await lightContext.newPage();
  await signIn(light, "light@demo.test");
  await light.goto("/demo/settings/canned-replies");
  await expect(light.getByText(en("settings.cannedReplies.readOnlyHint"))).toBeVisible();
  await expect(light.getByRole("button", { name: en("settings.cannedReplies.create") })).toHaveCount(0);
  await expect(light.locator("li[data-canned-reply]", { hasText: "Where is my order" })).toBeVisible();
  await expect(light.locator("li[data-canned-reply]").getByRole("button")).toHaveCount(0);
  await lightContext.close();
});
