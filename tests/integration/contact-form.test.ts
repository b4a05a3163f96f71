// The public contact form against real PostgreSQL and a real SMTP server: a submission makes one
// FORM ticket (customer found by email or created, language remembered, order number and files
// kept) and one acknowledgement in the customer's language with the ticket number and a portal
// link; the same visit sent twice makes one ticket; field errors carry codes the page shows in the
// visitor's language; the honeypot, the minimum fill time, forged tokens and the per-address and
// per-email limits hold; suggestions find articles from a message typed without accents and count
// the visit's suggestions and opened articles.
import { randomBytes } from "node:crypto";
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { recordSuggestionOpened } from "@/server/contact/contact-form-sessions";
import type { ContactFormInput } from "@/server/contact/contact-form.schemas";
import { issueFormToken, MIN_FILL_MS } from "@/server/contact/form-token";
import { CONTACT_LIMIT_PER_ADDRESS, CONTACT_LIMIT_PER_EMAIL, submitContactForm } from "@/server/contact/submit-contact-form";
import { suggestForContactForm } from "@/server/contact/suggest-for-contact-form";
import { db, disconnectDb } from "@/server/db";
import { DEMO_ARTICLES, DEMO_HELP_CATEGORIES } from "@/server/demo/demo-help-center";
import { makeCustomer, makeMember, makeWorkspace } from "@/server/demo/factories";
import { seedHelpCenter } from "@/server/demo/seed-help-center";
import { sendQueuedMail } from "@/server/mail/send-deliveries";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { contactFormOrigins } from "@/server/contact/embed-origins";
import { updateWorkspaceSettings } from "@/server/workspaces/update-workspace-settings";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog } from "../helpers/context";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";
import en from "@/i18n/messages/en/contact.json";
import el from "@/i18n/messages/el/contact.json";

const suffix = randomBytes(4).toString("hex");
let smtp: SmtpCatcher;
let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let admin: Ctx;

/** A form filled in for 20 s, from its own client address unless one is given. */
function filledIn(overrides: Partial<ContactFormInput> = {}, workspace: { id: string; slug: string } = ws) {
  const shown = new Date(Date.now() - 20_000);
  return {
    input: <ContactFormInput>{
      workspace: workspace.slug,
      locale: "el",
      formToken: issueFormToken(workspace.id, shown).token,
      name: "Ελένη Παπαδάκη",
      email: `eleni-${randomBytes(3).toString("hex")}@example.gr`,
      area: "returns",
      subject: "Επιστροφή παπουτσιών",
      message: "Καλησπέρα, θέλω να επιστρέψω τα παπούτσια της παραγγελίας μου.",
      ...overrides,
    },
    visitor: { address: `198.51.100.${Math.floor(Math.random() * 250) + 1}` },
  };
}
const submit = (f: ReturnType<typeof filledIn>, now?: Date) => submitContactForm(db(), f.input, f.visitor, silentLog, now);

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ws = await makeWorkspace(db(), { defaultLocale: "en" });
  other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  await createMailbox(admin, {
    name: "Support",
    address: `support-${suffix}@shop.example`,
    smtp: { host: "127.0.0.1", port: smtp.port, security: "none", username: smtp.username, password: smtp.password },
  });
  await db().$transaction((tx) => seedHelpCenter(tx, ws, { categories: DEMO_HELP_CATEGORIES, articles: DEMO_ARTICLES }, silentLog), { timeout: 60_000 });
});

afterAll(async () => {
  await smtp?.stop();
  await closePgPool();
  await disconnectDb();
});

