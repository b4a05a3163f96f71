// Which address the per-address sign-in limit counts: the TCP peer's, unless that peer is a
// proxy listed in TRUSTED_PROXIES, and never one a client wrote into X-Forwarded-For itself.
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";
import { resolveClientAddress, trustedProxyList } from "./client-address";

const trusted = (value?: string) => trustedProxyList(parseEnv({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES);

describe("resolveClientAddress", () => {
  it("ignores a client-sent X-Forwarded-For when no proxy is trusted", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", trusted())).toBe("203.0.113.9");
    expect(resolveClientAddress("::ffff:203.0.113.9", "10.0.0.1, 198.51.100.1", trusted())).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For from a peer that is not a listed proxy", () => {
    expect(resolveClientAddress("203.0.113.9", "198.51.100.1", trusted("10.0.0.0/8"))).toBe("203.0.113.9");
  });

  it("takes the address a trusted proxy saw, not what the client prepended", () => {
    // The client forged "1.2.3.4"; the proxy appended the real peer it saw.
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.7", trusted("10.0.0.0/8"))).toBe("198.51.100.7");
  });

  it("walks back through a chain of trusted proxies", () => {
    const list = trusted("10.0.0.0/8, 192.0.2.10");
    expect(resolveClientAddress("10.0.0.5", "1.2.3.4, 198.51.100.7, 192.0.2.10", list)).toBe("198.51.100.7");
    expect(resolveClientAddress("::1", "198.51.100.7", trusted("::1"))).toBe("198.51.100.7");
  });

  it("stops at the last address it can vouch for when the proxy's entry is malformed or missing", () => {
    expect(resolveClientAddress("10.0.0.5", "not-an-ip", trusted("10.0.0.0/8"))).toBe("10.0.0.5");
    expect(resolveClientAddress("10.0.0.5", undefined, trusted("10.0.0.0/8"))).toBe("10.0.0.5");
    expect(resolveClientAddress(undefined, "198.51.100.7", trusted("10.0.0.0/8"))).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("accepts addresses and CIDR blocks, separated by commas or spaces", () => {
    expect(parseEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8 fd00::/8" }).TRUSTED_PROXIES).toEqual([
      { address: "127.0.0.1", prefix: 32, family: "ipv4" },
      { address: "10.0.0.0", prefix: 8, family: "ipv4" },
      { address: "fd00::", prefix: 8, family: "ipv6" },
    ]);
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
  });

  it("stops start-up on anything else, naming the variable", () => {
    for (const bad of ["proxy.local", "10.0.0.0/33", "::1/129", "10.0.0.1/8/2", "10.0.0.0/x"]) {
      expect(() => parseEnv({ TRUSTED_PROXIES: bad }), bad).toThrow(/TRUSTED_PROXIES/);
    }
  });
});
