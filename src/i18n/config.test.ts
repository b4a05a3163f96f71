import { describe, expect, it } from "vitest";
import { localeDirection, LocaleSchema, locales, matchAcceptLanguage, publicPathLocale, validTimeZone } from "./config";

describe("matchAcceptLanguage", () => {
  it.each([
    [undefined, undefined],
    ["", undefined],
    ["fr-FR, de;q=0.8", undefined],
    ["pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7", "pl"],
    ["de-DE, et;q=0.5, el;q=0.7", "el"],
    ["ar-EG", "ar"],
    ["EN-gb", "en"],
    ["fr, *;q=0.1", "en"],
    ["el;q=0, pl", "pl"],
    ["et;q=0.8, ar;q=0.8", "et"],
  ])("%s -> %s", (header, expected) => {
    expect(matchAcceptLanguage(header)).toBe(expected);
  });
});

describe("locales", () => {
  it("writes only Arabic right to left", () => {
    expect(locales.filter((l) => localeDirection(l) === "rtl")).toEqual(["ar"]);
  });

  it("accepts only supported locales", () => {
    expect(LocaleSchema.safeParse("el").success).toBe(true);
    expect(LocaleSchema.safeParse("de").success).toBe(false);
    expect(LocaleSchema.safeParse("EN").success).toBe(false);
  });
});

describe("validTimeZone", () => {
  it("accepts IANA names and rejects anything else", () => {
    expect(validTimeZone("Europe/Tallinn")).toBe("Europe/Tallinn");
    expect(validTimeZone("UTC")).toBe("UTC");
    expect(validTimeZone("Mars/Olympus")).toBeUndefined();
    expect(validTimeZone("")).toBeUndefined();
    expect(validTimeZone(undefined)).toBeUndefined();
  });
});

describe("publicPathLocale", () => {
  it("reads the language of help-center, contact-form and portal URLs only", () => {
    expect(publicPathLocale("/demo/contact/ar")).toBe("ar");
    expect(publicPathLocale("/demo/portal/et/tickets/12")).toBe("et");
    expect(publicPathLocale("/demo/settings/et")).toBeUndefined();
    expect(publicPathLocale("/demo/help/ar")).toBe("ar");
    expect(publicPathLocale("/demo/help/el/articles/πώς?q=1")).toBe("el");
    expect(publicPathLocale("/demo/help/pl/search?q=zwrot")).toBe("pl");
    expect(publicPathLocale("/demo/help")).toBeUndefined();
    expect(publicPathLocale("/demo/help/xx/articles/a")).toBeUndefined();
    expect(publicPathLocale("/demo/inbox")).toBeUndefined();
    expect(publicPathLocale("/demo/tickets/12/help/ar")).toBeUndefined();
    expect(publicPathLocale(null)).toBeUndefined();
  });
});