describe("a submission", () => {
  it("makes one FORM ticket and one acknowledgement in the customer's language with the number and the portal link", async () => {
    const form = filledIn({ orderNumber: " #ds-2026-0042 " });
    const file = { filename: "κουτί.jpg", contentType: "image/jpeg", content: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) };
    const result = await submitContactForm(db(), { ...form.input, attachments: [file] }, form.visitor, silentLog);
    expect(result).toMatchObject({ status: "sent", email: form.input.email });
    const number = (result as { ticketNumber: number }).ticketNumber;

    const ticket = await db().ticket.findUniqueOrThrow({
      where: { workspaceId_number: { workspaceId: ws.id, number } },
      select: {
        id: true,
        channel: true,
        subject: true,
        orderNumber: true,
        problemArea: { select: { key: true } },
        customer: { select: { email: true, name: true, locale: true } },
        messages: { select: { kind: true, channel: true, text: true, attachments: { select: { filename: true, byteSize: true } } }, orderBy: { createdAt: "asc" } },
      },
    });
    expect(ticket).toMatchObject({
      channel: "FORM",
      subject: "Επιστροφή παπουτσιών",
      orderNumber: "DS-2026-0042",
      problemArea: { key: "returns" },
      customer: { email: form.input.email, name: "Ελένη Παπαδάκη", locale: "el" },
    });
    expect(ticket.messages[0]).toMatchObject({ kind: "INBOUND", channel: "FORM", text: form.input.message, attachments: [{ filename: "κουτί.jpg", byteSize: 7 }] });
    expect(ticket.messages.filter((m) => m.kind === "AUTO_REPLY")).toHaveLength(1);
    expect(await db().contactFormSession.count({ where: { workspaceId: ws.id, ticketId: ticket.id, submittedAt: { not: null } } })).toBe(1);

    expect(await sendQueuedMail(db(), silentLog, { workspaceId: ws.id })).toMatchObject({ sent: 1, failed: 0 });
    const mails = smtp.received.filter((r) => r.envelope.to.includes(form.input.email));
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.mail;
    expect(mail.subject).toContain(`[#${number}]`);
    expect(mail.text).toContain(`#${number}`);
    expect(mail.text).toContain("Μπορείτε επίσης να παρακολουθείτε");
    expect(mail.text).toMatch(new RegExp(`https?://[^\\s]+/${ws.slug}/portal/el`));
  });

  it("sent twice from the same visit (a double click, a resent POST), makes one ticket", async () => {
    const form = filledIn();
    const [a, b] = await Promise.all([submit(form), submit(form)]);
    expect(a).toEqual(b);
    expect(await db().ticket.count({ where: { workspaceId: ws.id, customer: { email: form.input.email } } })).toBe(1);
  });

  it("goes to the customer with that email, keeping their name and language", async () => {
    const known = await makeCustomer(db(), ws.id, { email: `known-${suffix}@example.pl`, name: "Jan Kowalski", locale: "pl" });
    const result = await submit(filledIn({ email: `Known-${suffix}@Example.PL`, name: "J. K.", locale: "en" }));
    const ticket = await db().ticket.findUniqueOrThrow({ where: { workspaceId_number: { workspaceId: ws.id, number: (result as { ticketNumber: number }).ticketNumber } }, select: { customerId: true } });
    expect(ticket.customerId).toBe(known.id);
    expect(await db().customer.findUniqueOrThrow({ where: { id: known.id }, select: { name: true, locale: true } })).toEqual({ name: "Jan Kowalski", locale: "pl" });
  });
});

