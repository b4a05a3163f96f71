import { describe, expect, it } from "vitest";
import { mergeTemplates, renderAcknowledgement, storedTemplates } from "./auto-acknowledge-templates";
import { pickLocale } from "./mail-texts";

const values = { ticketNumber: 42, customerName: "Ana", customerEmail: "ana@example.com", subject: "Refund" };

describe("renderAcknowledgement", () => {
  it("fills the shop's own text's placeholders", () => {
    const custom = { en: { subject: "Got it: {{ subject }}", body: "Hi {{customerName}}, ticket {{ticketNumber}} ({{unknown}})." } };
    expect(renderAcknowledgement("en", custom, values)).toEqual({ subject: "Got it: Refund", body: "Hi Ana, ticket 42 ({{unknown}})." });
    // No name: the address stands in.
    expect(renderAcknowledgement("en", custom, { ...values, customerName: null }).body).toBe("Hi ana@example.com, ticket 42 ({{unknown}}).");
  });

  it("places the customer portal's address where the shop's text asks for it", () => {
    const custom = { el: { subject: "Λάβαμε: {{subject}}", body: "Δείτε το αίτημα #{{ticketNumber}}: {{ portalUrl }}" } };
    expect(renderAcknowledgement("el", custom, { ...values, portalUrl: "https://help.example/demo/portal/el" }).body).toBe("Δείτε το αίτημα #42: https://help.example/demo/portal/el");
  });

  it("falls back to the built-in text of the language, with or without a name", () => {
    const pl = renderAcknowledgement("pl", { en: { subject: "x", body: "y" } }, values);
    expect(pl.subject).toBe("Otrzymaliśmy Twoją wiadomość: Refund");
    expect(pl.body).toMatch(/^Dzień dobry Ana,/);
    expect(pl.body).toContain("#42");
    expect(renderAcknowledgement("en", {}, { ...values, customerName: null }).body).toMatch(/^Hello,\n/);
  });
});

describe("templates as stored", () => {
  it("merges by language: null removes one, and nothing left is null", () => {
    const el = { subject: "Λάβαμε", body: "Γεια" };
    const en = { subject: "Got it", body: "Hi" };
    expect(mergeTemplates({ el }, { en })).toEqual({ el, en });
    expect(mergeTemplates({ el, en }, { el: null })).toEqual({ en });
    expect(mergeTemplates({ en }, { en: null })).toBeNull();
    expect(mergeTemplates({ en }, null)).toBeNull();
  });

  it("reads an unreadable column as no templates", () => {
    expect(storedTemplates(null)).toEqual({});
    expect(storedTemplates({ en: { subject: 1 } })).toEqual({});
  });
});

describe("pickLocale", () => {
  it("takes the first of our languages, regional tags included, else English", () => {
    expect(pickLocale(null, "el")).toBe("el");
    expect(pickLocale("pl-PL", "el")).toBe("pl");
    expect(pickLocale("de", "fr")).toBe("en");
  });
});
