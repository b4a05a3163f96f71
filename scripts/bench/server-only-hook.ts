// Imported first by a benchmark's entry point (or a process it starts): app modules mark
// themselves `import "server-only"`, which throws outside React server code; a benchmark is
// server code, so resolve it to the package's empty module (as vitest does). Only modules
// imported after this one (the app's, imported dynamically) see the hook.
import { register } from "node:module";
import { pathToFileURL } from "node:url";

const emptyModule = pathToFileURL(`${process.cwd()}/node_modules/server-only/empty.js`).href;
register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(s, c, next) { return s === "server-only" ? { url: ${JSON.stringify(emptyModule)}, shortCircuit: true } : next(s, c); }`,
    ),
);
