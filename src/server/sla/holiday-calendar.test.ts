import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parseHolidayCalendar } from "./holiday-calendar";
import { CreateCalendarInput } from "./calendar.schemas";

const ics = (...events: string[][]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Shopdesk tests//EN", ...events.flatMap((e) => ["BEGIN:VEVENT", ...e, "END:VEVENT"]), "END:VCALENDAR", ""].join("\r\n");
const allDay = (uid: string, date: string, summary: string, ...more: string[]) => [
  `UID:${uid}`,
  "DTSTAMP:20260101T000000Z",
  `DTSTART;VALUE=DATE:${date}`,
  `SUMMARY:${summary}`,
  ...more,
];

// Greek public holidays of 2026 as a feed would carry them: fixed dates as yearly rules (from long
// ago), movable ones (Orthodox Easter is 12 April 2026) as single dates or a multi-day event.
const greek = ics(
  allDay("new-year", "20000101", "Πρωτοχρονιά", "RRULE:FREQ=YEARLY"),
  allDay("epiphany", "20000106", "Θεοφάνεια", "RRULE:FREQ=YEARLY"),
  allDay("clean-monday-2026", "20260223", "Καθαρά Δευτέρα"),
  allDay("independence", "20000325", "Εικοστή Πέμπτη Μαρτίου", "RRULE:FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25"),
  // Good Friday to Easter Monday, DTEND exclusive: 10, 11, 12 and 13 April.
  allDay("easter-2026", "20260410", "Πάσχα", "DTEND;VALUE=DATE:20260414"),
  allDay("labour", "20000501", "Πρωτομαγιά", "RRULE:FREQ=YEARLY"),
  allDay("whit-monday-2026", "20260601", "Αγίου Πνεύματος", "DURATION:P1D"),
  allDay("assumption", "20000815", "Κοίμηση της Θεοτόκου", "RRULE:FREQ=YEARLY"),
  allDay("ochi", "20001028", "Επέτειος του Όχι", "RRULE:FREQ=YEARLY"),
  allDay("christmas", "20001225", "Χριστούγεννα", "RRULE:FREQ=YEARLY"),
  allDay("synaxis", "20001226", "Σύναξη της Θεοτόκου", "RRULE:FREQ=YEARLY"),
  // Timed events are not holidays.
  ["UID:meeting", "DTSTAMP:20260101T000000Z", "DTSTART;TZID=Europe/Athens:20260310T100000", "DTEND;TZID=Europe/Athens:20260310T110000", "SUMMARY:Σύσκεψη"],
  ["UID:weekly", "DTSTAMP:20260101T000000Z", "DTSTART:20260302T080000Z", "RRULE:FREQ=WEEKLY", "SUMMARY:Weekly call"],
);

describe("parseHolidayCalendar", () => {
  it("reads Greek public holidays of 2026: yearly rules, single days and a multi-day Easter", () => {
    expect(parseHolidayCalendar(greek, { from: "2026-01-01", to: "2026-12-31" })).toEqual([
      { date: "2026-01-01", name: "Πρωτοχρονιά" },
      { date: "2026-01-06", name: "Θεοφάνεια" },
      { date: "2026-02-23", name: "Καθαρά Δευτέρα" },
      { date: "2026-03-25", name: "Εικοστή Πέμπτη Μαρτίου" },
      { date: "2026-04-10", name: "Πάσχα" },
      { date: "2026-04-11", name: "Πάσχα" },
      { date: "2026-04-12", name: "Πάσχα" },
      { date: "2026-04-13", name: "Πάσχα" },
      { date: "2026-05-01", name: "Πρωτομαγιά" },
      { date: "2026-06-01", name: "Αγίου Πνεύματος" },
      { date: "2026-08-15", name: "Κοίμηση της Θεοτόκου" },
      { date: "2026-10-28", name: "Επέτειος του Όχι" },
      { date: "2026-12-25", name: "Χριστούγεννα" },
      { date: "2026-12-26", name: "Σύναξη της Θεοτόκου" },
    ]);
  });

  it("keeps only the range's days, expanding yearly rules into each year", () => {
    expect(parseHolidayCalendar(greek, { from: "2026-12-20", to: "2027-01-06" })).toEqual([
      { date: "2026-12-25", name: "Χριστούγεννα" },
      { date: "2026-12-26", name: "Σύναξη της Θεοτόκου" },
      { date: "2027-01-01", name: "Πρωτοχρονιά" },
      { date: "2027-01-06", name: "Θεοφάνεια" },
    ]);
    // A multi-day event cut by the range: only 12 and 13 April.
    expect(parseHolidayCalendar(greek, { from: "2026-04-12", to: "2026-04-20" }).map((h) => h.date)).toEqual(["2026-04-12", "2026-04-13"]);
    expect(parseHolidayCalendar(greek, { from: "2026-07-01", to: "2026-07-31" })).toEqual([]);
  });

  it("gives a result the calendar schema accepts", () => {
    const holidays = parseHolidayCalendar(greek, { from: "2026-01-01", to: "2027-12-31" });
    expect(holidays).toHaveLength(14 + 8); // 2027: the eight fixed dates
    const parsed = CreateCalendarInput.parse({ name: "Athens", timeZone: "Europe/Athens", hours: { mon: [["09:00", "17:00"]] }, holidays });
    expect(parsed.holidays).toEqual(holidays);
  });

  it("honours EXDATE, RECURRENCE-ID exceptions, COUNT and cancelled events", () => {
    const text = ics(
      // A yearly shop anniversary on 10 May, moved to Monday 11 May in 2026, skipped in 2027.
      allDay("anniversary", "20200510", "Shop anniversary", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20270510"),
      allDay("anniversary", "20260511", "Shop anniversary (moved)", "RECURRENCE-ID;VALUE=DATE:20260510"),
      // A three-day stocktaking each January, twice only.
      allDay("stocktaking", "20260105", "Inventur", "DTEND;VALUE=DATE:20260108", "RRULE:FREQ=YEARLY;COUNT=2"),
      allDay("cancelled", "20260301", "Cancelled closure", "STATUS:CANCELLED"),
    );
    expect(parseHolidayCalendar(text, { from: "2026-01-01", to: "2028-12-31" })).toEqual([
      { date: "2026-01-05", name: "Inventur" },
      { date: "2026-01-06", name: "Inventur" },
      { date: "2026-01-07", name: "Inventur" },
      { date: "2026-05-11", name: "Shop anniversary (moved)" },
      { date: "2027-01-05", name: "Inventur" },
      { date: "2027-01-06", name: "Inventur" },
      { date: "2027-01-07", name: "Inventur" },
      { date: "2028-05-10", name: "Shop anniversary" },
    ]);
  });

  it("keeps one holiday per date (the first event's name) and names a holiday without SUMMARY by its date", () => {
    const text = ics(
      allDay("a", "20261225", "Christmas Day"),
      allDay("b", "20261225", "Also Christmas"),
      ["UID:c", "DTSTAMP:20260101T000000Z", "DTSTART;VALUE=DATE:20261231"],
      allDay("d", "20261226", `  Boxing\tDay  ${"x".repeat(200)}`),
    );
    const holidays = parseHolidayCalendar(text, { from: "2026-12-01", to: "2026-12-31" });
    expect(holidays.map((h) => [h.date, h.name.slice(0, 13)])).toEqual([
      ["2026-12-25", "Christmas Day"],
      ["2026-12-26", "Boxing Day xx"],
      ["2026-12-31", "2026-12-31"],
    ]);
    expect(holidays[1]!.name).toHaveLength(120);
  });

  it.each([
    ["text that is not iCalendar", "hello, world", /does not start with BEGIN:VCALENDAR/],
    ["an empty file", "", /does not start with BEGIN:VCALENDAR/],
    ["a component that never ends", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nEND:VCALENDAR\r\n", /could not be read/],
    ["a broken line", "BEGIN:VCALENDAR\r\nthis line has no colon\r\nEND:VCALENDAR\r\n", /could not be read/],
    ["an impossible date", ics(allDay("x", "20261345", "Nope")), /DTSTART "2026-13-45" is not a date/],
    ["a bad rule", ics(allDay("x", "20261225", "Nope", "RRULE:FREQ=YEARLY;BYMONTH=13")), /could not be read/],
    ["a rule that repeats too often", ics(allDay("x", "19000101", "Every day", "RRULE:FREQ=DAILY")), /repeats too often/],
    ["another component at the top", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Someone\r\nEND:VCARD\r\n", /does not start with BEGIN:VCALENDAR/],
  ])("refuses %s with a VALIDATION error on the file", (_, text, message) => {
    const error = catchError(() => parseHolidayCalendar(text, { from: "2026-01-01", to: "2026-12-31" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldIssues?.file?.code).toBe("invalidCalendar");
    expect(error.fieldIssues?.file?.message).toMatch(message);
  });

  it("refuses a bad range and a file that is too large", () => {
    expect(catchError(() => parseHolidayCalendar(greek, { from: "2026-02-30", to: "2026-12-31" })).fieldIssues?.from?.code).toBe("invalidDate");
    expect(catchError(() => parseHolidayCalendar(greek, { from: "2026-01-01", to: "2025-12-31" })).fieldIssues?.to?.code).toBe("beforeFrom");
    expect(catchError(() => parseHolidayCalendar(greek, { from: "2026-01-01", to: "2040-01-01" })).fieldIssues?.to?.code).toBe("rangeTooLong");
    expect(catchError(() => parseHolidayCalendar(`BEGIN:VCALENDAR\r\n${"X-PAD:y\r\n".repeat(200_000)}`, { from: "2026-01-01", to: "2026-12-31" })).fieldIssues?.file?.code).toBe(
      "fileTooLarge",
    );
  });
});

function catchError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}
