// A shop's branding of its public pages (help center, contact form, later the portal): the accent
// colour, the footer links and the logo's file. Pure: the settings form checks entries with the
// same rules as the server.
import { z } from "zod";
import { text } from "@/lib/validation";
import { isReadableAccent, normalizeHexColor } from "@/lib/brand-color";

/** `#rrggbb` (also `#rgb`, any case), readable on white (brand-color.ts); null or "" for the app's own colour. */
export const BrandAccentColorSchema = text()
  .trim()
  .max(20)
  .transform((v, c) => {
    if (v === "") return null;
    const hex = normalizeHexColor(v);
    if (!hex) {
      c.addIssue({ code: "custom", message: "is not a colour such as #1d4ed8", params: { code: "invalidColor" } });
      return z.NEVER;
    }
    if (!isReadableAccent(hex)) {
      c.addIssue({ code: "custom", message: "is too light: text in it on white is below the WCAG AA contrast of 4.5:1", params: { code: "lowContrast" } });
      return z.NEVER;
    }
    return hex;
  })
  .nullable();

export const MAX_FOOTER_LINKS = 6;

/** A footer link's address: https, a host with a dot, no credentials. */
export function isFooterLinkUrl(value: string): boolean {
  if (!/^https:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const BrandFooterLinkSchema = z.object({
  /** Shown as written, in every language of the pages. */
  label: text().trim().min(1).max(60),
  url: text()
    .trim()
    .max(2000)
    .refine(isFooterLinkUrl, { message: "is not an https address such as https://shop.example.com/returns", params: { code: "invalidUrl" } }),
});
export type BrandFooterLink = z.output<typeof BrandFooterLinkSchema>;
export const BrandFooterLinksSchema = z.array(BrandFooterLinkSchema).max(MAX_FOOTER_LINKS);

/** What is stored in Workspace.brandFooterLinks, read back: entries that no longer parse are left out. */
export function storedFooterLinks(value: unknown): BrandFooterLink[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => {
    const parsed = BrandFooterLinkSchema.safeParse(v);
    return parsed.success ? [parsed.data] : [];
  });
}

export const MAX_LOGO_BYTES = 1024 * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

/**
 * The image type by the file's first bytes, whatever its name or declared type says: PNG, JPEG or
 * WebP; null for anything else. SVG is refused on purpose (it is a document that can carry script
 * and links), as is every other type a browser might render as a page.
 */
export function sniffLogoType(bytes: Uint8Array): LogoType | null {
  const at = (i: number, ...sig: number[]) => sig.every((b, j) => bytes[i + j] === b);
  if (bytes.length >= 8 && at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (bytes.length >= 3 && at(0, 0xff, 0xd8, 0xff)) return "image/jpeg";
  // RIFF <size> WEBP
  if (bytes.length >= 12 && at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "image/webp";
  return null;
}

/** What a shop's public pages show of its branding (src/server/workspaces/workspace-branding.ts reads it). */
export type WorkspaceBrand = {
  /** `#rrggbb`; null: the app's own colour. */
  accentColor: string | null;
  footerLinks: BrandFooterLink[];
  /** The logo's address with its version (cached for a year); null without a logo. */
  logoUrl: string | null;
};
