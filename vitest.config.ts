// Two projects: `unit` (pure logic, no database) and `integration` (a real PostgreSQL that
// tests/setup/database.ts starts for the run and throws away afterwards).
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fromRoot = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // tsconfig's `@/*` -> `src/*` (a regex, so scoped packages such as @prisma/* are untouched).
      { find: /^@\//, replacement: `${fromRoot("./src")}/` },
      // Server modules mark themselves with `import "server-only"`; tests are server code too.
      { find: /^server-only$/, replacement: fromRoot("./node_modules/server-only/empty.js") },
    ],
  },
  test: {
    environment: "node",
    setupFiles: ["tests/setup/env.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          // After the unit tests when both projects run in one command (they differ in maxWorkers).
          sequence: { groupOrder: 1 },
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/setup/database.ts", "tests/setup/process-bundles.ts"],
          // Files run side by side (each test makes its own workspaces); two workers suit two
          // cores, and the database does most of the work.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
