// Business calendars against real PostgreSQL (issue 17): admins only; the first calendar is the
// default and there is always exactly one once any exists (moved on create/update, handed to the
// oldest on delete, a partial unique index behind it); another workspace's calendars are NOT_FOUND;
// stored hours and holidays come back as the business-time arithmetic takes them.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db, Prisma } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addBusinessMinutes } from "@/server/sla/business-time";
import { CalendarView, type CreateCalendarInput } from "@/server/sla/calendar.schemas";
import { getCalendar, getCalendarRow, listCalendars, toBusinessCalendar } from "@/server/sla/calendar.queries";
import { createCalendar } from "@/server/sla/create-calendar";
import { deleteCalendar } from "@/server/sla/delete-calendar";
import { updateCalendar } from "@/server/sla/update-calendar";
import { memberCtx, rejection, workspaceWithRoles } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let otherAdmin: Ctx;

beforeAll(async () => {
  ({ ws, admin, agent, light, otherAdmin } = await workspaceWithRoles());
});

const nineToFive: Array<[string, string]> = [["09:00", "17:00"]];
const athens = (name: string, more: Partial<CreateCalendarInput> = {}): CreateCalendarInput => ({
  name,
  timeZone: "Europe/Athens",
  hours: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: [], sun: [] },
  holidays: [{ date: "2026-12-25", name: "Χριστούγεννα" }],
  ...more,
});
const defaults = async (workspaceId: string) =>
  (await db().businessCalendar.findMany({ where: { workspaceId, isDefault: true }, select: { id: true } })).map((r) => r.id);

describe("creating", () => {
  it("makes the first calendar the default and moves the default on request", async () => {
    const first = await createCalendar(admin, athens("  Athens office "));
    expect(CalendarView.parse(first)).toEqual(first);
    expect(first).toMatchObject({
      name: "Athens office",
      timeZone: "Europe/Athens",
      default: true,
      hours: { mon: [["09:00", "17:00"]], sat: [], sun: [] },
      holidays: [{ date: "2026-12-25", name: "Χριστούγεννα" }],
    });
    const second = await createCalendar(admin, athens("Night desk", { hours: { mon: [["22:00", "06:00"]] }, holidays: undefined }));
    expect(second).toMatchObject({ default: false, holidays: [], hours: { mon: [["22:00", "06:00"]], tue: [] } });
    const third = await createCalendar(admin, athens("Riyadh", { timeZone: "Asia/Riyadh", default: true, hours: { sun: nineToFive, thu: nineToFive } }));
    expect(third.default).toBe(true);
    expect(await defaults(ws.id)).toEqual([third.id]);
    expect((await listCalendars(admin)).map((c) => [c.name, c.default])).toEqual([
      ["Riyadh", true],
      ["Athens office", false],
      ["Night desk", false],
    ]);
  });

  it("refuses bad calendars with field errors and stores nothing", async () => {
    const before = await db().businessCalendar.count({ where: { workspaceId: ws.id } });
    const overlap = await rejection(createCalendar(admin, athens("Bad", { hours: { mon: [["22:00", "06:00"]], tue: [["05:00", "08:00"]] } })));
    expect(overlap.code).toBe("VALIDATION");
    expect(overlap.fieldIssues?.["hours.tue.0"]?.code).toBe("overlappingIntervals");
    expect((await rejection(createCalendar(admin, athens("Bad", { timeZone: "Mars/Olympus" })))).fieldIssues?.timeZone?.code).toBe("unknownTimeZone");
    expect((await rejection(createCalendar(admin, athens("Bad", { hours: {} })))).fieldIssues?.hours?.code).toBe("noOpeningHours");
    expect(await db().businessCalendar.count({ where: { workspaceId: ws.id } })).toBe(before);
  });

  it("is for admins only", async () => {
    expect((await rejection(createCalendar(agent, athens("Mine")))).code).toBe("FORBIDDEN");
    expect((await rejection(createCalendar(light, athens("Mine")))).code).toBe("FORBIDDEN");
    expect((await rejection(listCalendars(agent))).code).toBe("FORBIDDEN");
    const [any] = await listCalendars(admin);
    expect((await rejection(getCalendar(agent, { calendarId: any!.id }))).code).toBe("FORBIDDEN");
    expect((await rejection(updateCalendar(agent, { calendarId: any!.id, name: "x" }))).code).toBe("FORBIDDEN");
    expect((await rejection(deleteCalendar(light, { calendarId: any!.id }))).code).toBe("FORBIDDEN");
  });

  it("keeps one default when two admins make one at the same time", async () => {
    // Both creations start while another transaction holds the current default row, and go on
    // together once both wait (on that row, or on the calendars' lock): without the lock, both
    // would clear the old default and insert a new one, and the second would fail.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = db().$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT "id" FROM "BusinessCalendar" WHERE "workspaceId" = ${ws.id}::uuid AND "isDefault" FOR UPDATE`;
        locked();
        await released;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const racing = Promise.all([
      createCalendar(admin, athens("Raced A", { default: true })),
      createCalendar(admin, athens("Raced B", { default: true })),
    ]);
    for (let i = 0; i < 200; i++) {
      const [row] = await db().$queryRaw<Array<{ n: number }>>`
        SELECT count(*)::int AS "n" FROM pg_stat_activity
         WHERE "datname" = current_database() AND "wait_event_type" = 'Lock'
           AND ("query" LIKE '%"BusinessCalendar"%' OR "query" LIKE '%pg_advisory_xact_lock%')`;
      if ((row?.n ?? 0) >= 2) break;
      await new Promise((r) => setTimeout(r, 30));
    }
    release();
    await holder;
    const [a, b] = await racing;
    const now = await defaults(ws.id);
    expect(now).toHaveLength(1);
    expect([a.id, b.id]).toContain(now[0]);
  });

  it("has the database refuse a second default (the partial unique index)", async () => {
    const error = await db()
      .businessCalendar.create({ data: { workspaceId: ws.id, name: "Sneaky", timeZone: "UTC", hours: {}, isDefault: true } })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });
});

