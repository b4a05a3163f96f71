// User-written text (a name, a subject) inside a translated sentence, an attribute or an
// <option>, where no <bdi> can go: First Strong Isolate ... Pop Directional Isolate give it its own
// direction and keep an override in it (U+202E) from reversing the sentence around it. Our closing
// PDI also ends any embedding or override the text opened (UAX #9), so the text's own isolate
// marks are balanced first: a stray U+2069 in it would close ours early and let an override after
// it escape, and an isolate it leaves open would swallow ours.
const OPENERS = new Set(["\u2066", "\u2067", "\u2068"]);
const PDI = "\u2069";

export function isolate(text: string): string {
  let depth = 0;
  let balanced = "";
  for (const c of text) {
    if (OPENERS.has(c)) depth++;
    else if (c === PDI) {
      if (depth === 0) continue;
      depth--;
    }
    balanced += c;
  }
  return `\u2068${balanced}${PDI.repeat(depth)}${PDI}`;
}
