// Requests as a web process started with scripts/peer-address-hook.mjs sees them: the hook stamps
// each request with its TCP peer's address (x-shopdesk-peer) and marks the process as hooked.
import { PEER_HEADER } from "@/server/http/client-address";

/** Headers of a request whose TCP peer is `ip` (and, optionally, a client-sent X-Forwarded-For). */
export function fromPeer(ip: string, forwardedFor?: string): Record<string, string> {
  (globalThis as Record<symbol, unknown>)[Symbol.for("shopdesk.peerAddressHook")] = PEER_HEADER;
  return { [PEER_HEADER]: ip, ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }) };
}
