// The client's address for per-address limits. The TCP peer's address comes from the web
// process's hook (scripts/peer-address-hook.mjs), which overwrites any client-sent value.
// X-Forwarded-For is believed only as far as each hop is a proxy listed in TRUSTED_PROXIES:
// walking the header from the right, the first address that is not a trusted proxy is the client.
import { BlockList, isIP } from "node:net";
import { env, type TrustedProxy } from "@/env";
import { logger } from "@/server/logger";

export const PEER_HEADER = "x-shopdesk-peer";
const HOOK = Symbol.for("shopdesk.peerAddressHook");

type HeaderSource = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(",") : v;
}

/** `::ffff:192.0.2.1` (IPv4 on a dual-stack socket) is 192.0.2.1; anything not an IP is null. */
function normalise(raw: string | undefined): string | null {
  const a = raw?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return a && isIP(a) ? a : null;
}

export function trustedProxyList(proxies: TrustedProxy[]): BlockList {
  const list = new BlockList();
  for (const p of proxies) list.addSubnet(p.address, p.prefix, p.family);
  return list;
}

function isTrusted(list: BlockList, address: string): boolean {
  return list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

/** The client address from the TCP peer and X-Forwarded-For, trusting only the listed proxies. */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: BlockList): string | null {
  let client = normalise(peer);
  if (!client) return null;
  const hops = (forwardedFor ?? "").split(",").reverse();
  for (const hop of hops) {
    if (!isTrusted(trusted, client)) return client;
    const next = normalise(hop);
    // A malformed entry from a trusted proxy: the last address we can vouch for is the answer.
    if (!next) return client;
    client = next;
  }
  return client;
}

let cachedList: BlockList | undefined;
let warned = false;

/**
 * The client's address, or null when this process was started without the peer hook (then no
 * header can be told from a forgery, so per-address limits fall back to per-account ones).
 */
export function clientIp(headers: HeaderSource): string | null {
  if (!(globalThis as Record<symbol, unknown>)[HOOK]) {
    if (!warned) {
      warned = true;
      logger.warn("web process started without scripts/peer-address-hook.mjs: client addresses are unknown");
    }
    return null;
  }
  cachedList ??= trustedProxyList(env().TRUSTED_PROXIES);
  return resolveClientAddress(header(headers, PEER_HEADER), header(headers, "x-forwarded-for"), cachedList);
}
