// Wakes the mail jobs as soon as their work is committed: acceptRawMail (raw mail in) and the
// outbox (a delivery queued) send a pg_notify in their transaction (delivered on commit), and
// this one LISTEN connection turns a burst of them into one wake-up per channel. The jobs'
// schedules (every minute) cover a notification missed while this connection was down, so it
// only has to reconnect, not to catch up.
import pg from "pg";
import type { Logger } from "@/server/logger";

const RECONNECT_MS = 5_000;
const DEBOUNCE_MS = 100;

export type MailListener = { stop: () => Promise<void> };

/** `wakers`: channel name -> what to do (debounced) when something was committed on it. */
export function listenForMail(url: string, log: Logger, wakers: Record<string, () => Promise<void>>): MailListener {
  let client: pg.Client | undefined;
  let stopped = false;
  const timers = new Map<string, NodeJS.Timeout>();
  let retry: NodeJS.Timeout | undefined;
  const channels = Object.keys(wakers);

  const schedule = (channel: string) => {
    if (timers.has(channel) || stopped) return;
    timers.set(
      channel,
      setTimeout(() => {
        timers.delete(channel);
        wakers[channel]!().catch((err: unknown) => log.warn({ channel, err: err instanceof Error ? err.message : String(err) }, "could not wake a mail job"));
      }, DEBOUNCE_MS),
    );
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: "shopdesk-worker-mail-listener" });
    c.on("notification", (n) => {
      if (Object.hasOwn(wakers, n.channel)) schedule(n.channel);
    });
    c.on("error", (err) => {
      log.warn({ err: err.message }, "mail listener connection lost; reconnecting");
      void c.end().catch(() => {});
      if (client === c) client = undefined;
      if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
    });
    try {
      await c.connect();
      for (const channel of channels) await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      client = c;
      // Whatever was committed while we were not listening.
      for (const channel of channels) schedule(channel);
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
      for (const t of timers.values()) clearTimeout(t);
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
