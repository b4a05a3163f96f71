// An imapflow client for a mailbox's IMAP settings, shared by "Test connection" and the fetcher.
import { ImapFlow } from "imapflow";
import type { MailSecurity } from "@/generated/prisma/enums";

export type ImapSettings = {
  imapHost: string | null;
  imapPort: number | null;
  imapSecurity: MailSecurity | null;
  imapUsername: string | null;
};

/** A client that is not connected yet; socket errors after connect never become unhandled events. */
export function imapClient(m: ImapSettings, password: string, timeouts: { connectMs: number; socketMs: number; autoIdleMs?: number }): ImapFlow {
  const client = new ImapFlow({
    host: m.imapHost!,
    port: m.imapPort!,
    secure: m.imapSecurity === "TLS",
    doSTARTTLS: m.imapSecurity === "STARTTLS" ? true : m.imapSecurity === "NONE" ? false : undefined,
    auth: { user: m.imapUsername!, pass: password },
    logger: false,
    connectionTimeout: timeouts.connectMs,
    greetingTimeout: timeouts.connectMs,
    socketTimeout: timeouts.socketMs,
    // How soon an open folder starts IDLE once quiet (imapflow's own default: 15 s).
    ...(timeouts.autoIdleMs !== undefined ? { autoIdleDelay: timeouts.autoIdleMs } : {}),
  });
  client.on("error", () => undefined);
  return client;
}
