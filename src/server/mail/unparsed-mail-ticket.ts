// A message the pipeline gives up on (the parser refused it, it has no sender, or processing
// failed MAX_ATTEMPTS times) still reaches an agent: it opens an EMAIL ticket whose one message
// says the mail could not be read; the thread shows an "Unparsed" badge and the link to the
// original (.eml). The customer is the address a best-effort scan of the raw From header finds,
// else the workspace's "unknown sender" placeholder (unknown-sender@unknown.invalid: .invalid
// never resolves, so a reply to it fails visibly instead of reaching a stranger). No
// acknowledgement goes out: we do not know whom we would be answering.
import { systemCtx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";
import { EmailSchema } from "@/lib/validation";
import { createTicket } from "@/server/tickets/create-ticket";
import { decodeWords } from "./normalize-charsets";
import { RAW_HEADER_SCAN_BYTES } from "./prepare-mail";

export const UNKNOWN_SENDER = "unknown-sender@unknown.invalid";

/** The From (else Sender, Reply-To) address and the Subject, read from the raw header block without a MIME parser. */
export function scanRawHeaders(raw: Buffer): { address: string | null; name: string | null; subject: string | null } {
  const head = raw.subarray(0, RAW_HEADER_SCAN_BYTES).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const unfolded = (end === -1 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
  const field = (name: string) => unfolded.match(new RegExp(`^${name}:[ \\t]*(.*)$`, "im"))?.[1]?.trim() ?? null;
  let address: string | null = null;
  let name: string | null = null;
  for (const h of ["From", "Sender", "Reply-To"]) {
    const value = field(h);
    if (!value) continue;
    const m = value.match(/<\s*([^<>\s]+@[^<>\s]+)\s*>/) ?? value.match(/([^\s<>,;:"()]+@[^\s<>,;:"()]+)/);
    const parsed = m ? EmailSchema.safeParse(m[1]) : null;
    if (parsed?.success) {
      address = parsed.data;
      const display = value.slice(0, value.indexOf("<")).trim().replace(/^"|"$/g, "");
      name = m![0].startsWith("<") && display ? safeDecode(display).slice(0, 120) : null;
      break;
    }
  }
  const subject = field("Subject");
  return { address, name, subject: subject ? safeDecode(subject).slice(0, 300) : null };
}

function safeDecode(value: string): string {
  try {
    return decodeWords(value).replace(/\p{Cc}/gu, " ").trim();
  } catch {
    return value;
  }
}

/** Opens the ticket of an unreadable mail; returns its id. Runs in the caller's transaction. */
export async function openUnparsedMailTicket(
  tx: DbTx,
  log: Logger,
  mail: { id: string; workspaceId: string; mailboxId: string },
  raw: Buffer,
  reason: string,
): Promise<string> {
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: mail.workspaceId }, select: WORKSPACE_REF_SELECT });
  const ctx = systemCtx(tx, workspace, log, "inbound-mail");
  const scanned = scanRawHeaders(raw);
  const address = scanned.address ?? UNKNOWN_SENDER;
  const created = await createTicket(ctx, {
    subject: scanned.subject || "(unreadable email)",
    customer: { email: address, ...(scanned.address ? (scanned.name ? { name: scanned.name } : {}) : { name: "Unknown sender" }) },
    channel: "EMAIL",
    mailboxId: mail.mailboxId,
    message: {
      text: `This email could not be read (${reason.slice(0, 500)}). Download the original message (.eml) to read it.`,
      email: { messageId: null, inReplyTo: null, references: [], fromAddress: scanned.address, fromName: scanned.name, threadedBy: "NEW", inboundMailId: mail.id },
    },
  });
  log.warn({ ticketNumber: created.number, senderFound: Boolean(scanned.address) }, "unreadable inbound mail opened a ticket flagged unparsed");
  return created.ticketId;
}
