// `npm run dev` / `npm start`: the database, then the web and worker processes, until a signal.
// Embedded default (no DATABASE_URL): PostgreSQL under SHOPDESK_DATA_DIR, migrations, demo data
// and a persisted AUTH_SECRET and SHOPDESK_ENCRYPTION_KEY. With DATABASE_URL: nothing is migrated or seeded (production
// runs `npm run db:migrate` as its own step) and AUTH_SECRET must be set.
import path from "node:path";
import { appUrl, env, inboundSmtpHost } from "@/env";
import { createDb } from "@/server/db";
import { resolveDatabase } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrations";
import { seedDemo } from "@/server/demo/seed-demo";
import { logger } from "@/server/logger";
import { ensureEncryptionKey } from "@/server/mail/secret-box";
import { ensureAuthSecret } from "./auth-secret";
import { buildSpec, healthUrl, mailCatcherSpec, mailListenerSpec, readyLine, webSpec, workerSpec, type ChildSettings, type Mode } from "./commands";
import { buildIfNeeded, withProcessBundles } from "./production-build";
import { isPortFree, waitForHttpOk } from "./readiness";
import { Supervisor, type ExitInfo } from "./supervisor";

const log = logger;
/** The worker stops pg-boss gracefully within 30 s; leave it room before killing. */
const CHILD_STOP_TIMEOUT_MS = 45_000;
const RELEASE_TIMEOUT_MS = 20_000;
const REPEAT_SIGNAL_WINDOW_MS = 2_000;
const READY_TIMEOUT_MS = { dev: 180_000, prod: 60_000 } as const;
const DEMO_ADMIN = "admin@demo.test";

const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");

class LaunchError extends Error {}

export async function runLauncher(argv: string[]): Promise<number> {
  const mode: Mode = argv.includes("--dev") ? "dev" : "prod";
  const e = env();
  const t0 = performance.now();
  const since = () => Math.round(performance.now() - t0);

  const stop = new AbortController();
  let stopSignal: NodeJS.Signals | undefined;
  let crashed: ExitInfo | undefined;
  const supervisor = new Supervisor(log, (info) => {
    crashed = info;
    log.error({ child: info.name, code: info.code, signal: info.signal }, `${info.name} stopped unexpectedly; stopping Shopdesk`);
    stop.abort();
    void supervisor.stopAll("SIGTERM", CHILD_STOP_TIMEOUT_MS);
  });
  let firstSignalAt = 0;
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopSignal) {
      // A Ctrl-C reaches us twice: from the terminal and relayed by the tsx/npm wrappers.
      // Only a second Ctrl-C pressed later means "stop now".
      if (Date.now() - firstSignalAt < REPEAT_SIGNAL_WINDOW_MS) return;
      log.warn({ signal: sig }, "second signal: killing the web and worker processes");
      supervisor.killAll();
      return;
    }
    firstSignalAt = Date.now();
    // A closed terminal (SIGHUP) stops Shopdesk like SIGTERM does.
    stopSignal = sig === "SIGHUP" ? "SIGTERM" : sig;
    log.info({ signal: sig }, "stopping Shopdesk");
    stop.abort();
    void supervisor.stopAll(stopSignal, CHILD_STOP_TIMEOUT_MS);
  };
  // Registered before the database is resolved: its own signal hooks then stand aside and
  // leave the order to us (children first, the database last).
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, onSignal);

  let database: Awaited<ReturnType<typeof resolveDatabase>>;
  try {
    database = await resolveDatabase({ purpose: "app" });
  } catch (err) {
    // For example "Shopdesk is already running": resolveDatabase says so plainly.
    console.error(err instanceof Error ? err.message : String(err));
    return 1;
  }
  log.info({ embedded: database.embedded, ms: since() }, "database ready");

  let code = 0;
  try {
    await launch({ mode, e, database, supervisor, stop: stop.signal, since });
    await new Promise<void>((resolve) => {
      if (stop.signal.aborted) resolve();
      else stop.signal.addEventListener("abort", () => resolve(), { once: true });
    });
  } catch (err) {
    if (!stop.signal.aborted) {
      console.error(err instanceof LaunchError ? err.message : err);
      code = 1;
    }
  } finally {
    await supervisor.stopAll(stopSignal ?? "SIGTERM", CHILD_STOP_TIMEOUT_MS);
    const released = await Promise.race([
      database.release().then(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), RELEASE_TIMEOUT_MS).unref()),
    ]).catch((err: unknown) => {
      log.error({ err: err instanceof Error ? err.message : String(err) }, "releasing the database failed");
      return false;
    });
    if (released) log.info({ embedded: database.embedded }, "database released");
    else log.error({ timeoutMs: RELEASE_TIMEOUT_MS }, "the database was not released cleanly");
  }
  if (crashed) code = 1;
  log.info({ code }, "Shopdesk stopped");
  return code;
}

type LaunchArgs = {
  mode: Mode;
  e: ReturnType<typeof env>;
  database: Awaited<ReturnType<typeof resolveDatabase>>;
  supervisor: Supervisor;
  stop: AbortSignal;
  since: () => number;
};