describe("what the form refuses", () => {
  it("names each wrong field with a code the page shows in the visitor's language", async () => {
    const form = filledIn({
      name: " ",
      email: "eleni@",
      area: "",
      orderNumber: "<1001>",
      subject: "x".repeat(201),
      message: "",
      attachments: [{ filename: "setup.exe", contentType: "application/octet-stream", content: new Uint8Array([1]) }],
    });
    const error = await rejection(submit(form));
    expect(error.code).toBe("VALIDATION");
    const codes = Object.fromEntries(Object.entries(error.fieldIssues ?? {}).map(([k, v]) => [k, v.code]));
    expect(codes).toEqual({ name: "required", email: "invalidEmail", area: "required", orderNumber: "invalidOrderNumber", subject: "tooLong", message: "required", "attachments.0": "fileType" });
    // What the page shows for them, in English and in Greek.
    const shown = (messages: typeof en, locale: "en" | "el") => {
      const t = createTranslator({ locale, messages: { contact: messages }, namespace: "contact" });
      return Object.values(error.fieldIssues!).map((i) => t(`errors.${i.code}` as "errors.required", { bound: i.bound ?? 0 }));
    };
    expect(shown(en, "en")).toContain("Please enter a valid email address, like name@example.com.");
    expect(shown(en, "en")).toContain("Please use at most 200 characters.");
    expect(shown(el, "el")).toContain("Γράψτε μια έγκυρη διεύθυνση email, π.χ. onoma@example.com.");
    expect(shown(el, "el")).toContain("Χρησιμοποιήστε έως 200 χαρακτήρες.");
    expect(await db().ticket.count({ where: { workspaceId: ws.id, customer: { email: form.input.email } } })).toBe(0);
  });

  it("refuses a problem area the shop does not have", async () => {
    const error = await rejection(submit(filledIn({ area: "not-an-area" })));
    expect(error.fieldIssues?.area?.code).toBe("invalid");
  });

  it("drops a submission whose honeypot is filled in, without a ticket and without saying so", async () => {
    const form = filledIn({ website: "https://spam.example" });
    expect(await submit(form)).toEqual({ status: "dropped" });
    expect(await db().customer.count({ where: { workspaceId: ws.id, email: form.input.email } })).toBe(0);
  });

  it("refuses a form sent faster than a person fills it in, and a token forged or from another shop", async () => {
    const fast = filledIn();
    fast.input.formToken = issueFormToken(ws.id, new Date(Date.now() - MIN_FILL_MS / 3)).token;
    expect((await rejection(submit(fast))).fieldIssues?._form?.code).toBe("tooFast");
    const foreign = filledIn();
    foreign.input.formToken = issueFormToken(other.id, new Date(Date.now() - 20_000)).token;
    expect((await rejection(submit(foreign))).fieldIssues?._form?.code).toBe("formExpired");
    const missing = filledIn();
    delete missing.input.formToken;
    expect((await rejection(submit(missing))).fieldIssues?._form?.code).toBe("formExpired");
    expect(await db().ticket.count({ where: { workspaceId: ws.id, customer: { email: { in: [fast.input.email, foreign.input.email, missing.input.email] } } } })).toBe(0);
  });

  it("limits submissions per email address, then says when to try again", async () => {
    const email = `busy-${suffix}@example.com`;
    for (let i = 0; i < CONTACT_LIMIT_PER_EMAIL.points; i++) expect((await submit(filledIn({ email }))).status).toBe("sent");
    const error = await rejection(submit(filledIn({ email })));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.retryAfter).toBeGreaterThan(60 * 50);
    expect(await db().ticket.count({ where: { workspaceId: ws.id, customer: { email } } })).toBe(CONTACT_LIMIT_PER_EMAIL.points);
  });

  it("limits submissions per client address, across shops", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
    for (let i = 0; i < CONTACT_LIMIT_PER_ADDRESS.points; i++) {
      const form = filledIn({}, i % 2 ? other : ws);
      expect((await submitContactForm(db(), form.input, { address }, silentLog)).status).toBe("sent");
    }
    const error = await rejection(submitContactForm(db(), filledIn().input, { address }, silentLog));
    expect(error.code).toBe("RATE_LIMITED");
  });

  it("does not count a refused submission against the limits", async () => {
    const email = `typo-${suffix}@example.com`;
    for (let i = 0; i < CONTACT_LIMIT_PER_EMAIL.points + 2; i++) await rejection(submit(filledIn({ email, subject: "" })));
    expect((await submit(filledIn({ email }))).status).toBe("sent");
  });
});

