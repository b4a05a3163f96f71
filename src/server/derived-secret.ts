// Keys for the server's own signatures (reply tokens, contact-form tokens), each derived from
// AUTH_SECRET for one purpose: an operator keeps one secret, and what one purpose signs can never
// be passed off as another's.
import { createHmac } from "node:crypto";
import { env } from "@/env";

export function derivedSecret(purpose: string): string {
  const authSecret = env().AUTH_SECRET ?? (env().NODE_ENV === "test" ? "shopdesk-tests-only-auth-secret-0123456789" : undefined);
  if (!authSecret) throw new Error(`AUTH_SECRET is not set: ${purpose} cannot be made or checked`);
  return createHmac("sha256", authSecret).update(purpose).digest("base64url");
}
