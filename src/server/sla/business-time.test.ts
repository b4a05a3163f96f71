// Business-time arithmetic (issue 17): calendars in Athens, Tallinn, Warsaw and Riyadh, both
// daylight-saving changes of 2026 and 2027, overnight intervals, holidays and long targets.
// Every expected instant is worked out by hand in the comment beside it. Offsets: Athens and
// Tallinn EET +02 / EEST +03, Warsaw CET +01 / CEST +02, Riyadh +03 all year. The European
// changes happen at 01:00Z on 29 Mar 2026, 25 Oct 2026, 28 Mar 2027 and 31 Oct 2027 (Sundays).
import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  addMinutes,
  businessMinutesBetween,
  isOpenAt,
  minutesBetween,
  nextOpening,
  type BusinessCalendar,
  type OpeningInterval,
  type WeeklyHours,
} from "./business-time";

const closed: OpeningInterval[] = [];
const week = (hours: Partial<WeeklyHours>): WeeklyHours => ({
  mon: closed, tue: closed, wed: closed, thu: closed, fri: closed, sat: closed, sun: closed, ...hours,
});
const calendar = (timeZone: string, hours: Partial<WeeklyHours>, holidays: BusinessCalendar["holidays"] = []): BusinessCalendar => ({
  timeZone,
  hours: week(hours),
  holidays,
});
const at = (iso: string) => new Date(iso);
const iso = (d: Date | null) => d?.toISOString() ?? null;

const nineToFive: OpeningInterval[] = [["09:00", "17:00"]];
/** A Greek shop: weekdays 09-17, Saturday 10-14, Easter Monday and Christmas off. */
const athens = calendar(
  "Europe/Athens",
  { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [["10:00", "14:00"]] },
  [
    { date: "2026-04-13", name: "Δευτέρα του Πάσχα" },
    { date: "2026-12-25", name: "Χριστούγεννα" },
  ],
);
/** A Polish shop: weekdays 08-16, All Saints' Day off. */
const warsaw = calendar(
  "Europe/Warsaw",
  { mon: [["08:00", "16:00"]], tue: [["08:00", "16:00"]], wed: [["08:00", "16:00"]], thu: [["08:00", "16:00"]], fri: [["08:00", "16:00"]] },
  [{ date: "2027-11-01", name: "Wszystkich Świętych" }],
);
/** A Saudi shop: Sunday to Thursday, split shift 08-12 and 16-20; National Day off. */
const riyadhDay: OpeningInterval[] = [["08:00", "12:00"], ["16:00", "20:00"]];
const riyadh = calendar(
  "Asia/Riyadh",
  { sun: riyadhDay, mon: riyadhDay, tue: riyadhDay, wed: riyadhDay, thu: riyadhDay },
  [{ date: "2026-09-23", name: "اليوم الوطني" }],
);
/** An Estonian night desk: weeknights 22:00-06:00, Victory Day and Midsummer Day off. */
const night: OpeningInterval[] = [["22:00", "06:00"]];
const tallinn = calendar(
  "Europe/Tallinn",
  { mon: night, tue: night, wed: night, thu: night, fri: night, sat: night },
  [
    { date: "2026-06-23", name: "Võidupüha" },
    { date: "2026-06-24", name: "Jaanipäev" },
  ],
);

