// The agents' help-center editor: an agent writes an article in Greek with a heading and bold
// text in the rich-text editor, publishes it and reads it on the public page; edits it, then
// restores the first version from the history. An admin describes a category in two languages.
// Arabic is edited right to left. A light agent
// reads without the means to write, and axe finds nothing serious on the pages in English and Arabic.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { freshMember } from "./fresh-member";
import { unique } from "./new-ticket";
import { signIn } from "./sign-in";

/** A 1×1 PNG. */
const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

test("an agent writes a Greek article, publishes it, and restores an older version", async ({ page }) => {
  const run = unique();
  const title = `Πώς αλλάζω τη διεύθυνση αποστολής ${run}`;
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/inbox");
  await page.getByRole("navigation", { name: en("agent.nav.label") }).getByRole("link", { name: en("agent.nav.helpCenter") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("helpEditor.title") })).toBeVisible();
  // An agent writes articles but does not shape categories.
  await expect(page.getByRole("button", { name: en("helpEditor.categories.new") })).toHaveCount(0);

  await page.getByRole("link", { name: en("helpEditor.addArticle") }).click();
  await expect(page).toHaveURL(/\/demo\/help-center\/articles\/new$/);
  await page.locator("main").getByRole("combobox", { name: en("helpEditor.newArticle.language") }).selectOption("el");
  await page.getByRole("textbox", { name: en("helpEditor.newArticle.articleTitle") }).fill(title);
  await page.getByRole("button", { name: en("helpEditor.newArticle.create") }).click();
  await expect(page).toHaveURL(/\/demo\/help-center\/articles\/[0-9a-f-]{36}\?locale=el$/);
  const editorUrl = page.url();

  const body = page.getByRole("textbox", { name: en("helpEditor.article.body") });
  await expect(body).toHaveAttribute("contenteditable", "true");
  await expect(body).toHaveAttribute("lang", "el");
  const toolbar = page.getByRole("toolbar", { name: en("helpEditor.editor.toolbar") });
  await body.click();
  await toolbar.getByRole("button", { name: en("helpEditor.editor.heading2"), exact: true }).click();
  await page.keyboard.type("Αλλαγή διεύθυνσης");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Γράψτε μας ");
  await toolbar.getByRole("button", { name: en("helpEditor.editor.bold"), exact: true }).click();
  await expect(toolbar.getByRole("button", { name: en("helpEditor.editor.bold"), exact: true })).toHaveAttribute("aria-pressed", "true");
  // The toolbar gives the focus back to the text (Tiptap's focus command) before the next key: as a
  // person would, type once the caret is back (typed at once, the first letter landed in a bold run of
  // its own, ci47).
  await expect(body).toBeFocused();
  await page.keyboard.type("πριν την αποστολή");
  await toolbar.getByRole("button", { name: en("helpEditor.editor.bold"), exact: true }).click();
  await expect(body).toBeFocused();
  await page.keyboard.type(". ");
  // A link from the toolbar: with nothing selected, the address becomes the text.
  await toolbar.getByRole("button", { name: en("helpEditor.editor.link"), exact: true }).click();
  await page.getByRole("textbox", { name: en("helpEditor.editor.linkAddress") }).fill("https://shop.example/account");
  await page.getByRole("textbox", { name: en("helpEditor.editor.linkAddress") }).press("Enter");
  await expect(body.locator('a[href="https://shop.example/account"]')).toHaveText("https://shop.example/account");
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  // An image through the toolbar's file picker: uploaded, then shown from the help center's route.
  const chooser = page.waitForEvent("filechooser");
  await toolbar.getByRole("button", { name: en("helpEditor.editor.image"), exact: true }).click();
  await (await chooser).setFiles({ name: "χάρτης.png", mimeType: "image/png", buffer: Buffer.from(PNG_1X1, "base64") });
  await expect(body.locator("img")).toHaveAttribute("src", /^\/demo\/help\/images\/[0-9a-f-]{36}$/);
  await expect(body.locator("img")).toHaveAttribute("alt", "χάρτης");
  await page.getByRole("button", { name: en("helpEditor.article.publish"), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: en("helpEditor.article.savedPublished", { version: "2" }) })).toBeVisible();

  const publicLink = page.getByRole("link", { name: en("helpEditor.article.viewPublic") });
  const publicUrl = await publicLink.getAttribute("href");
  expect(publicUrl).toMatch(/^\/demo\/help\/el\/articles\//);

  // A second version with another title and text.
  await page.getByRole("textbox", { name: en("helpEditor.article.title"), exact: true }).fill(`${title} (νέο)`);
  await body.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Άλλο κείμενο");
  await page.getByRole("button", { name: en("helpEditor.article.update") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("helpEditor.article.savedPublished", { version: "3" }) })).toBeVisible();

  await page.goto(publicUrl!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (νέο)`);
  // Written in Greek only: the page's language switcher offers no other language.
  await expect(page.getByRole("navigation", { name: "Γλώσσες" }).getByRole("link")).toHaveText(["Ελληνικά"]);

  // Restore version 2 (the first published one; version 1 was the empty draft) from the history.
  await page.goto(editorUrl);
  await page.getByRole("link", { name: en("helpEditor.history.link") }).click();
  await page.getByRole("link", { name: new RegExp(`^${en("helpEditor.history.version", { version: "2" })}`) }).click();
  await expect(page.getByRole("heading", { level: 3, name: title, exact: true })).toBeVisible();
  await page.getByRole("button", { name: en("helpEditor.history.restore", { version: "2" }) }).click();
  await page.getByRole("dialog").getByRole("button", { name: en("helpEditor.history.restore", { version: "2" }) }).click();
  await expect(page).toHaveURL(/version=4$/);
  await expect(page.getByText(en("helpEditor.history.restoredFrom", { version: "2" }))).toBeVisible();

  await page.goto(publicUrl!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const article = page.locator(".article-body");
  await expect(article.getByRole("heading", { level: 2, name: "Αλλαγή διεύθυνσης" })).toBeVisible();
  await expect(article.locator("strong")).toHaveText("πριν την αποστολή");
  await expect(article.getByRole("link", { name: "https://shop.example/account" })).toHaveAttribute("rel", "noopener noreferrer");
  const image = article.getByRole("img", { name: "χάρτης" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);

  // Arabic is edited right to left.
  await page.goto(editorUrl.replace("locale=el", "locale=ar"));
  await expect(page.getByRole("textbox", { name: en("helpEditor.article.body") })).toHaveAttribute("dir", "rtl");
});

test("a save on top of someone else's newer version is refused and says so", async ({ page, context }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/help-center/articles/new");
  await page.locator("main").getByRole("combobox", { name: en("helpEditor.newArticle.language") }).selectOption("pl");
  await page.getByRole("textbox", { name: en("helpEditor.newArticle.articleTitle") }).fill(`Zwrot – jak to działa ${unique()}`);
  await page.getByRole("button", { name: en("helpEditor.newArticle.create") }).click();
  await expect(page).toHaveURL(/\/articles\/[0-9a-f-]{36}\?locale=pl$/);
  // The same language open in a second tab, as another author would have it.
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByRole("textbox", { name: en("helpEditor.article.body") })).toHaveAttribute("contenteditable", "true");

  await page.getByRole("textbox", { name: en("helpEditor.article.body") }).click();
  await page.keyboard.type("Pierwsza wersja");
  await page.getByRole("button", { name: en("helpEditor.article.saveDraft") }).click();
  await expect(page.getByRole("status").filter({ hasText: en("helpEditor.article.savedDraft", { version: "2" }) })).toBeVisible();

  await other.getByRole("textbox", { name: en("helpEditor.article.body") }).click();
  await other.keyboard.type("Druga wersja");
  await other.getByRole("button", { name: en("helpEditor.article.saveDraft") }).click();
  const alert = other.getByRole("alert").filter({ hasText: en("helpEditor.article.conflictTitle") });
  await expect(alert).toBeVisible();
  await expect(alert).toBeFocused();
  await alert.getByRole("button", { name: en("helpEditor.article.reload") }).click();
  await expect(other.getByRole("textbox", { name: en("helpEditor.article.body") })).toHaveText("Pierwsza wersja");
});

test("an admin describes a category in two languages; its public pages show each description, also once edited", async ({ page }) => {
  const run = unique();
  const name = `Warranty ${run}`;
  const descriptionIn = (language: string) => en("helpEditor.categories.descriptionIn", { language });
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/help-center");
  await page.getByRole("button", { name: en("helpEditor.categories.new") }).click();
  const form = page.getByRole("form", { name: en("helpEditor.categories.new") });
  await form.getByRole("textbox", { name: "English", exact: true }).fill(name);
  await form.getByRole("textbox", { name: descriptionIn("English") }).fill("Repairs and replacements within two years.");
  await form.getByRole("textbox", { name: "Ελληνικά", exact: true }).fill(`Εγγύηση ${run}`);
  await form.getByRole("textbox", { name: descriptionIn("Ελληνικά") }).fill("Επισκευές και αντικαταστάσεις για δύο χρόνια.");
  await form.getByRole("button", { name: en("helpEditor.categories.create") }).click();
  await expect(form).toHaveCount(0);

  // Its public page in each language (the home page lists it once it holds an article).
  await page.goto(`/demo/help/el/categories/${encodeURIComponent(`εγγύηση-${run}`)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Εγγύηση ${run}`);
  await expect(page.locator("main")).toContainText("Επισκευές και αντικαταστάσεις για δύο χρόνια.");

  await page.goto("/demo/help-center");
  await page.getByRole("button", { name: en("helpEditor.categories.renameNamed", { name }) }).click();
  const edit = page.getByRole("form", { name: en("helpEditor.categories.renameNamed", { name }) });
  await expect(edit.getByRole("textbox", { name: descriptionIn("English") })).toHaveValue("Repairs and replacements within two years.");
  await edit.getByRole("textbox", { name: descriptionIn("English") }).fill("Repairs, replacements and refunds within two years.");
  await edit.getByRole("button", { name: en("helpEditor.categories.saveNames") }).click();
  await expect(edit).toHaveCount(0);
  await page.goto(`/demo/help/en/categories/warranty-${run}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main")).toContainText("Repairs, replacements and refunds within two years.");

  // Gone again, as the other specs expect Demo Shop's help center.
  await page.goto("/demo/help-center");
  await page.getByRole("button", { name: en("helpEditor.categories.deleteNamed", { name }) }).click();
  await page.getByRole("dialog").getByRole("button", { name: en("helpEditor.categories.delete") }).click();
  await expect(page.getByRole("button", { name: en("helpEditor.categories.deleteNamed", { name }) })).toHaveCount(0);
});

