import { describe, expect, it } from "vitest";
import { ArticleSlugSchema, slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it.each([
    ["en", "How do I return an item?", "how-do-i-return-an-item"],
    ["el", "Πώς επιστρέφω ένα προϊόν;", "πώς-επιστρέφω-ένα-προϊόν"],
    ["el capitals (final sigma)", "ΠΩΣ ΕΠΙΣΤΡΕΦΩ", "πως-επιστρεφω"],
    ["ar with harakat and tatweel", "كَيْفَ أُرْجِعُ المُنْتَـــجَ؟", "كيف-أرجع-المنتج"],
    ["et", "Kuidas tellimust tühistada?", "kuidas-tellimust-tühistada"],
    ["pl", "Zwrot – jak to działa?", "zwrot-jak-to-działa"],
    ["apostrophes inside words", "Don’t pay twice", "dont-pay-twice"],
    ["compatibility forms", "ﬁle №５", "file-no5"],
  ])("%s", (_lang, title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("keeps decomposed letters as their composed form", () => {
    expect(slugify("tu\u0308hista")).toBe("tühista");
  });

  it("falls back to 'article' when nothing is left", () => {
    expect(slugify("")).toBe("article");
    expect(slugify(" ?!– ")).toBe("article");
    expect(slugify("\u064E\u0640")).toBe("article");
  });

  it("cuts at most 80 characters at a hyphen", () => {
    const slug = slugify("Kuidas tellimust tühistada ".repeat(5));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^kuidas-tellimust-tühistada-.*(?:kuidas|tellimust|tühistada)$/);
    expect(`${"Kuidas tellimust tühistada ".repeat(5)}`.toLowerCase().replace(/ /g, "-")).toContain(`${slug}-`);
  });

  it("cuts a single overlong word at 80", () => {
    expect(slugify("a".repeat(100))).toBe("a".repeat(80));
  });
});

describe("ArticleSlugSchema", () => {
  it("accepts what slugify produces, trimmed and lower-cased", () => {
    expect(ArticleSlugSchema.parse("  Kuidas-Tellimust-Tühistada ")).toBe("kuidas-tellimust-tühistada");
    expect(ArticleSlugSchema.parse("πώς-επιστρέφω-ένα-προϊόν")).toBe("πώς-επιστρέφω-ένα-προϊόν");
    expect(ArticleSlugSchema.parse("كيف-أرجع-المنتج")).toBe("كيف-أرجع-المنتج");
  });

  it.each(["", "-returns", "returns-", "re--turns", "re turns", "re_turns", "returns?", "a".repeat(81)])(
    "refuses %j",
    (slug) => {
      const result = ArticleSlugSchema.safeParse(slug);
      expect(result.success).toBe(false);
    },
  );

  it("explains the rule in plain English", () => {
    const result = ArticleSlugSchema.safeParse("re turns");
    expect(result.error?.issues[0]?.message).toBe("use letters, digits and dashes");
  });
});

describe("uniqueSlug", () => {
  it("returns the base when it is free", async () => {
    expect(await uniqueSlug("returns", () => false)).toBe("returns");
  });

  it("counts up from -2 and asks one candidate at a time", async () => {
    const taken = new Set(["returns", "returns-2", "returns-3"]);
    const asked: string[] = [];
    const slug = await uniqueSlug("returns", async (candidate) => {
      asked.push(candidate);
      return taken.has(candidate);
    });
    expect(slug).toBe("returns-4");
    expect(asked).toEqual(["returns", "returns-2", "returns-3", "returns-4"]);
  });

  it("keeps the suffix within 80 characters", async () => {
    const base = `${"a".repeat(77)}-bc`;
    const slug = await uniqueSlug(base, (c) => c === base);
    expect(slug).toBe(`${"a".repeat(77)}-2`);
    expect(slug.length).toBeLessThanOrEqual(80);
  });
});