describe("addBusinessMinutes", () => {
  it("counts within one day and across a weekend", () => {
    // Athens, Wed 2 Dec 2026 10:00 EET = 08:00Z; +60 min -> 11:00 EET = 09:00Z.
    expect(iso(addBusinessMinutes(athens, at("2026-12-02T08:00:00Z"), 60))).toBe("2026-12-02T09:00:00.000Z");
    // Sat 5 Dec 13:00 EET (11:00Z) +120: 60 until 14:00, Sunday closed, Mon 7 Dec 09:00 EET (07:00Z) +60 -> 08:00Z.
    expect(iso(addBusinessMinutes(athens, at("2026-12-05T11:00:00Z"), 120))).toBe("2026-12-07T08:00:00.000Z");
  });

  it("ends a target that fills the day at the closing time, not the next opening", () => {
    // Athens, Mon 7 Dec 2026 09:00 EET (07:00Z) + 480 -> 17:00 EET = 15:00Z.
    expect(iso(addBusinessMinutes(athens, at("2026-12-07T07:00:00Z"), 480))).toBe("2026-12-07T15:00:00.000Z");
  });

  it("starts counting at the next opening when started while closed", () => {
    // Athens, Sun 6 Dec 2026 12:00Z (closed) +30 -> Mon 09:30 EET = 07:30Z.
    expect(iso(addBusinessMinutes(athens, at("2026-12-06T12:00:00Z"), 30))).toBe("2026-12-07T07:30:00.000Z");
  });

  it("returns the start itself for a zero target", () => {
    expect(iso(addBusinessMinutes(athens, at("2026-12-06T12:00:00Z"), 0))).toBe("2026-12-06T12:00:00.000Z");
  });

  it("skips holidays (Athens, Christmas 2026 on a Friday)", () => {
    // Thu 24 Dec 16:00 EET (14:00Z) +120: 60 until 17:00; Fri 25 Dec holiday; Sat 26 Dec 10:00 EET (08:00Z) +60 -> 09:00Z.
    expect(iso(addBusinessMinutes(athens, at("2026-12-24T14:00:00Z"), 120))).toBe("2026-12-26T09:00:00.000Z");
  });

  it("crosses the spring-forward weekend of 2026 in Athens", () => {
    // Sat 28 Mar 13:00 EET (11:00Z) +120: 60 until 14:00 EET; Sunday closed (clocks go 03:00 -> 04:00);
    // Mon 30 Mar 09:00 EEST = 06:00Z (on Friday 09:00 was 07:00Z) +60 -> 07:00Z.
    expect(iso(addBusinessMinutes(athens, at("2026-03-28T11:00:00Z"), 120))).toBe("2026-03-30T07:00:00.000Z");
  });

  it("crosses the fall-back weekend of 2026 in Athens", () => {
    // Fri 23 Oct 16:00 EEST (13:00Z) +360: 60 until 17:00; Sat 24 Oct 10:00-14:00 EEST = 240; Sunday closed
    // (clocks go 04:00 -> 03:00); Mon 26 Oct 09:00 EET = 07:00Z +60 -> 08:00Z.
    expect(iso(addBusinessMinutes(athens, at("2026-10-23T13:00:00Z"), 360))).toBe("2026-10-26T08:00:00.000Z");
  });

  it("crosses the spring-forward weekend of 2027 in Warsaw", () => {
    // Fri 26 Mar 2027 15:00 CET (14:00Z) +120: 60 until 16:00; weekend; Mon 29 Mar 08:00 CEST = 06:00Z +60 -> 07:00Z.
    expect(iso(addBusinessMinutes(warsaw, at("2027-03-26T14:00:00Z"), 120))).toBe("2027-03-29T07:00:00.000Z");
  });

  it("crosses the fall-back weekend of 2027 in Warsaw and its All Saints' Day", () => {
    // Fri 29 Oct 2027 15:00 CEST (13:00Z) +120: 60 until 16:00; weekend (clocks go 03:00 -> 02:00 on Sunday);
    // Mon 1 Nov holiday; Tue 2 Nov 08:00 CET = 07:00Z +60 -> 08:00Z.
    expect(iso(addBusinessMinutes(warsaw, at("2027-10-29T13:00:00Z"), 120))).toBe("2027-11-02T08:00:00.000Z");
  });

  it("uses a Sunday-to-Thursday week with a split shift (Riyadh)", () => {
    // Thu 3 Dec 2026 15:00 +03 (12:00Z), between the shifts. +120: 16:00-18:00 -> 18:00 +03 = 15:00Z.
    expect(iso(addBusinessMinutes(riyadh, at("2026-12-03T12:00:00Z"), 120))).toBe("2026-12-03T15:00:00.000Z");
    // Thu 3 Dec 19:00 +03 (16:00Z) +120: 60 until 20:00; Friday and Saturday closed;
    // Sun 6 Dec 08:00 +03 (05:00Z) +60 -> 06:00Z.
    expect(iso(addBusinessMinutes(riyadh, at("2026-12-03T16:00:00Z"), 120))).toBe("2026-12-06T06:00:00.000Z");
  });

  it("skips a Riyadh holiday (National Day 2026, a Wednesday)", () => {
    // Tue 22 Sep 19:00 +03 (16:00Z) +120: 60 until 20:00; Wed 23 Sep holiday; Thu 24 Sep 08:00 (05:00Z) +60 -> 06:00Z.
    expect(iso(addBusinessMinutes(riyadh, at("2026-09-22T16:00:00Z"), 120))).toBe("2026-09-24T06:00:00.000Z");
  });

  it("reaches targets longer than a week", () => {
    // Riyadh, Thu 3 Dec 2026 15:00 +03 (12:00Z) +3000 (6 1/4 working days of 480):
    // Thu 16-20 = 240 (2760 left); Sun 6, Mon 7, Tue 8, Wed 9, Thu 10 Dec = 5 x 480 (360 left);
    // Sun 13 Dec 08-12 = 240 (120 left); 16:00 +120 -> 18:00 +03 = 15:00Z.
    expect(iso(addBusinessMinutes(riyadh, at("2026-12-03T12:00:00Z"), 3000))).toBe("2026-12-13T15:00:00.000Z");
    // 40 working days (19,200 min) from Sun 1 Nov 2026 08:00 +03 (05:00Z): exactly eight Sun-Thu weeks,
    // the last day being Thu 24 Dec, closing at 20:00 +03 = 17:00Z.
    expect(iso(addBusinessMinutes(riyadh, at("2026-11-01T05:00:00Z"), 19_200))).toBe("2026-12-24T17:00:00.000Z");
    // Warsaw, 15 working days (7,200 min) from Mon 18 Oct 2027 08:00 CEST (06:00Z): three weeks with the
    // fall-back change and All Saints' Day (Mon 1 Nov) inside: 18-22 Oct, 25-29 Oct, 2-5 Nov (4 days),
    // then Mon 8 Nov closes the 15th day at 16:00 CET = 15:00Z.
    expect(iso(addBusinessMinutes(warsaw, at("2027-10-18T06:00:00Z"), 7_200))).toBe("2027-11-08T15:00:00.000Z");
  });

  it("counts overnight intervals across midnight and across a daylight-saving change (Tallinn)", () => {
    // Sat 24 Oct 2026 22:00 EEST (19:00Z) -> Sun 25 Oct 06:00 EET (04:00Z) lasts 9 hours (the clock falls back).
    // From Sat 19:00Z, +540 -> 04:00Z exactly; +541 -> Mon 26 Oct 22:00 EET (20:00Z) +1 -> 20:01Z.
    expect(iso(addBusinessMinutes(tallinn, at("2026-10-24T19:00:00Z"), 540))).toBe("2026-10-25T04:00:00.000Z");
    expect(iso(addBusinessMinutes(tallinn, at("2026-10-24T19:00:00Z"), 541))).toBe("2026-10-26T20:01:00.000Z");
    // Sat 28 Mar 2026 22:00 EET (20:00Z) -> Sun 29 Mar 06:00 EEST (03:00Z) lasts 7 hours (the clock springs forward).
    expect(businessMinutesBetween(tallinn, at("2026-03-28T12:00:00Z"), at("2026-03-29T12:00:00Z"))).toBe(420);
    expect(iso(addBusinessMinutes(tallinn, at("2026-03-28T12:00:00Z"), 420))).toBe("2026-03-29T03:00:00.000Z");
  });

  it("gives an overnight interval to the day it starts on when a holiday follows or precedes it (Tallinn)", () => {
    // Mon 22 Jun 2026 22:00 EEST (19:00Z) +600: Monday night until Tue 06:00 = 480 (120 left) although
    // Tuesday is Victory Day; Tuesday's and Wednesday's nights are holidays; Thu 25 Jun 22:00 EEST
    // (19:00Z) +120 -> Fri 00:00 EEST = 21:00Z.
    expect(iso(addBusinessMinutes(tallinn, at("2026-06-22T19:00:00Z"), 600))).toBe("2026-06-25T21:00:00.000Z");
  });

  it("closes the overnight part of a holiday's interval (Athens, Easter Monday 2026)", () => {
    const nightDesk = calendar(
      "Europe/Athens",
      Object.fromEntries(["mon", "tue", "wed", "thu", "fri"].map((d) => [d, [["09:00", "17:00"], ["22:00", "02:00"]]])),
      [{ date: "2026-04-13", name: "Δευτέρα του Πάσχα" }],
    );
    // Fri 10 Apr 16:30 EEST (13:30Z) +300: 30 until 17:00; 22:00-02:00 EEST (19:00Z-23:00Z) = 240 (30 left);
    // weekend; Monday 13 Apr closed with its night (until Tue 02:00); Tue 14 Apr 09:00 EEST (06:00Z) +30 -> 06:30Z.
    expect(iso(addBusinessMinutes(nightDesk, at("2026-04-10T13:30:00Z"), 300))).toBe("2026-04-14T06:30:00.000Z");
    // Sat 11 Apr 01:00 EEST (10 Apr 22:00Z): Friday's night, open. Tue 14 Apr 01:00 EEST (13 Apr 22:00Z): Monday's, closed.
    expect(isOpenAt(nightDesk, at("2026-04-10T22:00:00Z"))).toBe(true);
    expect(isOpenAt(nightDesk, at("2026-04-13T22:00:00Z"))).toBe(false);
    // Tue 14 Apr 23:00 EEST (20:00Z) is Tuesday's night again.
    expect(isOpenAt(nightDesk, at("2026-04-14T20:00:00Z"))).toBe(true);
  });

  it("refuses bad arguments and calendars it cannot use", () => {
    expect(() => addBusinessMinutes(athens, new Date(Number.NaN), 10)).toThrow(RangeError);
    expect(() => addBusinessMinutes(athens, at("2026-12-07T07:00:00Z"), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(athens, at("2026-12-07T07:00:00Z"), Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addBusinessMinutes(calendar("Mars/Olympus", { mon: nineToFive }), at("2026-12-07T07:00:00Z"), 10)).toThrow(/time zone/);
    expect(() => addBusinessMinutes(calendar("UTC", { mon: [["9:00", "17:00"]] }), at("2026-12-07T07:00:00Z"), 10)).toThrow(/interval/);
    expect(() => addBusinessMinutes(calendar("UTC", { mon: nineToFive }, [{ date: "2026-02-30", name: "x" }]), at("2026-12-07T07:00:00Z"), 10)).toThrow(/holiday/);
  });
});

describe("a calendar open no hour of the week", () => {
  const never = calendar("Europe/Athens", {});
  it("has no deadline (an error, not an endless loop) and no opening", () => {
    expect(() => addBusinessMinutes(never, at("2026-12-07T07:00:00Z"), 60)).toThrow(/never open/);
    expect(nextOpening(never, at("2026-12-07T07:00:00Z"))).toBeNull();
    expect(isOpenAt(never, at("2026-12-07T07:00:00Z"))).toBe(false);
    expect(businessMinutesBetween(never, at("2026-12-07T07:00:00Z"), at("2027-12-07T07:00:00Z"))).toBe(0);
  });
});

describe("days around the clock changes", () => {
  // A shop open all Sunday: the day lasts 23 hours in spring and 25 in autumn. Expected instants:
  // Athens/Tallinn open at 00:00 local = 22:00Z (EET) or 21:00Z (EEST) the day before; Warsaw at
  // 23:00Z (CET) or 22:00Z (CEST).
  const cases = [
    ["Europe/Athens", "2026-03-29", "2026-03-28T22:00:00.000Z", "2026-03-29T21:00:00.000Z", 1380],
    ["Europe/Athens", "2026-10-25", "2026-10-24T21:00:00.000Z", "2026-10-25T22:00:00.000Z", 1500],
    ["Europe/Athens", "2027-03-28", "2027-03-27T22:00:00.000Z", "2027-03-28T21:00:00.000Z", 1380],
    ["Europe/Athens", "2027-10-31", "2027-10-30T21:00:00.000Z", "2027-10-31T22:00:00.000Z", 1500],
    ["Europe/Tallinn", "2026-03-29", "2026-03-28T22:00:00.000Z", "2026-03-29T21:00:00.000Z", 1380],
    ["Europe/Tallinn", "2026-10-25", "2026-10-24T21:00:00.000Z", "2026-10-25T22:00:00.000Z", 1500],
    ["Europe/Tallinn", "2027-03-28", "2027-03-27T22:00:00.000Z", "2027-03-28T21:00:00.000Z", 1380],
    ["Europe/Tallinn", "2027-10-31", "2027-10-30T21:00:00.000Z", "2027-10-31T22:00:00.000Z", 1500],
    ["Europe/Warsaw", "2026-03-29", "2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z", 1380],
    ["Europe/Warsaw", "2026-10-25", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z", 1500],
    ["Europe/Warsaw", "2027-03-28", "2027-03-27T23:00:00.000Z", "2027-03-28T22:00:00.000Z", 1380],
    ["Europe/Warsaw", "2027-10-31", "2027-10-30T22:00:00.000Z", "2027-10-31T23:00:00.000Z", 1500],
  ] as const;

  it.each(cases)("%s on Sunday %s opens at %s and closes at %s (%d minutes)", (timeZone, date, opens, closes, minutes) => {
    const sundays = calendar(timeZone, { sun: [["00:00", "24:00"]] });
    const saturdayNoon = at(`${shiftDate(date, -1)}T12:00:00Z`);
    const mondayNoon = at(`${shiftDate(date, 1)}T12:00:00Z`);
    expect(iso(nextOpening(sundays, saturdayNoon))).toBe(opens);
    expect(businessMinutesBetween(sundays, saturdayNoon, mondayNoon)).toBe(minutes);
    expect(iso(addBusinessMinutes(sundays, saturdayNoon, minutes))).toBe(closes);
    expect(isOpenAt(sundays, new Date(Date.parse(closes) - 1))).toBe(true);
    expect(isOpenAt(sundays, at(closes))).toBe(false);
  });

  it("keeps a 09:00-17:00 day at 8 hours on both changes", () => {
    const sundays = calendar("Europe/Warsaw", { sun: nineToFive });
    // 29 Mar 2026: 09:00 CEST = 07:00Z to 17:00 CEST = 15:00Z. 25 Oct 2026: 09:00 CET = 08:00Z to 16:00Z.
    expect(iso(nextOpening(sundays, at("2026-03-28T12:00:00Z")))).toBe("2026-03-29T07:00:00.000Z");
    expect(businessMinutesBetween(sundays, at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z"))).toBe(480);
    expect(iso(nextOpening(sundays, at("2026-10-24T12:00:00Z")))).toBe("2026-10-25T08:00:00.000Z");
    expect(businessMinutesBetween(sundays, at("2026-10-24T12:00:00Z"), at("2026-10-26T12:00:00Z"))).toBe(480);
  });

  it("reads a time inside the spring-forward gap as the moment the clock passes it", () => {
    // Athens, 29 Mar 2026: 03:00 EET jumps to 04:00 EEST at 01:00Z. An opening at 03:30 happens at
    // 04:00 EEST = 01:00Z; closing at 05:00 EEST = 02:00Z: 60 minutes that night instead of 90.
    const early = calendar("Europe/Athens", { sun: [["03:30", "05:00"]] });
    expect(iso(nextOpening(early, at("2026-03-28T12:00:00Z")))).toBe("2026-03-29T01:00:00.000Z");
    expect(isOpenAt(early, at("2026-03-29T00:59:59Z"))).toBe(false);
    expect(isOpenAt(early, at("2026-03-29T01:00:00Z"))).toBe(true);
    expect(businessMinutesBetween(early, at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z"))).toBe(60);
    expect(iso(addBusinessMinutes(early, at("2026-03-28T12:00:00Z"), 30))).toBe("2026-03-29T01:30:00.000Z");
    // A week earlier (22 Mar, EET): 03:30 = 01:30Z to 05:00 = 03:00Z, 90 minutes.
    expect(businessMinutesBetween(early, at("2026-03-21T12:00:00Z"), at("2026-03-23T12:00:00Z"))).toBe(90);
    // Warsaw, 28 Mar 2027: 02:00 CET jumps to 03:00 CEST at 01:00Z; 02:30 opens at 03:00 CEST = 01:00Z.
    const warsawEarly = calendar("Europe/Warsaw", { sun: [["02:30", "04:00"]] });
    expect(iso(nextOpening(warsawEarly, at("2027-03-27T12:00:00Z")))).toBe("2027-03-28T01:00:00.000Z");
    expect(businessMinutesBetween(warsawEarly, at("2027-03-27T12:00:00Z"), at("2027-03-29T12:00:00Z"))).toBe(60);
  });

  it("leaves an interval wholly inside the gap empty that night", () => {
    // Athens ["03:15","03:45"] never shows on 29 Mar 2026: the next opening is Sun 5 Apr 03:15 EEST = 00:15Z.
    const gap = calendar("Europe/Athens", { sun: [["03:15", "03:45"]] });
    expect(businessMinutesBetween(gap, at("2026-03-28T12:00:00Z"), at("2026-03-30T12:00:00Z"))).toBe(0);
    expect(iso(nextOpening(gap, at("2026-03-28T12:00:00Z")))).toBe("2026-04-05T00:15:00.000Z");
    expect(iso(addBusinessMinutes(gap, at("2026-03-28T12:00:00Z"), 10))).toBe("2026-04-05T00:25:00.000Z");
  });

  it("reads an ambiguous fall-back time as its first occurrence", () => {
    // Athens, 25 Oct 2026: 04:00 EEST falls back to 03:00 EET at 01:00Z, so 03:00-03:59 shows twice.
    // Opening at 03:30 is the first 03:30, EEST = 00:30Z; closing at 05:00 EET = 03:00Z: 150 minutes.
    const early = calendar("Europe/Athens", { sun: [["03:30", "05:00"]] });
    expect(iso(nextOpening(early, at("2026-10-24T12:00:00Z")))).toBe("2026-10-25T00:30:00.000Z");
    expect(businessMinutesBetween(early, at("2026-10-24T12:00:00Z"), at("2026-10-26T12:00:00Z"))).toBe(150);
    // ["03:15","03:45"] is 03:15-03:45 EEST (00:15Z-00:45Z): the first reading of both times, 30 minutes.
    const short = calendar("Europe/Athens", { sun: [["03:15", "03:45"]] });
    expect(iso(nextOpening(short, at("2026-10-24T12:00:00Z")))).toBe("2026-10-25T00:15:00.000Z");
    expect(iso(addBusinessMinutes(short, at("2026-10-24T12:00:00Z"), 30))).toBe("2026-10-25T00:45:00.000Z");
    expect(isOpenAt(short, at("2026-10-25T01:20:00Z"))).toBe(false); // the second 03:20, EET
    // Warsaw, 31 Oct 2027: 03:00 CEST falls back to 02:00 CET at 01:00Z; 02:30 is 02:30 CEST = 00:30Z,
    // closing at 04:00 CET = 03:00Z: 150 minutes.
    const warsawEarly = calendar("Europe/Warsaw", { sun: [["02:30", "04:00"]] });
    expect(iso(nextOpening(warsawEarly, at("2027-10-30T12:00:00Z")))).toBe("2027-10-31T00:30:00.000Z");
    expect(businessMinutesBetween(warsawEarly, at("2027-10-30T12:00:00Z"), at("2027-11-01T12:00:00Z"))).toBe(150);
  });
});

describe("isOpenAt and nextOpening", () => {
  it("answer at the edges of an interval", () => {
    // Riyadh Sun 6 Dec 2026: 08:00-12:00 +03 = 05:00Z-09:00Z, 16:00-20:00 = 13:00Z-17:00Z.
    expect(isOpenAt(riyadh, at("2026-12-06T04:59:59.999Z"))).toBe(false);
    expect(isOpenAt(riyadh, at("2026-12-06T05:00:00Z"))).toBe(true);
    expect(isOpenAt(riyadh, at("2026-12-06T09:00:00Z"))).toBe(false);
    expect(iso(nextOpening(riyadh, at("2026-12-06T06:00:00Z")))).toBe("2026-12-06T06:00:00.000Z");
    expect(iso(nextOpening(riyadh, at("2026-12-06T09:00:00Z")))).toBe("2026-12-06T13:00:00.000Z");
    // Friday 4 Dec 10:00 +03: closed until Sun 6 Dec 08:00 +03 = 05:00Z.
    expect(iso(nextOpening(riyadh, at("2026-12-04T07:00:00Z")))).toBe("2026-12-06T05:00:00.000Z");
    // Tallinn Tue 23 Jun 2026 03:00 EEST (00:00Z): Monday's night, open although Tuesday is a holiday.
    expect(isOpenAt(tallinn, at("2026-06-23T00:00:00Z"))).toBe(true);
    // Tue 23 Jun 23:00 EEST (20:00Z) and Wed 24 Jun 23:00 (20:00Z): holiday nights. Thu 25 Jun: open.
    expect(isOpenAt(tallinn, at("2026-06-23T20:00:00Z"))).toBe(false);
    expect(isOpenAt(tallinn, at("2026-06-24T20:00:00Z"))).toBe(false);
    expect(iso(nextOpening(tallinn, at("2026-06-23T20:00:00Z")))).toBe("2026-06-25T19:00:00.000Z");
  });

  it("join touching and overlapping intervals without counting an instant twice", () => {
    // Mon 22:00-24:00 and Tue 00:00-06:00 in UTC: one stretch of 8 hours.
    const touching = calendar("UTC", { mon: [["22:00", "24:00"]], tue: [["00:00", "06:00"]] });
    expect(businessMinutesBetween(touching, at("2026-12-07T00:00:00Z"), at("2026-12-09T00:00:00Z"))).toBe(480);
    expect(iso(addBusinessMinutes(touching, at("2026-12-07T23:00:00Z"), 120))).toBe("2026-12-08T01:00:00.000Z");
    expect(iso(nextOpening(touching, at("2026-12-08T00:00:00Z")))).toBe("2026-12-08T00:00:00.000Z");
    // Mon 22:00-06:00 overlapping Tue 05:00-08:00 (the schema refuses it; the arithmetic still copes): 10 hours.
    const overlapping = calendar("UTC", { mon: [["22:00", "06:00"]], tue: [["05:00", "08:00"]] });
    expect(businessMinutesBetween(overlapping, at("2026-12-07T00:00:00Z"), at("2026-12-09T00:00:00Z"))).toBe(600);
    expect(iso(addBusinessMinutes(overlapping, at("2026-12-07T00:00:00Z"), 600))).toBe("2026-12-08T08:00:00.000Z");
  });
});

describe("businessMinutesBetween agrees with addBusinessMinutes", () => {
  const calendars = { athens, warsaw, riyadh, tallinn };
  const targets = [1, 59, 480, 1_441, 4_321];
  // 400 starts 36 h 5 min apart (so at every hour of the day in turn) from 20 Mar 2026 to Nov 2027:
  // through the four clock changes of 2026 and 2027 and the holidays above.
  const starts = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 2, 20, 0, 7) + i * (36 * 60 + 5) * 60_000));

  it.each(Object.entries(calendars))("%s", (_, cal) => {
    for (const start of starts) {
      for (const minutes of targets) {
        const due = addBusinessMinutes(cal, start, minutes);
        expect(businessMinutesBetween(cal, start, due)).toBe(minutes);
        // The last millisecond counted was an open one, and one millisecond less is not enough.
        expect(isOpenAt(cal, new Date(due.getTime() - 1))).toBe(true);
        expect(businessMinutesBetween(cal, start, new Date(due.getTime() - 1))).toBeLessThan(minutes);
        // Nothing is counted before the first opening.
        const opening = nextOpening(cal, start)!;
        expect(opening.getTime()).toBeGreaterThanOrEqual(start.getTime());
        expect(isOpenAt(cal, opening)).toBe(true);
        expect(businessMinutesBetween(cal, start, opening)).toBe(0);
      }
      // Splitting a period anywhere adds up.
      const end = new Date(start.getTime() + 9 * 86_400_000);
      const middle = new Date(start.getTime() + 3 * 86_400_000 + 12_345_678);
      expect(businessMinutesBetween(cal, start, middle) + businessMinutesBetween(cal, middle, end)).toBeCloseTo(
        businessMinutesBetween(cal, start, end),
        9,
      );
    }
  });

  it("is 0 for an empty or reversed period", () => {
    expect(businessMinutesBetween(athens, at("2026-12-07T10:00:00Z"), at("2026-12-07T10:00:00Z"))).toBe(0);
    expect(businessMinutesBetween(athens, at("2026-12-07T10:00:00Z"), at("2026-12-07T09:00:00Z"))).toBe(0);
  });
});

describe("calendar-time targets (no calendar)", () => {
  it("add and measure plain elapsed minutes", () => {
    expect(iso(addMinutes(null, at("2026-03-28T23:30:00Z"), 90))).toBe("2026-03-29T01:00:00.000Z");
    expect(minutesBetween(null, at("2026-03-28T23:30:00Z"), at("2026-03-29T01:00:00Z"))).toBe(90);
    expect(minutesBetween(null, at("2026-03-29T01:00:00Z"), at("2026-03-28T23:30:00Z"))).toBe(0);
    // With a calendar they are the business-time functions.
    expect(iso(addMinutes(athens, at("2026-12-05T11:00:00Z"), 120))).toBe("2026-12-07T08:00:00.000Z");
    expect(minutesBetween(athens, at("2026-12-05T11:00:00Z"), at("2026-12-07T08:00:00Z"))).toBe(120);
  });
});

describe("calendars loaded afresh", () => {
  it("share work by content but never mix up calendars that differ", () => {
    // Fresh objects each time, as a caller reading calendars from the database per ticket makes them.
    const load = (holidays: BusinessCalendar["holidays"], timeZone = "Europe/Athens") => calendar(timeZone, { mon: nineToFive, tue: nineToFive }, holidays);
    const start = at("2026-12-07T14:00:00Z"); // Mon 7 Dec 16:00 EET
    // +120: 60 until 17:00 Monday, Tue 8 Dec 09:00 EET (07:00Z) +60 -> 08:00Z.
    expect(iso(addBusinessMinutes(load([]), start, 120))).toBe("2026-12-08T08:00:00.000Z");
    expect(iso(addBusinessMinutes(load([]), start, 120))).toBe("2026-12-08T08:00:00.000Z");
    // With Tuesday a holiday: Mon 14 Dec 09:00 EET (07:00Z) +60 -> 08:00Z.
    expect(iso(addBusinessMinutes(load([{ date: "2026-12-08", name: "Closed" }]), start, 120))).toBe("2026-12-14T08:00:00.000Z");
    // The same hours in Warsaw (CET): Mon 7 Dec 15:00Z is 16:00; 60 until 17:00, Tue 09:00 CET (08:00Z) +60 -> 09:00Z.
    expect(iso(addBusinessMinutes(load([], "Europe/Warsaw"), at("2026-12-07T15:00:00Z"), 120))).toBe("2026-12-08T09:00:00.000Z");
  });
});

describe("speed", () => {
  it("evaluates 10,000 deadlines of a 3-day target (4,320 business minutes) without a per-minute walk", () => {
    // No timing assertion: this stays a smoke test of the day-by-day walk (about 0.1 s here).
    const base = Date.UTC(2026, 0, 1);
    let last = 0;
    for (let i = 0; i < 10_000; i++) last = addBusinessMinutes(athens, new Date(base + i * 3_607_000), 4_320).getTime();
    expect(last).toBeGreaterThan(base + 9_999 * 3_607_000);
  });
});

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
