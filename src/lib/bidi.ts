// User-written text (a name, a subject) inside a translated sentence, an attribute or an
// <option>, where no <bdi> can go: First Strong Isolate ... Pop Directional Isolate give it its own
// direction and keep an override in it (U+202E) from reversing the sentence around it.
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
