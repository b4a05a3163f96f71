import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMail } from "./parse-mail";
import { newTextForSearch, splitQuoted } from "./quoted-text";

const parseFixture = (name: string) => parseMail(readFileSync(join(process.cwd(), "tests/fixtures/mail", `${name}.eml`)));

describe("splitQuoted on client fixtures", () => {
  it("collapses an Outlook reply's From/Sent block and the rule above it", async () => {
    const { visible, quoted } = splitQuoted((await parseFixture("outlook-reply")).text);
    expect(visible).toBe("Dziękuję, paczka dotarła dzisiaj rano.\n\nPozdrawiam,\nAnna");
    expect(quoted).toMatch(/^_{32}\nFrom: Shop Support <support@shop.example>\nSent:/);
    expect(quoted).toContain("paczka została wysłana wczoraj");
  });

  it("collapses an Apple Mail reply's quote", async () => {
    const { visible, quoted } = splitQuoted((await parseFixture("apple-mail-reply")).text);
    expect(visible).toBe("Ευχαριστώ, το έλαβα.");
    expect(quoted).toContain("> Η επιστροφή σας εγκρίθηκε.");
  });

  it("leaves a mail without quotes whole", async () => {
    const text = (await parseFixture("customer-mail")).text;
    expect(splitQuoted(text)).toEqual({ visible: text.trim(), quoted: null });
  });
});

const reply = (header: string, body = "Nowa treść odpowiedzi.") => `${body}\n\n${header}\n> the earlier message\n> second line\n`;

describe("splitQuoted quote headers per language", () => {
  it.each([
    ["Gmail en", "On Thu, Dec 3, 2026 at 4:12 PM Shop Support <support@shop.example> wrote:"],
    ["Gmail en wrapped", "On Thu, Dec 3, 2026 at 4:12 PM Shop Support <\nsupport@shop.example> wrote:"],
    ["Gmail el", "Στις Πέμ 3 Δεκ 2026 στις 4:12 μ.μ., ο/η Shop Support <support@shop.example> έγραψε:"],
    ["Gmail pl", "W dniu czw., 3 gru 2026 o 16:12 Shop Support <support@shop.example> napisał(a):"],
    ["Thunderbird pl", "W dniu 3.12.2026 o 16:12, Shop Support pisze:"],
    ["Gmail et", "Kontakti Shop Support (<support@shop.example>) kirjutas kuupäeval N, 3. detsember 2026 16:12:"],
    ["Gmail ar", "\u200fفي الخميس، 3 ديسمبر 2026 في 4:12 م، كتب Shop Support <support@shop.example>:\u200f"],
    ["Outlook el", "________________________________\nΑπό: Shop Support <support@shop.example>\nΣτάλθηκε: Πέμπτη, 3 Δεκεμβρίου 2026 4:12 μμ\nΘέμα: Παραγγελία"],
    ["Outlook pl", "Od: Shop Support <support@shop.example>\nWysłano: czwartek, 3 grudnia 2026 16:12\nDo: Anna"],
    ["Outlook et", "Saatja: Shop Support <support@shop.example>\nSaadetud: neljapäev, 3. detsember 2026 16:12\nAdressaat: Jaan"],
    ["Outlook ar", "من: Shop Support <support@shop.example>\nتاريخ الإرسال: الخميس، 3 ديسمبر 2026 4:12 م\nإلى: أحمد"],
    ["Original Message", "-----Original Message-----\nFrom: Shop Support"],
  ])("%s", (_name, header) => {
    const { visible, quoted } = splitQuoted(reply(header));
    expect(visible).toBe("Nowa treść odpowiedzi.");
    expect(quoted).toContain("> the earlier message");
  });

  it("does not take a sentence that merely ends in a colon for a quote header", () => {
    const text = "On Monday I wrote to you about this:\nthe lamp is broken.\n\nMy colleague kirjutas:\nplease call.";
    expect(splitQuoted(text)).toEqual({ visible: text, quoted: null });
  });
});

describe("splitQuoted signatures", () => {
  it("collapses the '-- ' signature", () => {
    const { visible, quoted } = splitQuoted("Where is my order?\n\n-- \nJaan Tamm\nTallinn, +372 555 0000\n");
    expect(visible).toBe("Where is my order?");
    expect(quoted).toBe("-- \nJaan Tamm\nTallinn, +372 555 0000");
  });

  it("collapses mobile signatures in the product languages", () => {
    for (const sig of ["Sent from my iPhone", "Wysłane z iPhone'a", "Στάλθηκε από το iPhone μου", "Saadetud minu iPhone'ist"]) {
      expect(splitQuoted(`Thanks!\n\n${sig}`), sig).toEqual({ visible: "Thanks!", quoted: sig });
    }
  });

  it("keeps a mail that is only a quote visible rather than showing nothing", () => {
    const text = "> only quoted\n> lines here";
    expect(splitQuoted(text).visible).toBe(text);
  });
});

describe("newTextForSearch", () => {
  it("is the new text above a quote header, a '>' block or a signature, and null when there is nothing to leave out", () => {
    expect(newTextForSearch("Any news?\n\nOn Mon, 30 Nov 2026 at 10:00, Shop <shop@example.com> wrote:\n> Your order shipped.")).toBe("Any news?");
    expect(newTextForSearch("Any news?\n\n> Your order shipped.\n>\n> The shop")).toBe("Any news?");
    expect(newTextForSearch("Thanks!\n\n-- \nAnna Nowak\nKraków")).toBe("Thanks!");
    expect(newTextForSearch("Ευχαριστώ!\n\nΣτις Δευ, 30 Νοε 2026 στις 10:00, ο/η Shop <shop@example.com> έγραψε:\n> text")).toBe("Ευχαριστώ!");
    expect(newTextForSearch("No quotes here.\nJust a question about order 1042.")).toBeNull();
    expect(newTextForSearch("> only quoted\n> lines here")).toBeNull();
  });
});
