// Suspended mail (what Zendesk calls suspended tickets): mail that should not become a ticket on its
// own but must not vanish either. It is kept with its reason until an agent recovers it (it is then
// processed as usual, without these checks) or deletes it. Two reasons: the sender or their domain
// is on the workspace's block list, or the forwarding listener found that the mail fails DMARC for a
// domain whose owner asks receivers to reject such mail (p=reject): likely a forgery.
import { z } from "zod";
import { text } from "@/lib/validation";
import type { MailAuthVerdict } from "./mail-auth";

/** One block-list entry: an address (`spam@example.com`) or a domain (`example.com`). */
export const BlockedSenderSchema = text()
  .trim()
  .toLowerCase()
  .max(320)
  .regex(/^([^\s@]+@)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/, "must be an email address or a domain");

export const BlockedSendersSchema = z.array(BlockedSenderSchema).max(1000);

/** The entry of `list` that covers `address` (the address itself, its domain or a parent domain), or null. */
export function blockedBy(list: readonly string[], address: string): string | null {
  const lower = address.toLowerCase();
  const domain = lower.slice(lower.lastIndexOf("@") + 1);
  for (const entry of list) {
    if (entry.includes("@") ? entry === lower : domain === entry || domain.endsWith(`.${entry}`)) return entry;
  }
  return null;
}

/** Why this mail is suspended, or null when it goes on to become (part of) a ticket. */
export function suspensionReason(input: { blockedSenders: readonly string[]; sender: string; authResults: unknown }): string | null {
  const entry = blockedBy(input.blockedSenders, input.sender);
  if (entry) return `the sender ${input.sender} is on the block list (${entry})`;
  const verdict = input.authResults as Partial<MailAuthVerdict> | null | undefined;
  if (verdict?.dmarc?.result === "fail" && verdict.dmarc.policy === "reject") {
    return `fails DMARC for ${verdict.dmarc.domain ?? "the sender's domain"}, whose policy is to reject such mail`;
  }
  return null;
}
