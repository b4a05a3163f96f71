import { describe, expect, it } from "vitest";
import { blockedBy, BlockedSenderSchema, suspensionReason } from "./suspension";

describe("block list", () => {
  it("matches an address exactly and a domain with its subdomains, in any case", () => {
    const list = ["spam@example.com", "junk.example"];
    expect(blockedBy(list, "Spam@Example.com")).toBe("spam@example.com");
    expect(blockedBy(list, "other@example.com")).toBeNull();
    expect(blockedBy(list, "a@junk.example")).toBe("junk.example");
    expect(blockedBy(list, "a@mail.junk.example")).toBe("junk.example");
    expect(blockedBy(list, "a@notjunk.example")).toBeNull();
  });

  it("takes addresses and domains, nothing else", () => {
    expect(BlockedSenderSchema.parse(" Spam@Example.COM ")).toBe("spam@example.com");
    expect(BlockedSenderSchema.parse("example.com")).toBe("example.com");
    expect(BlockedSenderSchema.safeParse("example").success).toBe(false);
    expect(BlockedSenderSchema.safeParse("a b@example.com").success).toBe(false);
  });
});

describe("suspensionReason", () => {
  const pass = { dmarc: { result: "pass", domain: "shop.example", policy: "reject" } };
  it("suspends blocked senders and DMARC failures under a reject policy only", () => {
    expect(suspensionReason({ blockedSenders: ["junk.example"], sender: "a@junk.example", authResults: pass })).toMatch(/block list/);
    expect(suspensionReason({ blockedSenders: [], sender: "eve@strict.example", authResults: { dmarc: { result: "fail", domain: "strict.example", policy: "reject" } } })).toMatch(/DMARC for strict\.example/);
    expect(suspensionReason({ blockedSenders: [], sender: "eve@lax.example", authResults: { dmarc: { result: "fail", domain: "lax.example", policy: "none" } } })).toBeNull();
    // Mail that came by IMAP or HTTP has no verdict of ours.
    expect(suspensionReason({ blockedSenders: [], sender: "ana@shop.example", authResults: null })).toBeNull();
  });
});
