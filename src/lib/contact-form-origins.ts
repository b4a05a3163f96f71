// The sites that may embed a shop's contact form, as CSP's frame-ancestors names them: https (http
// only for localhost), a host, optionally `*.` for its subdomains, optionally a port; no path.
// Nothing else can reach the header (src/proxy.ts). Pure: the settings form checks entries too.
import { z } from "zod";
import { text } from "@/lib/validation";

const ORIGIN = /^(https:\/\/(\*\.)?([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}|http:\/\/(localhost|127\.0\.0\.1))(:\d{1,5})?$/;

export function isContactFormOrigin(value: string): boolean {
  return ORIGIN.test(value);
}

export const ContactFormOriginSchema = text()
  .trim()
  .toLowerCase()
  .transform((v) => v.replace(/\/+$/, ""))
  .refine(isContactFormOrigin, { message: "is not a site address such as https://shop.example.com", params: { code: "invalidOrigin" } });
export const ContactFormOriginsSchema = z.array(ContactFormOriginSchema).max(20);
