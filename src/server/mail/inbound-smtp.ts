// The forwarding listener: an SMTP server (nodemailer's smtp-server) that accepts mail for the
// forwarding address of each mailbox (`<forwardingKey>@<INBOUND_MAIL_DOMAIN>`) and nothing else.
// No relay and no AUTH: an unknown recipient or another domain gets 550 at RCPT TO. The message
// is at most MAX_RAW_MAIL_BYTES (announced as SIZE; 552 beyond). Its SPF/DKIM/DMARC verdict and
// the envelope are recorded beside the raw bytes, which are committed exactly as received
// (acceptRawMail) before the client hears 250; a database failure answers 451, so the sending
// server keeps the message and tries again. Nothing is parsed here: the worker does that.
import { hostname } from "node:os";
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";
import { inboundMailDomain } from "@/env";
import type { Db } from "@/server/db";
import type { Logger } from "@/server/logger";
import { acceptRawMail, MAX_RAW_MAIL_BYTES } from "./accept-raw-mail";
import { checkMailAuth, type DnsResolver } from "./mail-auth";

/** Recipients per message: a forward names one mailbox, a few at most. */
const MAX_RECIPIENTS = 20;

export type InboundSmtpOptions = {
  db: Db;
  log: Logger;
  port: number;
  host: string;
  /** PEM key and certificate: STARTTLS is offered only with both. */
  tls?: { key: Buffer; cert: Buffer };
  /** Our name in the greeting and in Authentication-Results (default: this machine's host name). */
  serverName?: string;
  /** The forwarding addresses' domain (default: INBOUND_MAIL_DOMAIN, else APP_URL's host). */
  domain?: string;
  /** DNS for the SPF/DKIM/DMARC checks (tests give a fixed one). */
  resolver?: DnsResolver;
};

export type InboundSmtp = { port: number; close(): Promise<void> };

type Recipient = { address: string; mailbox: { id: string; workspaceId: string } };
type Session = SMTPServerSession & { recipients?: Recipient[] };

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** `<key>@<domain>` (any case) → key, or null for any other address. */
export function forwardingKeyOf(address: string, domain: string): string | null {
  const at = address.lastIndexOf("@");
  if (at <= 0) return null;
  const local = address.slice(0, at).toLowerCase();
  if (address.slice(at + 1).toLowerCase() !== domain.toLowerCase()) return null;
  // Forwarding keys are lower-case letters and digits (newForwardingKey); anything else is no key.
  return /^[a-z0-9]{8,64}$/.test(local) ? local : null;
}

async function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startInboundSmtp(opts: InboundSmtpOptions): Promise<InboundSmtp> {
  const { db, log } = opts;
  const domain = (opts.domain ?? inboundMailDomain()).toLowerCase();
  const serverName = opts.serverName ?? hostname();

  const server = new SMTPServer({
    name: serverName,
    banner: "Shopdesk inbound mail",
    size: MAX_RAW_MAIL_BYTES,
    authOptional: true,
    disabledCommands: opts.tls ? ["AUTH"] : ["AUTH", "STARTTLS"],
    ...(opts.tls ? { key: opts.tls.key, cert: opts.tls.cert } : {}),
    maxClients: 200,
    socketTimeout: 60_000,
    closeTimeout: 30_000,
    logger: false,

    onRcptTo(address: SMTPServerAddress, session: Session, callback) {
      const recipients = (session.recipients ??= []);
      if (recipients.length >= MAX_RECIPIENTS) return callback(smtpError(452, "4.5.3 Too many recipients"));
      const key = forwardingKeyOf(address.address, domain);
      if (!key) {
        log.info({ sessionId: session.id, remoteAddress: session.remoteAddress }, "inbound smtp: recipient refused (not a forwarding address)");
        return callback(smtpError(550, "5.1.1 No such mailbox here; this server accepts mail for Shopdesk forwarding addresses only"));
      }
      db.mailbox
        .findUnique({ where: { forwardingKey: key }, select: { id: true, workspaceId: true } })
        .then((mailbox) => {
          if (!mailbox) {
            log.info({ sessionId: session.id, remoteAddress: session.remoteAddress }, "inbound smtp: recipient refused (unknown forwarding address)");
            return callback(smtpError(550, "5.1.1 No such mailbox"));
          }
          recipients.push({ address: address.address.toLowerCase(), mailbox });
          callback();
        })
        .catch((err: unknown) => {
          log.error({ sessionId: session.id, err: err instanceof Error ? err.message : String(err) }, "inbound smtp: recipient lookup failed");
          callback(smtpError(451, "4.3.0 Temporary failure, try again later"));
        });
    },

    onData(stream: SMTPServerDataStream, session: Session, callback) {
      const started = performance.now();
      readAll(stream)
        .then(async (raw) => {
          if (stream.sizeExceeded) {
            log.info({ sessionId: session.id, limit: MAX_RAW_MAIL_BYTES }, "inbound smtp: message refused (too large)");
            return callback(smtpError(552, `5.3.4 Message larger than ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB`));
          }
          const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
          const authResults = await checkMailAuth(raw, {
            ip: session.remoteAddress,
            helo: session.hostNameAppearsAs,
            sender: mailFrom,
            mta: serverName,
            resolver: opts.resolver,
          });
          const recipients = session.recipients ?? [];
          const envelope = {
            mailFrom,
            rcptTo: recipients.map((r) => r.address),
            remoteAddress: session.remoteAddress,
            helo: session.hostNameAppearsAs,
            tls: Boolean(session.secure),
            receivedAt: new Date().toISOString(),
          };
          // One stored message per mailbox named (several recipients of one mailbox are one message).
          const mailboxes = [...new Map(recipients.map((r) => [r.mailbox.id, r.mailbox])).values()];
          const ids: string[] = [];
          for (const mailbox of mailboxes) {
            const accepted = await acceptRawMail(db, { mailbox, raw, source: "FORWARD", envelope, authResults });
            ids.push(accepted.id);
          }
          log.info(
            {
              sessionId: session.id,
              inboundMailIds: ids,
              bytes: raw.byteLength,
              spf: authResults.spf.result,
              dmarc: authResults.dmarc.result,
              ms: Math.round(performance.now() - started),
            },
            "inbound smtp: message stored",
          );
          callback(null, `2.0.0 Stored as ${ids.join(", ")}`);
        })
        .catch((err: unknown) => {
          log.error({ sessionId: session.id, err: err instanceof Error ? err.message : String(err) }, "inbound smtp: storing failed; the sender will retry");
          callback(smtpError(451, "4.3.0 Temporary failure, try again later"));
        });
    },
  });
  server.on("error", (err) => log.error({ err: err.message }, "inbound smtp server error"));

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port;
  log.info({ host: opts.host, port, domain, starttls: Boolean(opts.tls) }, "inbound smtp listening");
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
