import { describe, expect, it } from "vitest";
import {
  buildMailOptions,
  ccRecipients,
  htmlBody,
  isPermanentSmtpFailure,
  MAX_ATTEMPTS,
  nextAttemptAt,
  replySubject,
  smtpFailureText,
  threadHeaders,
  type OutgoingMailInput,
} from "./outgoing-mail";

const base: OutgoingMailInput = {
  from: { name: "Agnes Agent", address: "support@shop.example" },
  to: { name: "Ana", address: "ana@example.com" },
  cc: [],
  subject: "Re: Parcel [#12]",
  messageId: "t-abc.def@shop.example",
  inReplyTo: "c1@mail.example",
  references: ["c0@mail.example", "c1@mail.example"],
  replyTo: "support+t-abc@shop.example",
  text: "Hello",
  automatic: false,
  attachments: [],
};

describe("buildMailOptions", () => {
  it("brackets the Message-ID and the thread's ids, and sets no Auto-Submitted on a person's reply", () => {
    const m = buildMailOptions(base);
    expect(m).toMatchObject({
      messageId: "<t-abc.def@shop.example>",
      inReplyTo: "<c1@mail.example>",
      references: ["<c0@mail.example>", "<c1@mail.example>"],
      replyTo: "support+t-abc@shop.example",
      from: { name: "Agnes Agent", address: "support@shop.example" },
      to: { name: "Ana", address: "ana@example.com" },
    });
    expect(m.headers).toEqual({});
    expect(m).not.toHaveProperty("cc");
  });

  it("marks an automatic mail with Auto-Submitted: auto-replied and X-Auto-Response-Suppress", () => {
    expect(buildMailOptions({ ...base, automatic: true }).headers).toEqual({ "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All" });
  });

  it("keeps header values on one line (a name or subject with line breaks cannot add headers)", () => {
    const m = buildMailOptions({ ...base, subject: "Hi\r\nBcc: evil@example.com", from: { name: "A\nB", address: "s@x.example" } });
    expect(m.subject).toBe("Hi Bcc: evil@example.com");
    expect(m.from).toEqual({ name: "A B", address: "s@x.example" });
  });
});

describe("threadHeaders", () => {
  it("answers the parent and carries its chain, oldest first, without repeats", () => {
    expect(threadHeaders({ messageId: "c2@x", references: ["c0@x", "c1@x", "c0@x"] })).toEqual({ inReplyTo: "c2@x", references: ["c0@x", "c1@x", "c2@x"] });
    expect(threadHeaders(null)).toEqual({ inReplyTo: null, references: [] });
  });

  it("bounds a long chain, keeping the thread's first message and the newest ones", () => {
    const refs = Array.from({ length: 30 }, (_, i) => `m${i}@x`);
    const h = threadHeaders({ messageId: "last@x", references: refs }, 5);
    expect(h.references).toEqual(["m0@x", "m27@x", "m28@x", "m29@x", "last@x"]);
  });
});

describe("replySubject", () => {
  it("adds [#n] once and Re: only when the thread began as a customer's mail", () => {
    expect(replySubject("Where is my parcel?", 12, true)).toBe("Re: Where is my parcel? [#12]");
    expect(replySubject("Re: AW: Where is my parcel? [#12]", 12, true)).toBe("Re: Where is my parcel? [#12]");
    expect(replySubject("Called about a refund", 7, false)).toBe("Called about a refund [#7]");
  });
});

describe("ccRecipients", () => {
  it("drops our own addresses (+tagged too), the customer and repeats, lower-cased", () => {
    const cc = ["Bob@Example.com", "support@shop.example", "bob@example.com", "ana@example.com", " ", "Support+t-abc@shop.example", "carol+news@example.com"];
    expect(ccRecipients(cc, ["Support@Shop.example", "ana@example.com"])).toEqual(["bob@example.com", "carol+news@example.com"]);
  });
});

describe("htmlBody", () => {
  it("escapes the text and keeps its line breaks", () => {
    const html = htmlBody('a <b>&</b> "c"\nnext');
    expect(html).toContain("a &lt;b&gt;&amp;&lt;/b&gt; &quot;c&quot;<br>\nnext");
    expect(html).not.toContain("<b>");
  });
});

describe("SMTP failures", () => {
  it("gives up at once on a 5xx refusal, but retries 4xx answers, failed logins and network errors", () => {
    expect(isPermanentSmtpFailure({ responseCode: 550, code: "EENVELOPE" })).toBe(true);
    expect(isPermanentSmtpFailure({ responseCode: 554, code: "EMESSAGE" })).toBe(true);
    expect(isPermanentSmtpFailure({ responseCode: 451, code: "EMESSAGE" })).toBe(false);
    expect(isPermanentSmtpFailure({ responseCode: 535, code: "EAUTH" })).toBe(false);
    expect(isPermanentSmtpFailure({ code: "ECONNREFUSED" })).toBe(false);
    expect(isPermanentSmtpFailure(new Error("socket hang up"))).toBe(false);
  });

  it("reports the server's words on one line", () => {
    expect(smtpFailureText({ message: "Message failed: 550 5.1.1\r\n no such user" })).toBe("Message failed: 550 5.1.1 no such user");
    expect(smtpFailureText({ message: "Can't send mail", response: "451 4.7.1 greylisted" })).toBe("Can't send mail: 451 4.7.1 greylisted");
    expect(smtpFailureText(undefined)).toBe("Sending failed");
  });

  it("waits 1, 5, 15, 60, 180 and 360 minutes between attempts, then gives up", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    const waits = Array.from({ length: MAX_ATTEMPTS }, (_, i) => nextAttemptAt(i + 1, now)).map((d) => (d ? (d.getTime() - now.getTime()) / 60_000 : null));
    expect(waits).toEqual([1, 5, 15, 60, 180, 360, null]);
  });
});
