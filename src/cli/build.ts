// `npm run build`: `next build` and the worker's and the mail listener's bundles (.next/shopdesk/,
// see launcher/process-bundles.ts), recorded in .next/shopdesk-build.json so that `npm start`
// knows this build is of the current sources and starts without building again.
// `--if-changed` builds only when the sources differ from the last build's.
// `--skip-typecheck` leaves out Next's own type check (`npm test` runs `npm run typecheck`, the
// same tsc on the same tsconfig, before it builds; checking twice costs a minute on two cores).
//
// The process name must be set before the logger is first imported: hence the dynamic imports.
process.env.SHOPDESK_PROCESS = "build";
process.env.NEXT_TELEMETRY_DISABLED = "1";

let code = 1;
try {
  const path = await import("node:path");
  const { spawn } = await import("node:child_process");
  const { logger } = await import("@/server/logger");
  const { nextBin } = await import("./launcher/commands");
  const { buildIfNeeded, withProcessBundles } = await import("./launcher/production-build");

  const root = path.resolve(import.meta.dirname, "..", "..");
  const outcome = await buildIfNeeded({
    root,
    log: logger,
    force: !process.argv.includes("--if-changed"),
    run: withProcessBundles(root, logger, () =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [nextBin(root), "build"], {
          cwd: root,
          stdio: "inherit",
          env: {
            ...process.env,
            NODE_ENV: "production",
            // Read by next.config.js.
            ...(process.argv.includes("--skip-typecheck") ? { SHOPDESK_BUILD_SKIP_TYPECHECK: "1" } : {}),
          },
        });
        const forward = (sig: NodeJS.Signals) => child.kill(sig);
        process.on("SIGINT", forward);
        process.on("SIGTERM", forward);
        child.once("exit", (c, signal) => resolve({ code: c, signal }));
        child.once("error", () => resolve({ code: null, signal: null }));
      }),
    ),
  });
  code = outcome.reason === "failed" ? (outcome.code ?? 1) : 0;
  await new Promise<void>((resolve) => logger.flush(() => resolve()));
} catch (err) {
  console.error(err instanceof Error && err.name === "EnvError" ? err.message : err);
}
process.exit(code);

export {};