/** Everything between "database ready" and the ready line. Returns early when asked to stop. */
async function launch({ mode, e, database, supervisor, stop, since }: LaunchArgs): Promise<void> {
  if (stop.aborted) return;
  let authSecret = e.AUTH_SECRET;
  let encryptionKey = e.SHOPDESK_ENCRYPTION_KEY;
  if (database.embedded) {
    const dataDir = path.resolve(e.SHOPDESK_DATA_DIR);
    const secret = await ensureAuthSecret(dataDir, e.AUTH_SECRET);
    authSecret = secret.secret;
    if (secret.source === "generated") log.info({ file: secret.file }, "AUTH_SECRET generated and saved");
    const key = await ensureEncryptionKey(dataDir, e.SHOPDESK_ENCRYPTION_KEY);
    encryptionKey = key.secret;
    if (key.source === "generated") log.info({ file: key.file }, "SHOPDESK_ENCRYPTION_KEY generated and saved");
  }
  if (!authSecret) {
    throw new LaunchError("AUTH_SECRET is required when DATABASE_URL is set (generate one with `openssl rand -base64 32`).");
  }

  const publicUrl = appUrl(e);
  const settings: ChildSettings = {
    root: ROOT,
    mode,
    port: e.PORT,
    databaseUrl: database.url,
    embedded: database.embedded,
    authSecret,
    encryptionKey,
    publicUrl,
    baseEnv: process.env,
  };

  // Before a minute of building, not after it.
  if (!(await isPortFree(e.PORT, database.embedded ? "127.0.0.1" : undefined))) {
    throw new LaunchError(`Port ${e.PORT} is already in use. Stop what listens there or start with PORT=<another port>.`);
  }
  // The mail catcher: only for the embedded default, where mailboxes have no SMTP server of their own.
  const catcher = database.embedded && e.MAIL_CATCHER === "on" ? { smtpPort: e.MAIL_CATCHER_SMTP_PORT, webPort: e.MAIL_CATCHER_WEB_PORT } : null;
  if (catcher) {
    for (const [port, what] of [[catcher.smtpPort, "MAIL_CATCHER_SMTP_PORT"], [catcher.webPort, "MAIL_CATCHER_WEB_PORT"]] as const) {
      if (!(await isPortFree(port, "127.0.0.1"))) {
        throw new LaunchError(`Port ${port} (the mail catcher's) is already in use. Stop what listens there, or start with ${what}=<another port> (or MAIL_CATCHER=off).`);
      }
    }
    settings.mailCatcher = `127.0.0.1:${catcher.smtpPort}`;
  }
  const smtpPort = e.INBOUND_SMTP_PORT;
  const smtpHost = inboundSmtpHost({ ...e, SHOPDESK_EMBEDDED: database.embedded });
  if (smtpPort !== "off" && !(await isPortFree(smtpPort, smtpHost === "0.0.0.0" ? undefined : smtpHost))) {
    throw new LaunchError(
      `Port ${smtpPort} (the forwarding listener's SMTP port) is already in use. Stop what listens there, or start with INBOUND_SMTP_PORT=<another port> (or off).`,
    );
  }

  // The build needs no database: it runs while the database is migrated and seeded.
  const build =
    mode === "prod"
      ? buildIfNeeded({
          root: ROOT,
          log,
          run: withProcessBundles(ROOT, log, () => supervisor.start(buildSpec(settings), { expectExit: true })),
          say: (line) => console.log(`\n  ${line}\n`),
        })
      : undefined;
  // Settled even when the database steps below throw, so no rejection goes unhandled.
  build?.catch(() => undefined);

  let demoLogins = false;
  if (database.embedded) {
    const t = performance.now();
    const { applied } = await applyMigrations(database.url, log);
    log.info({ applied: applied.length, ms: Math.round(performance.now() - t) }, "migrations done");
    if (stop.aborted) return;

    const t2 = performance.now();
    const db = createDb(database.url, 2);
    try {
      // seedDemo logs what it loads; a database that has workspaces is left as it is.
      const seeded = await seedDemo(db, log);
      log.info({ seeded: seeded.seeded, ms: Math.round(performance.now() - t2) }, "demo data step done");
      demoLogins = (await db.user.count({ where: { email: DEMO_ADMIN } })) > 0;
    } finally {
      await db.$disconnect();
    }
  }
  if (stop.aborted) return;

  if (build) {
    const outcome = await build;
    if (stop.aborted) return;
    if (outcome.reason === "failed") {
      throw new LaunchError(`The build failed (exit code ${outcome.code ?? outcome.signal}); its errors are above.`);
    }
  }

  if (catcher) {
    const mailDir = path.join(path.resolve(e.SHOPDESK_DATA_DIR), "mail");
    void supervisor.start(mailCatcherSpec(settings, { ...catcher, mailDir }));
    log.info({ smtp: settings.mailCatcher, web: `http://localhost:${catcher.webPort}` }, "mail catcher starting (maildev)");
  }
  void supervisor.start(webSpec(settings));
  void supervisor.start(workerSpec(settings));
  if (smtpPort !== "off") {
    void supervisor.start(mailListenerSpec(settings));
    log.info({ host: smtpHost, port: smtpPort }, "forwarding listener starting (SMTP)");
  }

  const attempts = await waitForHttpOk(healthUrl(e.PORT), { timeoutMs: READY_TIMEOUT_MS[mode], signal: stop });
  log.info({ ms: since(), attempts }, "web ready");
  // The ready line comes last, after the JSON logs still in the logger's buffer.
  await new Promise<void>((resolve) => log.flush(() => resolve()));
  const mailCatcherUrl = catcher ? `http://localhost:${catcher.webPort}` : undefined;
  console.log(`\n  ${readyLine(publicUrl, { embedded: database.embedded, demoLogins, mailCatcherUrl })}\n`);
}
