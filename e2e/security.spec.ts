// The security headers every page carries, as a browser receives them from the production build.
import { expect, test } from "@playwright/test";
import { en } from "./catalog";

test("pages carry a nonce-based CSP and the hardening headers", async ({ page }) => {
  const first = await page.goto("/login");
  const headers = first!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();

  // A fresh nonce per response, and Next's own scripts carry it (the page works under the CSP).
  const again = await page.goto("/login");
  const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
  expect(nonce(again!.headers()["content-security-policy"] ?? "")).not.toBe(nonce(csp));
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.reload();
  await expect(page.getByRole("button", { name: en("auth.login.submit"), exact: true })).toBeVisible();
  expect(violations).toEqual([]);
});
