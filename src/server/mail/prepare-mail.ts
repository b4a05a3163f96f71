// The part of processing an inbound mail that needs no database: parse the raw bytes, classify the
// sender (auto-replies, bounces), plan the attachments, sanitize the HTML, find the new text (what
// search indexes) and guess the language.
// Pure CPU work, so the worker runs it on threads of its own (prepare-pool.ts) while its main thread
// writes the batch before; the result is plain data that crosses threads as it is.
import type { Locale } from "@/i18n/locales";
import { classifyAutomatic } from "./auto-mail";
import { detectLocale } from "./detect-language";
import { cidResolver, planAttachments, skippedAttachmentsNote, type AttachmentPlan } from "./mail-attachments";
import { sanitizeMailHtml } from "./mail-html";
import { MailParseError, parseMail, type ParsedMail } from "./parse-mail";
import { newTextForSearch } from "./quoted-text";

const MAX_TEXT = 100_000;

/** How much of a raw message's start the unparsed-mail path reads (scanRawHeaders): the header block. */
export const RAW_HEADER_SCAN_BYTES = 256 * 1024;

/**
 * A message with everything that needs no database done: parsed, sanitized, its language guessed.
 * An unreadable one keeps its raw bytes for the unparsed-mail ticket, which reads only their first
 * RAW_HEADER_SCAN_BYTES; that start is all the prepare pool has left after it gave up on a thread
 * that had the message (prepare-pool.ts).
 */
export type Prepared =
  | { kind: "unreadable"; raw: Buffer; reason: string; parseReason?: string }
  | {
      kind: "mail";
      mail: ParsedMail;
      sender: { name: string; address: string };
      auto: ReturnType<typeof classifyAutomatic>;
      attachments: AttachmentPlan;
      text: string;
      html: string | undefined;
      /** The new text, when the text also quotes history or has a signature (search indexes only it). */
      searchText: string | null;
      locale: { locale?: Locale };
    };

export async function prepareMail(raw: Buffer): Promise<Prepared> {
  let mail: ParsedMail;
  try {
    mail = await parseMail(raw);
  } catch (err) {
    if (!(err instanceof MailParseError)) throw err;
    return { kind: "unreadable", raw, reason: `the message could not be parsed (${err.reason}): ${err.message}`, parseReason: err.reason };
  }
  const sender = mail.from ?? mail.replyTo[0] ?? null;
  if (!sender?.address) return { kind: "unreadable", raw, reason: "the message has no sender address (From or Reply-To)" };
  const auto = classifyAutomatic(mail);
  // Attachments get their ids first, so the HTML's cid: images point at their stored copies.
  const attachments = planAttachments(mail.attachments);
  const skippedNote = skippedAttachmentsNote(attachments);
  const body = (mail.text.trim() || mail.subject.trim() || "(empty message)").slice(0, MAX_TEXT - 2_000);
  const text = skippedNote ? `${body}\n\n${skippedNote}`.slice(0, MAX_TEXT) : body;
  // Bounces are not shown, and mail from our own addresses is dropped: no need to clean their HTML.
  const html = mail.html && !auto.bounce ? sanitizeMailHtml(mail.html, { cidUrl: cidResolver(attachments) }).html.slice(0, 1_000_000) : undefined;
  const searchText = newTextForSearch(text);
  // The language of what they wrote, not of the mail they quoted (often the shop's).
  const locale = localeOf(`${mail.subject}\n${searchText ?? text}`);
  return { kind: "mail", mail, sender: { name: sender.name, address: sender.address }, auto, attachments, text, html, searchText, locale };
}


function localeOf(text: string): { locale?: Locale } {
  const locale = detectLocale(text);
  return locale ? { locale } : {};
}
