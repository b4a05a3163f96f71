// The README's first command. `npm run dev` (tsx src/cli/start.ts --dev) and `npm start`
// (tsx src/cli/start.ts): the database, the web process and the worker, in one terminal.
//
// The process name must be set before the logger is first imported (it is read once, at
// import), and static imports are evaluated before any statement here: hence the dynamic import.
process.env.SHOPDESK_PROCESS = "launcher";

let code = 1;
try {
  const { runLauncher } = await import("./launcher/run-launcher");
  code = await runLauncher(process.argv.slice(2));
} catch (err) {
  // A bad environment (EnvError, e.g. DATABASE_URL without AUTH_SECRET) surfaces while the
  // logger loads: print its message, not a stack.
  console.error(err instanceof Error && err.name === "EnvError" ? err.message : err);
}
process.exit(code);

export {};
