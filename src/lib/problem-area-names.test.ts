import { describe, expect, it } from "vitest";
import { areaLabel } from "@/lib/area-label";
import { displayAreaNames, flatAreaNames, primaryAreaName, ProblemAreaNamesSchema, storedAreaNames } from "@/lib/problem-area-names";

const t = (key: string) => `catalog:${key}`;

describe("problem area names", () => {
  it("drops empty languages, trims, and refuses unknown languages and long names", () => {
    expect(ProblemAreaNamesSchema.parse({ en: " Returns ", el: "", ar: "   " })).toEqual({ en: "Returns" });
    expect(ProblemAreaNamesSchema.safeParse({ de: "Rücksendungen" }).success).toBe(false);
    expect(ProblemAreaNamesSchema.safeParse({ en: "x".repeat(81) }).success).toBe(false);
    expect(ProblemAreaNamesSchema.parse({ pl: "Zwroty\u0000" })).toEqual({ pl: "Zwroty" });
  });

  it("reads stored names leniently", () => {
    expect(storedAreaNames({ en: "Returns", de: "x", el: 3, ar: "" })).toEqual({ en: "Returns" });
    expect(storedAreaNames(null)).toEqual({});
    expect(storedAreaNames(["en"])).toEqual({});
  });

  it("fills languages without a name from the default language", () => {
    expect(displayAreaNames({ el: "Επιστροφές", pl: "Zwroty" }, "el")).toEqual({ en: "Επιστροφές", el: "Επιστροφές", ar: "Επιστροφές", et: "Επιστροφές", pl: "Zwroty" });
    expect(displayAreaNames({ el: "Επιστροφές" }, "en")).toEqual({ el: "Επιστροφές" });
  });

  it("labels: own language, then the default's, then the catalog of a built-in key, then the stored name", () => {
    const names = displayAreaNames({ en: "Returns and repairs", el: "Επιστροφές" }, "en");
    expect(areaLabel(t, { key: "returns", name: "x", names }, "el")).toBe("Επιστροφές");
    expect(areaLabel(t, { key: "returns", name: "x", names }, "et")).toBe("Returns and repairs");
    expect(areaLabel(t, { key: "returns", name: "Returns", names: displayAreaNames({ el: "Επιστροφές" }, "en") }, "et")).toBe("catalog:area.returns");
    expect(areaLabel(t, { key: "warranty", name: "Warranty", names: {} }, "ar")).toBe("Warranty");
    expect(areaLabel(t, null, "en")).toBe("catalog:area.none");
  });

  it("keeps the default language's name as the primary one, else the first given", () => {
    expect(primaryAreaName({ en: "Returns", el: "Επιστροφές" }, "el")).toBe("Επιστροφές");
    expect(primaryAreaName({ pl: "Zwroty", et: "Tagastused" }, "en")).toBe("Tagastused");
    expect(flatAreaNames({ el: "Επιστροφές" })).toEqual({ "names.en": null, "names.el": "Επιστροφές", "names.ar": null, "names.et": null, "names.pl": null });
  });
});
