import { describe, expect, it } from "vitest";
import { isolate } from "./bidi";

const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Whether an isolate opened at the start of `s` is still open at its end: the depth of
 * FSI/LRI/RLI ... PDI nesting never drops below one before the last character (UAX #9, rule BD9).
 */
function staysIsolated(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === FSI || c === "\u2066" || c === "\u2067") depth++;
    else if (c === PDI && depth > 0) depth--;
    if (depth === 0 && i < s.length - 1) return false;
  }
  return depth === 0;
}

describe("isolate", () => {
  it("wraps user text in First Strong Isolate ... Pop Directional Isolate", () => {
    expect(isolate("Sam Carter")).toBe(`${FSI}Sam Carter${PDI}`);
    expect(isolate("\u202Etrap order")).toBe(`${FSI}\u202Etrap order${PDI}`);
  });

  it("keeps the isolate open to its own end when the text carries its own U+2069", () => {
    // A name such as "\u2069\u202Eevil" would otherwise close the isolate early and let the
    // override reverse the translated sentence after it.
    for (const text of [`${PDI}\u202Eevil`, `a${PDI}${PDI}b`, `\u2067x${PDI}${PDI}\u202Ey`]) {
      const shown = isolate(text);
      expect(staysIsolated(shown), JSON.stringify(shown)).toBe(true);
      expect(shown.replace(/[\u2066-\u2069]/g, "")).toBe(text.replace(/[\u2066-\u2069]/g, ""));
    }
  });

  it("closes isolates the text leaves open, so they end with it", () => {
    const shown = isolate("\u2067open");
    expect(staysIsolated(shown)).toBe(true);
  });
});