describe("reading and changing", () => {
  it("gets one calendar; another workspace's admin gets NOT_FOUND for it and does not list it", async () => {
    const created = await createCalendar(admin, athens("Lookup"));
    expect(await getCalendar(admin, { calendarId: created.id })).toEqual(created);
    expect((await rejection(getCalendar(otherAdmin, { calendarId: created.id }))).code).toBe("NOT_FOUND");
    expect((await rejection(updateCalendar(otherAdmin, { calendarId: created.id, name: "Mine now" }))).code).toBe("NOT_FOUND");
    expect((await rejection(deleteCalendar(otherAdmin, { calendarId: created.id }))).code).toBe("NOT_FOUND");
    expect((await listCalendars(otherAdmin)).map((c) => c.id)).not.toContain(created.id);
    expect((await rejection(getCalendar(admin, { calendarId: "not-a-uuid" }))).code).toBe("VALIDATION");
    expect((await getCalendar(admin, { calendarId: created.id })).name).toBe("Lookup");
  });

  it("changes what is given, replacing hours and holidays whole, and the result computes deadlines", async () => {
    const created = await createCalendar(admin, athens("Change me"));
    const changed = await updateCalendar(admin, {
      calendarId: created.id,
      timeZone: "Europe/Warsaw",
      hours: { sat: [["10:00", "14:00"]] },
      holidays: [{ date: "2027-11-01", name: "Wszystkich Świętych" }],
    });
    expect(changed).toMatchObject({
      name: "Change me",
      timeZone: "Europe/Warsaw",
      hours: { mon: [], sat: [["10:00", "14:00"]] },
      holidays: [{ date: "2027-11-01", name: "Wszystkich Świętych" }],
    });
    const calendar = toBusinessCalendar(await getCalendarRow(admin, created.id));
    // Sat 30 Oct 2027 13:00 CEST (11:00Z) +120: 60 until 14:00; Sat 6 Nov 10:00 CET (09:00Z) +60 -> 10:00Z.
    expect(addBusinessMinutes(calendar, new Date("2027-10-30T11:00:00Z"), 120).toISOString()).toBe("2027-11-06T10:00:00.000Z");
    const renamed = await updateCalendar(admin, { calendarId: created.id, name: "Warsaw weekends" });
    expect(renamed).toMatchObject({ name: "Warsaw weekends", timeZone: "Europe/Warsaw", hours: { sat: [["10:00", "14:00"]] } });
    expect((await rejection(updateCalendar(admin, { calendarId: created.id, holidays: [{ date: "2027-02-29", name: "x" }] }))).fieldIssues?.["holidays.0.date"]?.code).toBe(
      "invalidDate",
    );
  });

  it("moves the default on request and refuses to unset it", async () => {
    const created = await createCalendar(admin, athens("Next default"));
    const made = await updateCalendar(admin, { calendarId: created.id, default: true });
    expect(made.default).toBe(true);
    expect(await defaults(ws.id)).toEqual([created.id]);
    const unset = await rejection(updateCalendar(admin, { calendarId: created.id, default: false }));
    expect(unset.code).toBe("VALIDATION");
    expect(unset.fieldIssues?.default?.code).toBe("defaultRequired");
    // default: false on a calendar that is not the default changes nothing about the default.
    const other = (await listCalendars(admin)).find((c) => !c.default)!;
    await updateCalendar(admin, { calendarId: other.id, default: false });
    expect(await defaults(ws.id)).toEqual([created.id]);
  });
});

describe("deleting", () => {
  it("hands the default to the oldest remaining calendar, and leaves none when the last goes", async () => {
    const own = await makeWorkspace(db());
    const boss = await memberCtx(own, await makeMember(db(), own, { role: "ADMIN" }));
    const a = await createCalendar(boss, athens("A"));
    const b = await createCalendar(boss, athens("B"));
    const c = await createCalendar(boss, athens("C", { default: true }));
    expect(await deleteCalendar(boss, { calendarId: b.id })).toEqual({ id: b.id, newDefaultId: null });
    expect(await defaults(own.id)).toEqual([c.id]);
    expect(await deleteCalendar(boss, { calendarId: c.id })).toEqual({ id: c.id, newDefaultId: a.id });
    expect(await defaults(own.id)).toEqual([a.id]);
    expect((await rejection(deleteCalendar(boss, { calendarId: c.id }))).code).toBe("NOT_FOUND");
    expect(await deleteCalendar(boss, { calendarId: a.id })).toEqual({ id: a.id, newDefaultId: null });
    expect(await listCalendars(boss)).toEqual([]);
    // The next calendar is the default again.
    expect((await createCalendar(boss, athens("Fresh"))).default).toBe(true);
  });
});
