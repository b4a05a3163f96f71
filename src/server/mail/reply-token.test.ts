import { describe, expect, it } from "vitest";
import { parseMail } from "./parse-mail";
import { REPLY_TOKEN_LENGTH, findReplyTokens, ourMessageId, replyAddress, replyToken, verifyReplyToken } from "./reply-token";

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
});
