// The key of reply tokens (src/server/mail/reply-token.ts): derived from AUTH_SECRET, so an
// operator keeps one secret, and a leaked reply token says nothing about the session key.
import { createHmac } from "node:crypto";
import { env } from "@/env";

export function replyTokenSecret(): string {
  const authSecret = env().AUTH_SECRET ?? (env().NODE_ENV === "test" ? "shopdesk-tests-only-auth-secret-0123456789" : undefined);
  if (!authSecret) throw new Error("AUTH_SECRET is not set: reply tokens cannot be made or checked");
  return createHmac("sha256", authSecret).update("shopdesk reply tokens v1").digest("base64url");
}
