// Runs the forwarding listener until SIGINT/SIGTERM: new connections stop at once, messages in
// flight finish (up to smtp-server's close timeout), then the database is released.
import { readFile } from "node:fs/promises";
import { env, inboundSmtpHost } from "@/env";
import { createDb } from "@/server/db";
import { resolveDatabase } from "@/server/db/embedded";
import { logger } from "@/server/logger";
import { startInboundSmtp, type InboundSmtp } from "@/server/mail/inbound-smtp";

const log = logger;

async function tlsFiles(): Promise<{ key: Buffer; cert: Buffer } | undefined> {
  const e = env();
  if (!e.INBOUND_SMTP_TLS_CERT && !e.INBOUND_SMTP_TLS_KEY) return undefined;
  if (!e.INBOUND_SMTP_TLS_CERT || !e.INBOUND_SMTP_TLS_KEY) {
    throw new Error("INBOUND_SMTP_TLS_CERT and INBOUND_SMTP_TLS_KEY go together: set both, or neither.");
  }
  return { cert: await readFile(e.INBOUND_SMTP_TLS_CERT), key: await readFile(e.INBOUND_SMTP_TLS_KEY) };
}

export async function runMailListener(): Promise<number> {
  const e = env();
  if (e.INBOUND_SMTP_PORT === "off") {
    log.info("INBOUND_SMTP_PORT is off: the forwarding listener does not start");
    return 0;
  }
  let stopping = false;
  let signalled!: () => void;
  const signal = new Promise<void>((resolve) => (signalled = resolve));
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal: sig }, "mail listener stopping");
    signalled();
  };
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, onSignal);

  const database = await resolveDatabase({ purpose: "cli" });
  const db = createDb(database.url, 4);
  let smtp: InboundSmtp | undefined;
  let code = 0;
  try {
    smtp = await startInboundSmtp({ db, log, port: e.INBOUND_SMTP_PORT, host: inboundSmtpHost(e), tls: await tlsFiles() });
    if (!stopping) await signal;
  } catch (err) {
    log.fatal({ err: err instanceof Error ? err.message : String(err) }, "mail listener failed to start");
    code = 1;
  } finally {
    await smtp?.close().catch(() => undefined);
    await db.$disconnect().catch(() => undefined);
    await database.release().catch(() => undefined);
    log.info("mail listener stopped");
  }
  return code;
}
