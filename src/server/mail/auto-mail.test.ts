import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyAutomatic } from "./auto-mail";
import { parseMail } from "./parse-mail";

const parseFixture = (name: string) => parseMail(readFileSync(join(process.cwd(), "tests/fixtures/mail", `${name}.eml`)));
const parseRaw = (headers: string, body = "Hello") => parseMail(Buffer.from(`${headers}\r\n\r\n${body}\r\n`));

describe("classifyAutomatic", () => {
  it("flags a Gmail vacation reply as automatic, not a bounce", async () => {
    const verdict = classifyAutomatic(await parseFixture("gmail-vacation"));
    expect(verdict).toMatchObject({ automatic: true, bounce: false, reason: "auto-submitted", bouncedMessageId: null });
  });

  it("flags an Exchange out-of-office (X-Auto-Response-Suppress) as automatic", async () => {
    const verdict = classifyAutomatic(await parseFixture("exchange-ooo"));
    expect(verdict).toMatchObject({ automatic: true, bounce: false, reason: "x-auto-response-suppress" });
  });

  it("flags a Postfix DSN as a bounce of our message, with the remote diagnostic", async () => {
    const verdict = classifyAutomatic(await parseFixture("postfix-dsn"));
    expect(verdict).toEqual({
      automatic: true,
      bounce: true,
      reason: "delivery-status",
      bouncedMessageId: "t-cccccccccccccccc.r4nd0m@shop.example",
      bounceDiagnostic: "smtp; 550 5.1.1 User unknown",
    });
  });

  it("flags a list mail as automatic", async () => {
    expect(classifyAutomatic(await parseFixture("list-mail"))).toMatchObject({ automatic: true, bounce: false, reason: "list-id" });
  });

  it("does not flag a customer's mail, even one saying Auto-Submitted: no and Precedence: normal", async () => {
    for (const name of ["customer-mail", "outlook-reply", "apple-mail-reply", "alternative-attachments"]) {
      expect(classifyAutomatic(await parseFixture(name)), name).toEqual({
        automatic: false, bounce: false, reason: null, bouncedMessageId: null, bounceDiagnostic: null,
      });
    }
  });

  it.each([
    ["Auto-Submitted: auto-generated", "auto-submitted"],
    ["Precedence: junk", "precedence"],
    ["Precedence: list", "precedence"],
    ["X-Autorespond: vacation", "x-autoreply"],
    ["X-Auto-Response-Suppress: DR, AutoReply", "x-auto-response-suppress"],
    ["List-Unsubscribe: <https://x.example/u>", "list-unsubscribe"],
  ])("header %s -> %s", async (header, reason) => {
    const mail = await parseRaw(`From: person@example.com\r\n${header}`);
    expect(classifyAutomatic(mail)).toMatchObject({ automatic: true, bounce: false, reason });
  });

  it("ignores X-Auto-Response-Suppress values that do not suppress auto replies", async () => {
    const mail = await parseRaw("From: person@example.com\r\nX-Auto-Response-Suppress: DR, RN, NRN");
    expect(classifyAutomatic(mail).automatic).toBe(false);
  });

  it.each([
    ["no-reply@shop.example", "no-reply-sender"],
    ["NoReply@shop.example", "no-reply-sender"],
    ["do-not-reply@shop.example", "no-reply-sender"],
    ["donotreply+orders@shop.example", "no-reply-sender"],
    ["postmaster@example.com", "postmaster-sender"],
  ])("sender %s -> %s", async (from, reason) => {
    expect(classifyAutomatic(await parseRaw(`From: ${from}`))).toMatchObject({ automatic: true, bounce: false, reason });
  });

  it("does not take a person whose name merely contains 'reply' for a robot", async () => {
    expect(classifyAutomatic(await parseRaw("From: replyguy@example.com")).automatic).toBe(false);
    expect(classifyAutomatic(await parseRaw("From: noreplyme.anna@example.com")).automatic).toBe(false);
  });

  it("treats a mailer-daemon mail without a DSN as a bounce and finds the quoted Message-ID", async () => {
    const body = "Hi. This is the qmail-send program.\r\n\r\n--- Below this line is a copy of the message.\r\n\r\nMessage-ID: <t-dddddddddddddddd.x@shop.example>\r\nSubject: Re: [#9]";
    const verdict = classifyAutomatic(await parseRaw("From: MAILER-DAEMON@mail.example.com\r\nSubject: failure notice", body));
    expect(verdict).toMatchObject({ automatic: true, bounce: true, reason: "mailer-daemon-sender", bouncedMessageId: "t-dddddddddddddddd.x@shop.example" });
  });
});
