// The operator CLI: `npm run shopdesk -- <command> [flags]` (`--help` lists the commands).
// SHOPDESK_PROCESS is set before anything that reads it at load time (the logger, the db
// client's application_name) is imported, hence the dynamic import.
export {};

process.env.SHOPDESK_PROCESS = "cli";

const { runCli } = await import("./commands/run");
const code = await runCli(process.argv.slice(2));
// Pipes and files are written synchronously on Linux, so exiting here loses no output; it also
// ends any timer or socket a library left behind.
process.exit(code);
