import { describe, expect, it } from "vitest";
import { customerLanguage, pickVersion } from "./canned-reply-locale";

const versions = [
  { locale: "en", body: "Hello" },
  { locale: "el", body: "Γεια" },
  { locale: "pl", body: "Dzień dobry" },
];

describe("pickVersion", () => {
  it("takes the customer's language, also from a regional tag", () => {
    expect(pickVersion(versions, "el", "en")?.body).toBe("Γεια");
    expect(pickVersion(versions, "el-GR", "en")?.body).toBe("Γεια");
    expect(pickVersion(versions, "PL", "en")?.body).toBe("Dzień dobry");
  });

  it("falls back to the workspace's language, then to any version", () => {
    expect(pickVersion(versions, "ar", "pl")?.body).toBe("Dzień dobry");
    expect(pickVersion(versions, null, "et")?.body).toBe("Hello");
    expect(pickVersion([{ locale: "et", body: "Tere" }], "ar", "el")?.body).toBe("Tere");
  });

  it("ignores versions in languages the app does not have, and answers null when none is left", () => {
    expect(pickVersion([{ locale: "de", body: "Hallo" }], "de", "de")).toBeNull();
  });
});

describe("customerLanguage", () => {
  it("keeps only the app's languages", () => {
    expect(customerLanguage("ar-SA")).toBe("ar");
    expect(customerLanguage("de")).toBeNull();
    expect(customerLanguage(null)).toBeNull();
  });
});
