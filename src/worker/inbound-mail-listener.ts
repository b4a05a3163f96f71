// Wakes the mail processing job as soon as raw mail is committed: acceptRawMail sends a
// pg_notify in its transaction (delivered on commit), and this LISTEN connection turns a burst
// of them into one job. The job's schedule (every minute) covers a notification missed while
// this connection was down, so it only has to reconnect, not to catch up.
import pg from "pg";
import type { Logger } from "@/server/logger";
import { INBOUND_MAIL_CHANNEL } from "@/server/mail/accept-raw-mail";

const RECONNECT_MS = 5_000;
const DEBOUNCE_MS = 100;

export type InboundMailListener = { stop: () => Promise<void> };

export function listenForInboundMail(url: string, log: Logger, wake: () => Promise<void>): InboundMailListener {
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let retry: NodeJS.Timeout | undefined;

  const schedule = () => {
    if (timer || stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      wake().catch((err: unknown) => log.warn({ err: err instanceof Error ? err.message : String(err) }, "could not wake the mail processing job"));
    }, DEBOUNCE_MS);
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: "shopdesk-worker-mail-listener" });
    c.on("notification", (n) => {
      if (n.channel === INBOUND_MAIL_CHANNEL) schedule();
    });
    c.on("error", (err) => {
      log.warn({ err: err.message }, "mail listener connection lost; reconnecting");
      void c.end().catch(() => {});
      if (client === c) client = undefined;
      if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${INBOUND_MAIL_CHANNEL}`);
      client = c;
      // Whatever was committed while we were not listening.
      schedule();
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, "mail listener could not connect; retrying");
      void c.end().catch(() => {});
      if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
    }
  };
  void connect();

  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
