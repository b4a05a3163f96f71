// Importing holidays from an iCalendar file into a business calendar (issue 17, the settings
// page): merged into the calendar's own (existing dates keep their names), sorted, counted; the
// year range and the file checked with field errors; admins only; another workspace's calendar
// is NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { getCalendar } from "@/server/sla/calendar.queries";
import { MAX_ICS_BYTES, type CalendarView } from "@/server/sla/calendar.schemas";
import { createCalendar } from "@/server/sla/create-calendar";
import { importHolidays } from "@/server/sla/import-holidays";
import { memberCtx, rejection } from "../helpers/context";

let admin: Ctx;
let agent: Ctx;
let otherAdmin: Ctx;
let calendar: CalendarView;

const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];

const ics = (...events: Array<[string, string, string?]>) =>
  new TextEncoder().encode(
    [
      "\uFEFFBEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//Shopdesk tests//EN",
      ...events.flatMap(([date, summary, rule]) => [
        "BEGIN:VEVENT",
        `UID:${date}-${summary}@test`,
        `DTSTART;VALUE=DATE:${date}`,
        ...(rule ? [rule] : []),
        `SUMMARY:${summary}`,
        "END:VEVENT",
      ]),
      "END:VCALENDAR",
      "",
    ].join("\r\n"),
  );

beforeAll(async () => {
  const ws = await makeWorkspace(db());
  const other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  calendar = await createCalendar(admin, {
    name: "Athens office",
    timeZone: "Europe/Athens",
    hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
    holidays: [
      { date: "2026-12-25", name: "Our Christmas" },
      { date: "2026-03-25", name: "Independence Day" },
    ],
  });
});

describe("importing holidays", () => {
  it("adds the new dates of the chosen years, keeps the existing ones and sorts the list", async () => {
    const file = ics(
      ["20261225", "Christmas Day"],
      ["20260413", "Orthodox Easter Monday"],
      ["20250101", "New Year 2025"],
      ["20260101", "New Year", "RRULE:FREQ=YEARLY"],
    );
    const result = await importHolidays(admin, { calendarId: calendar.id, file, from: 2026, to: 2027 });
    expect(result.found).toBe(4); // 2026-01-01, 2026-04-13, 2026-12-25, 2027-01-01
    expect(result.added).toBe(3);
    const expected = [
      { date: "2026-01-01", name: "New Year" },
      { date: "2026-03-25", name: "Independence Day" },
      { date: "2026-04-13", name: "Orthodox Easter Monday" },
      { date: "2026-12-25", name: "Our Christmas" },
      { date: "2027-01-01", name: "New Year" },
    ];
    expect(result.calendar.holidays).toEqual(expected);
    expect((await getCalendar(admin, { calendarId: calendar.id })).holidays).toEqual(expected);

    // The same file again adds nothing and changes nothing.
    const again = await importHolidays(admin, { calendarId: calendar.id, file, from: 2026, to: 2027 });
    expect(again.added).toBe(0);
    expect(again.calendar.holidays).toEqual(expected);
  });

  it("refuses a bad range or file with field errors and stores nothing", async () => {
    const before = (await getCalendar(admin, { calendarId: calendar.id })).holidays;
    const good = ics(["20280101", "New Year"]);
    const issue = async (input: Parameters<typeof importHolidays>[1]) => (await rejection(importHolidays(admin, input))).fieldIssues;
    expect((await issue({ calendarId: calendar.id, file: good, from: 2028, to: 2027 }))?.to?.code).toBe("beforeFrom");
    expect((await issue({ calendarId: calendar.id, file: good, from: 2020, to: 2035 }))?.to?.code).toBe("rangeTooLong");
    expect((await issue({ calendarId: calendar.id, file: good, from: 1900, to: 2027 }))?.from?.code).toBe("invalidYear");
    expect((await issue({ calendarId: calendar.id, file: good, from: 2026.5, to: 2027 }))?.from?.code).toBe("invalidYear");
    expect((await issue({ calendarId: calendar.id, file: new Uint8Array(0), from: 2026, to: 2027 }))?.file?.code).toBe("required");
    expect((await issue({ calendarId: calendar.id, file: new Uint8Array(MAX_ICS_BYTES + 1), from: 2026, to: 2027 }))?.file?.code).toBe("fileTooLarge");
    expect((await issue({ calendarId: calendar.id, file: new TextEncoder().encode("Hello, not a calendar"), from: 2026, to: 2027 }))?.file?.code).toBe("invalidCalendar");
    expect((await issue({ calendarId: calendar.id, file: ics(["20260101", "Every day", "RRULE:FREQ=DAILY"]), from: 2026, to: 2027 }))?.file?.code).toBe("tooManyHolidays");
    expect((await getCalendar(admin, { calendarId: calendar.id })).holidays).toEqual(before);
  });

  it("is for admins of the calendar's workspace only", async () => {
    const file = ics(["20290101", "New Year"]);
    expect((await rejection(importHolidays(agent, { calendarId: calendar.id, file, from: 2029, to: 2029 }))).code).toBe("FORBIDDEN");
    expect((await rejection(importHolidays(otherAdmin, { calendarId: calendar.id, file, from: 2029, to: 2029 }))).code).toBe("NOT_FOUND");
    expect((await getCalendar(admin, { calendarId: calendar.id })).holidays.map((h) => h.date)).not.toContain("2029-01-01");
  });
});
