// The UI's own message catalogs, so the specs find fields and buttons by the labels users
// see, in any language, and keep working when a wording changes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const messagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/i18n/messages");

type Tree = { [key: string]: string | Tree };

const cache = new Map<string, Tree>();

function load(locale: string, namespace: string): Tree {
  const key = `${locale}/${namespace}`;
  let tree = cache.get(key);
  if (!tree) {
    tree = JSON.parse(readFileSync(path.join(messagesDir, locale, `${namespace}.json`), "utf8")) as Tree;
    cache.set(key, tree);
  }
  return tree;
}

/** The raw message at "namespace.path.to.key" in `locale`; throws if the catalog lacks it. */
export function message(locale: string, id: string): string {
  const [namespace = "", ...keys] = id.split(".");
  let node: string | Tree | undefined = load(locale, namespace);
  for (const k of keys) node = typeof node === "object" ? node[k] : undefined;
  if (typeof node !== "string") throw new Error(`No message "${id}" in the ${locale} catalog`);
  return node;
}

/** English message, with simple `{name}` arguments filled in. */
export function en(id: string, values: Record<string, string> = {}): string {
  return message("en", id).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A message whose `{arguments}` may be anything: matches the whole accessible name. */
export function messagePattern(locale: string, id: string): RegExp {
  const escaped = message(locale, id)
    .split(/\{\w+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join(".+");
  return new RegExp(`^${escaped}$`);
}

/** User text as the app puts it inside a sentence or an option: bidi-isolated (U+2068 … U+2069). */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
