import { describe, expect, it } from "vitest";
import { parseMail } from "./parse-mail";
import {
  MAX_LOCAL_PART_OCTETS,
  REPLY_TOKEN_LENGTH,
  SHORT_REPLY_TOKEN_LENGTH,
  findReplyTokens,
  findShortReplyTokens,
  ourMessageId,
  replyAddress,
  replyToken,
  shortReplyToken,
  verifyReplyToken,
  verifyShortReplyToken,
} from "./reply-token";

const SECRET = "a-server-secret-of-at-least-32-characters";
const WS = "0193a3f0-0000-7000-8000-000000000001";
const OTHER_WS = "0193a3f0-0000-7000-8000-000000000002";
const TICKET = "0193a3f0-1111-7abc-9def-0123456789ab";

describe("reply tokens", () => {
  it("round-trips: a token verifies to its ticket in its workspace", () => {
    const token = replyToken(SECRET, WS, TICKET);
    expect(token).toMatch(/^[a-z2-7]+$/);
    expect(token).toHaveLength(REPLY_TOKEN_LENGTH);
    expect(verifyReplyToken(SECRET, WS, token)).toBe(TICKET);
  });

  it("reads a token in any letter case", () => {
    expect(verifyReplyToken(SECRET, WS, replyToken(SECRET, WS, TICKET).toUpperCase())).toBe(TICKET);
  });

  it("rejects a token checked against another workspace or made with another secret", () => {
    const token = replyToken(SECRET, WS, TICKET);
    expect(verifyReplyToken(SECRET, OTHER_WS, token)).toBeNull();
    expect(verifyReplyToken(`${SECRET}x`, WS, token)).toBeNull();
  });

  it("rejects a forged token: another ticket id with a MAC copied from a real token", () => {
    const real = replyToken(SECRET, WS, TICKET);
    const otherTicket = "0193a3f0-2222-7abc-9def-0123456789ab";
    const forged = replyToken("attacker-guess", WS, otherTicket).slice(0, 26) + real.slice(26);
    expect(verifyReplyToken(SECRET, WS, forged)).toBeNull();
  });

  it("rejects garbled tokens: a changed character, wrong length, foreign characters", () => {
    const token = replyToken(SECRET, WS, TICKET);
    const flipped = token.slice(0, 30) + (token[30] === "a" ? "b" : "a") + token.slice(31);
    for (const bad of [flipped, token.slice(1), `${token}a`, token.replace(/.$/, "1"), "", "t-" + token.slice(2)]) {
      expect(verifyReplyToken(SECRET, WS, bad), bad).toBeNull();
    }
  });

  it("builds plus-addresses and Message-IDs that carry the token", () => {
    const token = replyToken(SECRET, WS, TICKET);
    expect(replyAddress("support@shop.example", token)).toBe(`support+t-${token}@shop.example`);
    expect(replyAddress("support+old@shop.example", token)).toBe(`support+t-${token}@shop.example`);
    const id = ourMessageId(token, "shop.example");
    expect(id).toMatch(new RegExp(`^<t-${token}\\.[a-z2-7]+@shop\\.example>$`));
    expect(ourMessageId(token, "shop.example")).not.toBe(id);
  });

  it("finds tokens in In-Reply-To, References and plus-addressed To/Cc, whatever the case", async () => {
    const a = replyToken(SECRET, WS, TICKET);
    const b = replyToken(SECRET, WS, "0193a3f0-3333-7abc-9def-0123456789ab");
    const c = replyToken(SECRET, WS, "0193a3f0-4444-7abc-9def-0123456789ab");
    const raw = [
      "From: customer@example.com",
      `To: "Support" <SUPPORT+T-${c.toUpperCase()}@SHOP.EXAMPLE>`,
      `Cc: other@example.com`,
      `In-Reply-To: ${ourMessageId(a, "shop.example")}`,
      `References: <unrelated@example.com> ${ourMessageId(b, "shop.example")} ${ourMessageId(a, "shop.example")}`,
      "",
      "Thanks",
    ].join("\r\n");
    const tokens = findReplyTokens(await parseMail(Buffer.from(raw)));
    expect(tokens).toEqual([a, b, c]);
    expect(tokens.map((t) => verifyReplyToken(SECRET, WS, t))).toEqual([
      TICKET, "0193a3f0-3333-7abc-9def-0123456789ab", "0193a3f0-4444-7abc-9def-0123456789ab",
    ]);
  });

  it("finds nothing in a mail without our tokens", async () => {
    const raw = "From: a@example.com\r\nTo: support+sales@shop.example\r\nReferences: <t-short.x@shop.example>\r\n\r\nHi";
    expect(findReplyTokens(await parseMail(Buffer.from(raw)))).toEqual([]);
  });

  describe("a Reply-To that stays within RFC 5321's 64-octet local part", () => {
    const token = replyToken(SECRET, WS, TICKET);
    const short = shortReplyToken(SECRET, WS, 1234);
    const localOf = (address: string) => address.slice(0, address.lastIndexOf("@"));
    const octets = (s: string) => Buffer.byteLength(s, "utf8");

    it("short tokens round-trip to their ticket number in their workspace only, in any letter case", () => {
      expect(short).toMatch(/^[a-z2-7]+$/);
      expect(short).toHaveLength(SHORT_REPLY_TOKEN_LENGTH);
      expect(verifyShortReplyToken(SECRET, WS, short)).toBe(1234);
      expect(verifyShortReplyToken(SECRET, WS, short.toUpperCase())).toBe(1234);
      expect(verifyShortReplyToken(SECRET, WS, shortReplyToken(SECRET, WS, 2_147_483_647))).toBe(2_147_483_647);
      expect(verifyShortReplyToken(SECRET, OTHER_WS, short)).toBeNull();
      expect(verifyShortReplyToken(`${SECRET}x`, WS, short)).toBeNull();
    });

    it("rejects forged and garbled short tokens, and full tokens in their place", () => {
      // Another number with the MAC of a real token.
      const forged = shortReplyToken(SECRET, WS, 1235).slice(0, 7) + short.slice(7);
      const flipped = short.slice(0, 10) + (short[10] === "a" ? "b" : "a") + short.slice(11);
      for (const bad of [forged, flipped, short.slice(1), `${short}a`, "", token]) {
        expect(verifyShortReplyToken(SECRET, WS, bad), bad).toBeNull();
      }
      expect(verifyReplyToken(SECRET, WS, short)).toBeNull();
    });

    it("keeps the full token for a short local part", () => {
      expect(replyAddress("customer-service@shop.example", token, short)).toBe(`customer-service+t-${token}@shop.example`);
    });

    it("uses the short token when the full one would pass 64 octets", () => {
      const address = replyAddress("customer.support.team@shop.example", token, short);
      expect(address).toBe(`customer.support.team+n-${short}@shop.example`);
      expect(octets(localOf(address))).toBeLessThanOrEqual(MAX_LOCAL_PART_OCTETS);
    });

    it("drops the plus part when even the short token would not fit", () => {
      expect(replyAddress("customer-service-department-europe-and-asia@shop.example", token, short)).toBe("customer-service-department-europe-and-asia@shop.example");
      // Counted in octets: these 21 characters (20 Cyrillic letters and a digit) are 41 octets in UTF-8,
      // too long for the short token, which 21 ASCII characters would have room for.
      expect(replyAddress("обслуживаниеклиентов1@магазин.example", token, short)).toBe("обслуживаниеклиентов1@магазин.example");
    });

    it("never makes a local part longer than 64 octets, whatever the mailbox's length", () => {
      for (let n = 1; n <= MAX_LOCAL_PART_OCTETS; n++) {
        const mailbox = `${"s".repeat(n)}@shop.example`;
        const address = replyAddress(mailbox, token, short);
        expect(octets(localOf(address)), mailbox).toBeLessThanOrEqual(MAX_LOCAL_PART_OCTETS);
        expect(address.endsWith("@shop.example")).toBe(true);
        // Every mailbox that has room for one carries a token.
        if (n + 3 + SHORT_REPLY_TOKEN_LENGTH <= MAX_LOCAL_PART_OCTETS) expect(address, mailbox).toMatch(/\+[tn]-[a-z2-7]+@/);
      }
      // The first mailbox (by length) without room for the full token gets the short one.
      const longest = MAX_LOCAL_PART_OCTETS - 3 - REPLY_TOKEN_LENGTH;
      expect(replyAddress(`${"s".repeat(longest)}@x.example`, token, short)).toContain("+t-");
      expect(replyAddress(`${"s".repeat(longest + 1)}@x.example`, token, short)).toContain("+n-");
    });

    it("finds short tokens in the To and Cc plus-addresses, but not in Message-IDs", async () => {
      const raw = [
        "From: customer@example.com",
        `To: "Support" <CUSTOMER.SUPPORT.TEAM+N-${short.toUpperCase()}@SHOP.EXAMPLE>`,
        `References: <n-${short}.abc@shop.example>`,
        "",
        "Thanks",
      ].join("\r\n");
      const mail = await parseMail(Buffer.from(raw));
      expect(findShortReplyTokens(mail)).toEqual([short]);
      expect(findReplyTokens(mail)).toEqual([]);
    });
  });
});
