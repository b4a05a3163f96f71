import { describe, expect, it } from "vitest";
import { detectLocale } from "./detect-language";

describe("detectLocale", () => {
  it("names the language of a customer's mail among the five", () => {
    expect(detectLocale("Καλησπέρα, θα ήθελα να αλλάξω το μέγεθος των παπουτσιών σε 42.")).toBe("el");
    expect(detectLocale("مرحبا، أريد إرجاع الحذاء لأنه صغير جدا. شكرا لكم.")).toBe("ar");
    expect(detectLocale("Tere, ma soovin tagastada kingad, sest need on liiga väikesed.")).toBe("et");
    expect(detectLocale("Dzień dobry, chcę zwrócić buty, bo są za małe. Pozdrawiam.")).toBe("pl");
    expect(detectLocale("Hello, I would like to return the shoes because they are too small.")).toBe("en");
  });

  it("does not guess from a few words", () => {
    expect(detectLocale("Hi")).toBeNull();
    expect(detectLocale("Order 1042?")).toBeNull();
  });
});
