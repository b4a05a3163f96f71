import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/config";
import { digestMail, DIGEST_LINES, notificationMail, type DigestNotice } from "./notification-mail";

const workspace = { name: "Acme Shop", timeZone: "Europe/Athens" };
const url = "https://desk.example.com/acme/inbox?sort=due";

const notice = (number: number, kind: DigestNotice["kind"] = "sla_breach"): DigestNotice => ({
  kind,
  number,
  subject: `Order\n${number}   is late`,
  data: { metric: "first_response", dueAt: "2026-12-07T08:30:00.000Z", ...(kind === "sla_warning" ? { leadMinutes: 15 } : {}) },
});

describe("digestMail", () => {
  it("lists the first tickets, counts the rest and links the inbox, in every language", () => {
    for (const locale of locales) {
      const mail = digestMail(Array.from({ length: DIGEST_LINES }, (_, i) => notice(i + 1)), 250, { locale, url, workspace });
      expect(mail.subject).not.toContain("\n");
      expect(mail.subject).toContain("250");
      expect(mail.text).toContain(url);
      expect(mail.text).toContain("#20 ");
      expect(mail.text).toContain("230");
      // The subject of a ticket stays on its line; nothing of the message syntax is left.
      expect(mail.text).toContain("Order 7 is late");
      expect(mail.text).not.toMatch(/[{}]/);
    }
  });

  it("puts the deadline in the workspace's time zone and words a warning apart from a breach", () => {
    const mail = digestMail([notice(1), notice(2, "sla_warning")], 2, { locale: "en", url, workspace });
    expect(mail.subject).toBe("SLA: 2 tickets need attention in Acme Shop");
    const lines = mail.text.split("\n").filter((l) => l.startsWith("#"));
    expect(lines).toEqual(["#1 “Order 1 is late”: first response overdue, was due Dec 7, 2026, 10:30 AM", "#2 “Order 2 is late”: first response due Dec 7, 2026, 10:30 AM"]);
    expect(mail.text).toContain("(times in Europe/Athens)");
    expect(mail.text).not.toContain("more ticket");
  });

  it("uses each language's plural forms", () => {
    const subject = (locale: (typeof locales)[number], n: number) => digestMail([notice(1), notice(2)], n, { locale, url, workspace }).subject;
    expect(subject("pl", 2)).toContain("2 zgłoszenia wymagają");
    expect(subject("pl", 5)).toContain("5 zgłoszeń wymaga");
    expect(subject("ar", 2)).toContain("تذكرتان");
    expect(subject("ar", 3)).toContain("3 تذاكر");
    expect(subject("el", 2)).toContain("2 αιτήματα");
    expect(subject("et", 2)).toContain("2 piletit");
  });
});

describe("notificationMail", () => {
  it("tells one ticket's warning with its lead time", () => {
    const n = notice(42, "sla_warning");
    const mail = notificationMail(n.kind, n.data, { locale: "en", now: new Date("2026-12-07T08:15:00Z"), url: "https://desk.example.com/acme/tickets/42", number: 42, subject: n.subject, workspace });
    expect(mail.subject).toBe("SLA warning: ticket #42 first response due in 15 min");
    expect(mail.text).toContain("“Order 42 is late”");
    expect(mail.text).toContain("https://desk.example.com/acme/tickets/42");
  });
});
