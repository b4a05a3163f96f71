// `node scripts/run-parallel.mjs typecheck lint`: runs those npm scripts side by side (tsc and
// ESLint each keep one core busy, and CI has two), then prints each one's output in one piece,
// in the order given, with how long it took. Exits with the first failing script's status.
import { spawn } from "node:child_process";

const names = process.argv.slice(2);
if (names.length === 0) {
  console.error("usage: node scripts/run-parallel.mjs SCRIPT...");
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function run(name) {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks = [];
    const child = spawn(npm, ["run", "--silent", name], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, FORCE_COLOR: "0" } });
    child.stdout.on("data", (c) => chunks.push(c));
    child.stderr.on("data", (c) => chunks.push(c));
    child.once("error", (err) => resolve({ name, code: 1, output: `${err.message}\n`, seconds: 0 }));
    child.once("close", (code, signal) =>
      resolve({
        name,
        code: code ?? (signal ? 1 : 0),
        output: Buffer.concat(chunks).toString("utf8"),
        seconds: Math.round((Date.now() - started) / 1000),
      }),
    );
  });
}

const results = await Promise.all(names.map(run));
for (const r of results) {
  process.stdout.write(`\n--- npm run ${r.name}: ${r.code === 0 ? "passed" : `failed (exit ${r.code})`} in ${r.seconds} s\n`);
  if (r.output.trim()) process.stdout.write(r.output.endsWith("\n") ? r.output : `${r.output}\n`);
}
const failed = results.find((r) => r.code !== 0);
process.exit(failed ? failed.code : 0);
