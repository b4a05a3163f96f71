// The worker process: `npm run worker` (tsx src/worker/index.ts), or started by the launcher
// beside the web process. In production it runs as `node .next/shopdesk/worker.mjs`, this file
// bundled by `npm run build` (src/cli/launcher/process-bundles.ts). It runs background jobs
// through pg-boss and never imports src/app.
//
// The process name must be set before the logger is first imported (it is read once, at
// import), and static imports are evaluated before any statement here: hence the dynamic import.
process.env.SHOPDESK_PROCESS = "worker";

try {
  const { runWorker } = await import("./run-worker");
  process.exitCode = await runWorker();
} catch (err) {
  // A bad environment (EnvError) surfaces while the logger loads: say what is wrong, plainly.
  console.error(err instanceof Error && err.name === "EnvError" ? err.message : err);
  process.exitCode = 1;
}
// Whatever a library left behind (timers, sockets) must not keep a stopped worker alive.
process.exit();

export {};
