// A shop's accent colour on its public pages: links in that colour on white (and on the pages'
// near-white background), and buttons in that colour with white text. Both need WCAG AA for
// normal text, a contrast ratio of at least 4.5:1.
//
// A colour below that is refused, not darkened behind the admin's back: the saved colour is then
// exactly the one shown in the settings and on the pages (a shop matching its own site would be
// puzzled by a silently different shade), and the error offers the nearest darker shade that
// passes, so fixing it is one click of copy and paste.

/** `#rrggbb`, the only form stored (lower case). */
export const HEX_COLOR_PATTERN = /^#[0-9a-f]{6}$/;

/** WCAG AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

/**
 * The backgrounds the accent is read against: white (headers, footer, cards; the text on a button)
 * and the pages' gray-50 (#f9fafb, Tailwind's) behind the main column.
 */
const BACKGROUNDS = ["#ffffff", "#f9fafb"] as const;

/** `#RGB`, `rgb`, `#RRGGBB` in any case, with spaces around: `#rrggbb`, or null when it is none of these. */
export function normalizeHexColor(input: string): string | null {
  const s = input.trim().toLowerCase().replace(/^#?/, "#");
  if (/^#[0-9a-f]{3}$/.test(s)) return `#${[...s.slice(1)].map((c) => c + c).join("")}`;
  return HEX_COLOR_PATTERN.test(s) ? s : null;
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance of `#rrggbb`. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The lowest contrast of the accent against the backgrounds it is read on. */
export function accentContrast(hex: string): number {
  return Math.min(...BACKGROUNDS.map((bg) => contrastRatio(hex, bg)));
}

export function isReadableAccent(hex: string): boolean {
  return accentContrast(hex) >= MIN_CONTRAST;
}

/**
 * The lightest shade of `hex` (the same hue, each channel scaled down together) that passes AA on
 * every background: what the settings suggest instead of a colour too light. `hex` itself when it
 * passes already.
 */
export function nearestReadableAccent(hex: string): string {
  if (isReadableAccent(hex)) return hex;
  const [r, g, b] = channels(hex);
  // Contrast grows as the factor falls (black passes everywhere), so the search is monotone.
  let lo = 0;
  let hi = 1;
  const at = (f: number) => `#${[r, g, b].map((c) => Math.floor(c * f).toString(16).padStart(2, "0")).join("")}`;
  for (let i = 0; i < 20; i++) {
    const mid = (lo + hi) / 2;
    if (isReadableAccent(at(mid))) lo = mid;
    else hi = mid;
  }
  return at(lo);
}

/**
 * The CSS custom properties that put a shop's accent on its public pages: `--brand-accent` itself,
 * and the app's brand shades (globals.css) within the frame, so every link, button and focus ring
 * there takes it: the readable accent as brand-600, darker mixes for hover and pressed states,
 * lighter ones for tinted backgrounds. Darker than the accent stays readable on white.
 */
export function accentStyle(hex: string | null): Record<string, string> {
  if (!hex || !HEX_COLOR_PATTERN.test(hex)) return {};
  const mix = (pct: number, other: "black" | "white") => `color-mix(in oklab, ${hex} ${pct}%, ${other})`;
  return {
    "--brand-accent": hex,
    "--color-brand-50": mix(8, "white"),
    "--color-brand-100": mix(15, "white"),
    "--color-brand-200": mix(30, "white"),
    "--color-brand-300": mix(50, "white"),
    "--color-brand-400": mix(75, "white"),
    "--color-brand-500": mix(90, "white"),
    "--color-brand-600": hex,
    "--color-brand-700": mix(85, "black"),
    "--color-brand-800": mix(70, "black"),
    "--color-brand-900": mix(55, "black"),
    "--color-brand": hex,
    "--color-focus": hex,
  };
}
