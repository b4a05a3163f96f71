// What the demo seed relies on in the help-center data (issue 16).
import { describe, expect, it } from "vitest";
import { DEFAULT_PROBLEM_AREAS } from "@/lib/problem-areas";
import { LOCALES } from "@/lib/validation";
import { DEMO_ARTICLES, DEMO_HELP_CATEGORIES } from "./demo-help-center";

const ALLOWED_TAGS = new Set(["p", "h2", "h3", "ul", "ol", "li", "strong", "em", "a"]);

/** Every tag in `html` that is not an allowed bare tag or `<a href="/demo/contact">`. */
function badTags(html: string): string[] {
  const bad: string[] = [];
  for (const [tag, closing, name, attrs] of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    const ok =
      ALLOWED_TAGS.has(name ?? "") &&
      (attrs === "" || (!closing && name === "a" && attrs === ' href="/demo/contact"'));
    if (!ok) bad.push(tag);
  }
  // A "<" that does not start a tag (or a tag left open) would also end up in the page.
  const stripped = html.replace(/<\/?[a-zA-Z0-9]+[^>]*>/g, "");
  if (/[<>]/.test(stripped)) bad.push("stray < or >");
  return bad;
}

const sections = DEMO_HELP_CATEGORIES.flatMap((c) => c.sections);

describe("demo help center", () => {
  it("has 3-4 categories with 1-3 sections each and 20 articles", () => {
    expect(DEMO_HELP_CATEGORIES.length).toBeGreaterThanOrEqual(3);
    expect(DEMO_HELP_CATEGORIES.length).toBeLessThanOrEqual(4);
    for (const c of DEMO_HELP_CATEGORIES) {
      expect(c.sections.length).toBeGreaterThanOrEqual(1);
      expect(c.sections.length).toBeLessThanOrEqual(3);
    }
    expect(DEMO_ARTICLES).toHaveLength(20);
  });

  it("has unique category, section and article keys", () => {
    const unique = (keys: string[]) => expect(new Set(keys).size).toBe(keys.length);
    unique(DEMO_HELP_CATEGORIES.map((c) => c.key));
    unique(sections.map((s) => s.key));
    unique(DEMO_ARTICLES.map((a) => a.key));
  });

  it("puts every article in an existing section", () => {
    const keys = new Set(sections.map((s) => s.key));
    for (const a of DEMO_ARTICLES) expect(keys, a.key).toContain(a.section);
  });

  it("uses only default problem-area keys", () => {
    const areas = new Set<string>(DEFAULT_PROBLEM_AREAS);
    for (const a of DEMO_ARTICLES) {
      expect(a.areas.length, a.key).toBeGreaterThan(0);
      for (const area of a.areas) expect(areas, `${a.key}: ${area}`).toContain(area);
    }
  });

  it("covers every topic area except 'other' with at least one article", () => {
    const used = new Set(DEMO_ARTICLES.flatMap((a) => a.areas));
    for (const area of DEFAULT_PROBLEM_AREAS.filter((k) => k !== "other")) expect(used, area).toContain(area);
  });

  it("has every locale, non-empty, on categories, sections and articles", () => {
    const names = [...DEMO_HELP_CATEGORIES, ...sections].map((x) => [x.key, x.names] as const);
    for (const [key, texts] of names) {
      expect(Object.keys(texts).sort(), key).toEqual([...LOCALES].sort());
      for (const l of LOCALES) {
        expect(texts[l].name.trim(), `${key} ${l}`).not.toBe("");
        expect(texts[l].description.trim(), `${key} ${l}`).not.toBe("");
      }
    }
    for (const a of DEMO_ARTICLES) {
      expect(Object.keys(a.translations).sort(), a.key).toEqual([...LOCALES].sort());
      for (const l of LOCALES) {
        const t = a.translations[l];
        expect(t.title.trim(), `${a.key} ${l}`).not.toBe("");
        expect(t.description.trim(), `${a.key} ${l}`).not.toBe("");
        expect(t.bodyHtml.trim(), `${a.key} ${l}`).not.toBe("");
      }
    }
  });

  it("has unique titles per locale", () => {
    for (const l of LOCALES) {
      const titles = DEMO_ARTICLES.map((a) => a.translations[l].title);
      expect(new Set(titles).size, l).toBe(titles.length);
    }
  });

  it("keeps meta descriptions within 160 characters", () => {
    for (const a of DEMO_ARTICLES) {
      for (const l of LOCALES) {
        expect(a.translations[l].description.length, `${a.key} ${l}`).toBeLessThanOrEqual(160);
      }
    }
  });

  it("uses only the allowed tags in bodies", () => {
    for (const a of DEMO_ARTICLES) {
      for (const l of LOCALES) expect(badTags(a.translations[l].bodyHtml), `${a.key} ${l}`).toEqual([]);
    }
  });

  it("catches a disallowed tag or attribute", () => {
    expect(badTags('<p class="x">a</p><div>b</div><a href="https://example.com">c</a>')).toEqual([
      '<p class="x">',
      "<div>",
      "</div>",
      '<a href="https://example.com">',
    ]);
    expect(badTags('<p>Ok <a href="/demo/contact">contact</a></p>')).toEqual([]);
  });
});
