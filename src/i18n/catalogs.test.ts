// Guards the message catalogs: same keys in every locale, real translations, valid ICU.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import IntlMessageFormat from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales, type Locale } from "./config";
import { namespaces } from "./namespaces";

const messagesDir = fileURLToPath(new URL("./messages", import.meta.url));

type Catalog = { [key: string]: string | Catalog };

function readCatalog(locale: string, ns: string): Catalog {
  return JSON.parse(readFileSync(join(messagesDir, locale, `${ns}.json`), "utf8")) as Catalog;
}

/** "a.b.c" -> message, for every leaf. */
function flatten(catalog: Catalog, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

// A minimal view of the ICU AST (types from @formatjs/icu-messageformat-parser).
type AstNode = {
  type: number;
  value?: string;
  pluralType?: "cardinal" | "ordinal";
  options?: Record<string, { value: AstNode[] }>; children?: AstNode[];
};
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]); // argument, number, date, time, select, plural
const LITERAL = 0;
const PLURAL = 6;
const TAG = 8;

/** Argument names and plural option sets used by a message. */
function inspect(message: string, locale: string) {
  const ast = new IntlMessageFormat(message, locale).getAst() as unknown as AstNode[];
  const args = new Set<string>();
  const plurals: { name: string; ordinal: boolean; options: string[] }[] = [];
  let text = "";
  const walk = (nodes: AstNode[]) => {
    for (const node of nodes) {
      if (node.type === LITERAL && node.value) text += `${node.value} `;
      if (ARGUMENT_TYPES.has(node.type) && node.value) args.add(node.value);
      if (node.type === TAG && node.value) args.add(`<${node.value}>`);
      if (node.type === PLURAL && node.options) plurals.push({ name: node.value ?? "", ordinal: node.pluralType === "ordinal", options: Object.keys(node.options) });
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(ast);
  return { args: [...args].sort(), plurals, text };
}

const SCRIPT: Partial<Record<Locale, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  el: /\p{Script=Greek}/u,
};

/** Names that stay as they are in every language: the product and the mail protocols. */
const BRAND_NAMES = /\b(Shopdesk|IMAP|SMTP|STARTTLS|TLS|SSL)\b/g;

/**
 * Why a message looks untranslated, or undefined. In Latin-script languages only phrases
 * count: a single word may rightly read as in English ("Status" in Polish).
 */
function untranslatedReason(locale: Locale, message: string, english: string | undefined): string | undefined {
  // An example address (a placeholder) is written the same in every language.
  if (/^[^\s@{}]+@[^\s@{}]+\.[a-z]+$/i.test(message)) return undefined;
  const text = inspect(message, locale).text.replace(BRAND_NAMES, " ");
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return undefined;
  const script = SCRIPT[locale];
  if (message === english && (script || words.length > 1)) return "same as English";
  if (script && words.length > 1 && !script.test(text)) return `no ${locale} script`;
  return undefined;
}

describe("message catalogs", () => {
  it("registers every catalog file in namespaces.ts", () => {
    for (const locale of locales) {
      const files = readdirSync(join(messagesDir, locale)).filter((f) => f.endsWith(".json"));
      expect(files.map((f) => f.replace(/\.json$/, "")).sort(), `messages/${locale}`).toEqual([...namespaces].sort());
    }
  });

  for (const ns of namespaces) {
    const reference = flatten(readCatalog(defaultLocale, ns));

    for (const locale of locales) {
      describe(`${locale}/${ns}.json`, () => {
        it("exists", () => {
          expect(existsSync(join(messagesDir, locale, `${ns}.json`))).toBe(true);
        });

        const messages = existsSync(join(messagesDir, locale, `${ns}.json`))
          ? flatten(readCatalog(locale, ns))
          : new Map<string, unknown>();

        it(`has exactly the keys of ${defaultLocale}`, () => {
          const missing = [...reference.keys()].filter((k) => !messages.has(k));
          const extra = [...messages.keys()].filter((k) => !reference.has(k));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it("has no empty or non-string messages", () => {
          for (const [key, value] of messages) {
            expect(typeof value, key).toBe("string");
            expect((value as string).trim(), key).not.toBe("");
          }
        });

        it(`compiles as ICU with the arguments of ${defaultLocale} and this language's plural forms`, () => {
          const cardinal = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
          const ordinal = new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories;
          for (const [key, value] of messages) {
            if (typeof value !== "string") continue;
            const own = inspect(value, locale);
            const ref = reference.get(key);
            if (typeof ref === "string") expect(own.args, `${key}: arguments`).toEqual(inspect(ref, defaultLocale).args);
            for (const plural of own.plurals) {
              expect(plural.options, `${key}: {${plural.name}, plural} needs "other"`).toContain("other");
              for (const category of plural.ordinal ? ordinal : cardinal) {
                expect(plural.options, `${key}: {${plural.name}, plural} lacks the "${category}" form of ${locale}`).toContain(category);
              }
            }
          }
        });

        if (locale !== defaultLocale) {
          it("is translated, not copied from English", () => {
            const untranslated = [...messages].flatMap(([key, value]) => {
              if (typeof value !== "string") return [];
              const english = reference.get(key);
              const reason = untranslatedReason(locale, value, typeof english === "string" ? english : undefined);
              return reason ? [`${key}: ${reason}`] : [];
            });
            expect(untranslated).toEqual([]);
          });
        }
      });
    }
  }
});