describe("suggestions while typing", () => {
  it("finds the return articles from a Greek message typed without accents, and counts the visit", async () => {
    const { token, sessionId } = issueFormToken(ws.id);
    const found = await suggestForContactForm({ workspace: ws.slug, locale: "el", q: "θελω να επιστρεψω ενα προιον που παρηγγειλα", t: token }, { address: null });
    expect(found!.length).toBeGreaterThan(0);
    expect(found!.length).toBeLessThanOrEqual(5);
    // The words of a message, not a search: the articles about returning come up among the five.
    expect(found!.map((a) => a.title).join(" | ")).toMatch(/Πώς επιστρέφω ένα προϊόν/);
    const session = await db().contactFormSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ workspaceId: ws.id, locale: "el", suggestionsShown: 1, submittedAt: null });

    // Opening one (twice) counts once; an article of another shop is not counted.
    expect(await recordSuggestionOpened(db(), { workspaceId: ws.id, sessionId, locale: "el", articleId: found![0]!.id })).toBe(true);
    expect(await recordSuggestionOpened(db(), { workspaceId: ws.id, sessionId, locale: "el", articleId: found![0]!.id })).toBe(true);
    expect(await recordSuggestionOpened(db(), { workspaceId: other.id, sessionId, locale: "el", articleId: found![0]!.id })).toBe(false);
    expect((await db().contactFormSession.findUniqueOrThrow({ where: { id: sessionId } })).openedArticleIds).toEqual([found![0]!.id]);
  });

  it("suggests in each language from words typed without diacritics, and nothing for small talk", async () => {
    const cases: Array<[string, string]> = [
      ["en", "Hello, how can I return the shoes I bought?"],
      ["pl", "Dzien dobry, jak moge zwrocic buty?"],
      ["et", "Tere, kuidas saan kauba tagastada?"],
      ["ar", "كيف يمكنني ارجاع منتج؟"],
    ];
    for (const [locale, q] of cases) {
      const found = await suggestForContactForm({ workspace: ws.slug, locale: locale as "en", q }, { address: null });
      expect(found!.length, `${locale}: ${q}`).toBeGreaterThan(0);
    }
    expect(await suggestForContactForm({ workspace: ws.slug, locale: "en", q: "hi there, thanks" }, { address: null })).toEqual([]);
    expect(await suggestForContactForm({ workspace: `nope-${suffix}`, locale: "en", q: "return" }, { address: null })).toBeNull();
  });
});

describe("the sites that may embed the form", () => {
  it("are set by admins only, checked, and framed at once by this process", async () => {
    expect(await contactFormOrigins(ws.slug)).toEqual([]);
    const agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    expect((await rejection(updateWorkspaceSettings(agent, { assignOnFirstReply: true, contactFormOrigins: ["https://shop.example.com"] }))).code).toBe("FORBIDDEN");
    const bad = await rejection(updateWorkspaceSettings(admin, { assignOnFirstReply: true, contactFormOrigins: ["https://shop.example.com", "https://x.example; script-src *"] }));
    expect(bad.fieldIssues?.["contactFormOrigins.1"]?.code).toBe("invalidOrigin");
    const saved = await updateWorkspaceSettings(admin, { assignOnFirstReply: true, contactFormOrigins: ["https://www.shop.example.com/", "https://*.shop.example.com", "https://www.shop.example.com"] });
    expect(saved.contactFormOrigins).toEqual(["https://*.shop.example.com", "https://www.shop.example.com"]);
    expect(await contactFormOrigins(ws.slug)).toEqual(["https://*.shop.example.com", "https://www.shop.example.com"]);
    // Left out, the list stays as it is.
    expect((await updateWorkspaceSettings(admin, { assignOnFirstReply: true })).contactFormOrigins).toHaveLength(2);
    expect(await contactFormOrigins(`nope-${suffix}`)).toEqual([]);
  });
});
