// `prisma generate` never runs the schema engine, yet the Prisma CLI insists on
// downloading one first. Where no engine binary is available (offline or
// firewalled machines), point it at an executable that is never called.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SCHEMA_STAMP, schemaHash } from "./ensure-deps.mjs";

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const enginesDir = path.join("node_modules", "@prisma", "engines");
  const bundled = existsSync(enginesDir)
    ? readdirSync(enginesDir).find((f) => f.startsWith("schema-engine"))
    : undefined;
  env.PRISMA_SCHEMA_ENGINE_BINARY = bundled ? path.resolve(enginesDir, bundled) : process.execPath;
}
if (!existsSync("prisma/schema.prisma")) process.exit(0);
const res = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  stdio: "inherit",
});
// Records which schema the client was generated from: scripts/ensure-deps.mjs regenerates it
// when the schema changes (after a `git pull`) even though no dependency did.
if (res.status === 0) writeFileSync(SCHEMA_STAMP, `${schemaHash(process.cwd())}\n`);
process.exit(res.status ?? 1);
