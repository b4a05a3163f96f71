// The key of reply tokens (src/server/mail/reply-token.ts): derived from AUTH_SECRET, so an
// operator keeps one secret, and a leaked reply token says nothing about the session key.
import { derivedSecret } from "@/server/derived-secret";

export function replyTokenSecret(): string {
  return derivedSecret("shopdesk reply tokens v1");
}