test("a light agent reads the help center but cannot write in it", async ({ page }) => {
  await signIn(page, "light@demo.test");
  await page.goto("/demo/help-center");
  await expect(page.getByRole("heading", { level: 1, name: en("helpEditor.title") })).toBeVisible();
  await expect(page.getByRole("link", { name: en("helpEditor.addArticle") })).toHaveCount(0);
  await page.locator('a[href^="/demo/help-center/articles/"]').first().click();
  await expect(page.getByRole("textbox", { name: en("helpEditor.article.body") })).toHaveAttribute("contenteditable", "false");
  await expect(page.getByRole("button", { name: en("helpEditor.article.publish"), exact: true })).toHaveCount(0);
  await expect(page.getByRole("toolbar")).toHaveCount(0);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

for (const locale of ["en", "ar"] as const) {
  test(`in ${locale}, axe finds no serious violation on the help center list, the article editor and its history`, async ({ browser }) => {
    test.setTimeout(120_000);
    const { context, page } = await freshMember(browser, { locale, name: `Editor Axe ${locale.toUpperCase()}` });
    try {
      await page.goto("/demo/help-center");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect.soft(await seriousViolations(page), "the list").toEqual([]);
      const editor = (await page.locator('a[href^="/demo/help-center/articles/"]:not([href$="/new"])').first().getAttribute("href"))!;
      await page.goto(`${editor}?locale=${locale}`);
      await expect(page.locator('[role="textbox"][contenteditable="true"]')).toBeVisible();
      await expect(page.locator('[role="textbox"][contenteditable="true"]')).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
      expect.soft(await seriousViolations(page), "the editor").toEqual([]);
      await page.goto(`${editor}/history?locale=${locale}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect.soft(await seriousViolations(page), "the history").toEqual([]);
    } finally {
      await context.close();
    }
  });
}
