// Where to go after signing in. Only a path on this site is accepted, so a crafted link
// (?callbackUrl=https://evil.example or //evil.example) cannot send the user elsewhere.
const BASE = "http://shopdesk.invalid";

export function safeCallbackUrl(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 2000) return undefined;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  // Control characters and backslashes are never in our URLs; browsers treat "\" like "/".
  for (const char of value) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || char === "\\") return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return undefined;
  }
  if (url.origin !== BASE) return undefined;
  // Back to the sign-in page or into next-auth's endpoints would loop.
  if (url.pathname === "/login" || url.pathname.startsWith("/api/auth")) return undefined;
  return url.pathname + url.search + url.hash;
}
