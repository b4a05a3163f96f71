// The forwarding listener's process: `npm run mail-listener`, or started by the launcher beside
// the web and worker processes (src/server/mail/inbound-smtp.ts does the work). As with the
// worker, the process name is set before the logger loads.
process.env.SHOPDESK_PROCESS = "mail-listener";

try {
  const { runMailListener } = await import("./run-mail-listener");
  process.exitCode = await runMailListener();
} catch (err) {
  console.error(err instanceof Error && err.name === "EnvError" ? err.message : err);
  process.exitCode = 1;
}
process.exit();

export {};
