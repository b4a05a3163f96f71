// The acknowledgement of a new ticket, per language: the mailbox's own text for that language
// when the shop wrote one (`Mailbox.autoAcknowledgeTemplates`, edited through PATCH
// /mailboxes/{id}), else the built-in one of the `mail` catalogs. Shop texts use the placeholders
// {{ticketNumber}}, {{customerName}}, {{subject}} and {{portalUrl}} (the customer portal).
import { z } from "zod";
import { text } from "@/lib/validation";
import { locales, type Locale } from "@/i18n/config";
import { mailTranslator } from "./mail-texts";

export const AutoAcknowledgeTemplateSchema = z
  .object({
    subject: text().trim().min(1).max(200).describe("Placeholders: {{ticketNumber}}, {{customerName}}, {{subject}}; `[#number]` is added when missing"),
    body: text().trim().min(1).max(10_000).describe("Plain text; the same placeholders, and {{portalUrl}} for the customer portal"),
  })
  .strict();
export type AutoAcknowledgeTemplate = z.output<typeof AutoAcknowledgeTemplateSchema>;

/** What the API returns: the shop's own texts, by language (languages without one use the built-in text). */
export const AutoAcknowledgeTemplatesView = z.object(
  Object.fromEntries(locales.map((l) => [l, AutoAcknowledgeTemplateSchema.optional()])) as Record<Locale, z.ZodOptional<typeof AutoAcknowledgeTemplateSchema>>,
);
export type AutoAcknowledgeTemplates = z.output<typeof AutoAcknowledgeTemplatesView>;

/** What PATCH takes: a language's text, or null to go back to the built-in one; other languages are kept. */
export const AutoAcknowledgeTemplatesPatch = z
  .object(
    Object.fromEntries(locales.map((l) => [l, AutoAcknowledgeTemplateSchema.nullable().optional()])) as Record<
      Locale,
      z.ZodOptional<z.ZodNullable<typeof AutoAcknowledgeTemplateSchema>>
    >,
  )
  .strict()
  .describe("Per language (en, el, ar, et, pl): { subject, body }, or null for the built-in text. Languages not sent are kept.");
export type AutoAcknowledgeTemplatesPatch = z.output<typeof AutoAcknowledgeTemplatesPatch>;

/** The stored column as templates; anything unreadable counts as none (the built-in text is used). */
export function storedTemplates(json: unknown): AutoAcknowledgeTemplates {
  const parsed = AutoAcknowledgeTemplatesView.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}

/** The column after a PATCH: given languages replaced or (null) removed; null when none is left. */
export function mergeTemplates(stored: unknown, patch: AutoAcknowledgeTemplatesPatch | null): AutoAcknowledgeTemplates | null {
  if (patch === null) return null;
  const merged: AutoAcknowledgeTemplates = { ...storedTemplates(stored) };
  for (const locale of locales) {
    const value = patch[locale];
    if (value === null) delete merged[locale];
    else if (value !== undefined) merged[locale] = value;
  }
  return Object.keys(merged).length > 0 ? merged : null;
}

export type AcknowledgementValues = { ticketNumber: number; customerName: string | null; customerEmail: string; subject: string; portalUrl?: string };

function fill(template: string, v: AcknowledgementValues): string {
  const values: Record<string, string> = {
    ticketNumber: String(v.ticketNumber),
    customerName: v.customerName ?? v.customerEmail,
    subject: v.subject,
    portalUrl: v.portalUrl ?? "",
  };
  return template.replace(/\{\{\s*(ticketNumber|customerName|subject|portalUrl)\s*\}\}/g, (_, name: string) => values[name]!);
}

/** Subject and body of the acknowledgement in `locale`. */
export function renderAcknowledgement(locale: Locale, custom: AutoAcknowledgeTemplates, v: AcknowledgementValues): { subject: string; body: string } {
  const own = custom[locale];
  if (own) return { subject: fill(own.subject, v), body: fill(own.body, v) };
  const t = mailTranslator(locale);
  return {
    subject: t("autoAcknowledge.subject", { subject: v.subject }),
    body: t("autoAcknowledge.body", { customerName: v.customerName?.trim() || "none", ticketNumber: String(v.ticketNumber) }),
  };
}
