"use client";
// A business calendar's editor: name, time zone, default, the week's opening intervals (Monday
// first; an end before the start runs past midnight) and the holidays (holidays-editor.tsx).
// The server's field errors (coded, calendar.schemas.ts) show beside the field they name.
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { ActionError } from "@/server/action";
import { createCalendarAction, updateCalendarAction } from "@/server/sla/calendar.actions";
import type { CalendarView } from "@/server/sla/calendar.schemas";
import { WEEK_MONDAY_FIRST, fullWeek, weekdayNames, type WeekdayKey } from "@/lib/week-hours";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { calendarErrorMessage } from "./calendar-errors";
import { HolidaysEditor, type HolidayRow } from "./holidays-editor";

/** The most intervals a day takes (MAX_INTERVALS_PER_DAY in calendar.schemas.ts). */
const MAX_INTERVALS = 12;

type IntervalRow = { key: number; start: string; end: string };
type Week = Record<WeekdayKey, IntervalRow[]>;

let nextKey = 0;
const newKey = () => ++nextKey;

type Props = {
  slug: string;
  calendar?: CalendarView;
  workspaceTimeZone: string;
  timeZones: string[];
  /** The workspace has no calendar yet: this one becomes the default whatever is ticked. */
  isFirst: boolean;
  /** Closes the editor; with the calendar's name when it was saved. */
  onClose: (saved?: string) => void;
};

export function CalendarEditor({ slug, calendar, workspaceTimeZone, timeZones, isFirst, onClose }: Props) {
  const t = useTranslations("settings");
  const tb = useTranslations("settings.businessHours");
  const locale = useLocale();
  const days = weekdayNames(locale, "long");
  const idBase = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [name, setName] = useState(calendar?.name ?? "");
  const [timeZone, setTimeZone] = useState(calendar?.timeZone ?? workspaceTimeZone);
  const [makeDefault, setMakeDefault] = useState(calendar?.default ?? isFirst);
  const [week, setWeek] = useState<Week>(() => {
    const hours = fullWeek(calendar?.hours ?? {});
    return Object.fromEntries(WEEK_MONDAY_FIRST.map((d) => [d, hours[d].map(([start, end]) => ({ key: newKey(), start, end }))])) as Week;
  });
  const [holidays, setHolidays] = useState<HolidayRow[]>(() => (calendar?.holidays ?? []).map((h) => ({ key: newKey(), ...h })));

  useEffect(() => headingRef.current?.focus(), []);

  const fields = error?.fields ?? {};
  const message = (path: string) => calendarErrorMessage(t, path, fields[path]);
  const inputId = (day: WeekdayKey, key: number, part: "start" | "end") => `${idBase}-${day}-${key}-${part}`;

  function changeDay(day: WeekdayKey, rows: IntervalRow[]) {
    setWeek((w) => ({ ...w, [day]: rows }));
  }
  function addInterval(day: WeekdayKey) {
    const key = newKey();
    const last = week[day].at(-1);
    // A new interval after the last one, or the usual day for the first.
    const row = last ? { key, start: last.end, end: last.end < "23:00" ? `${String(Number(last.end.slice(0, 2)) + 1).padStart(2, "0")}${last.end.slice(2)}` : "23:59" } : { key, start: "09:00", end: "17:00" };
    changeDay(day, [...week[day], row]);
    setError(null); // positions moved: the old errors no longer point at the right rows
    requestAnimationFrame(() => document.getElementById(inputId(day, key, "start"))?.focus());
  }
  function removeInterval(day: WeekdayKey, key: number) {
    changeDay(day, week[day].filter((r) => r.key !== key));
    setError(null);
  }

  function submit() {
    const hours = Object.fromEntries(WEEK_MONDAY_FIRST.map((d) => [d, week[d].map((r) => [r.start, r.end] as [string, string])])) as Record<WeekdayKey, Array<[string, string]>>;
    const body = { name, timeZone, hours, holidays: holidays.map(({ date, name: holidayName }) => ({ date, name: holidayName })) };
    setError(null);
    startTransition(async () => {
      const result = calendar
        ? await updateCalendarAction(slug, { calendarId: calendar.id, ...body, ...(makeDefault && !calendar.default ? { default: true } : {}) })
        : await createCalendarAction(slug, { ...body, ...(makeDefault ? { default: true } : {}) });
      if (result.ok) onClose(result.data.name);
      else setError(result.error);
    });
  }

  const general =
    error &&
    (error.code === "VALIDATION" ? tb("invalid") : error.code === "NOT_FOUND" ? tb("notFound") : error.code === "FORBIDDEN" ? t("errors.forbidden") : null);

  return (
    <form
      noValidate
      aria-labelledby={`${idBase}-title`}
      className="flex flex-col gap-5 rounded-lg border border-gray-200 p-4 sm:p-5"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${idBase}-title`} ref={headingRef} tabIndex={-1} className="text-base font-semibold text-gray-900 focus:outline-none">
        {calendar ? tb("editTitle", { name: calendar.name }) : tb("newTitle")}
      </h3>
      {error && (
        <Alert tone="danger" role="alert">
          {general ?? t("errors.invalid")}
        </Alert>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={tb("form.name")} error={message("name")} required>
          {(control) => <Input {...control} dir="auto" value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={tb("form.timeZone")} hint={tb("form.timeZoneHint")} error={message("timeZone")} required>
          {(control) => (
            <Select {...control} dir="ltr" value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <div className="flex flex-col gap-1">
        <Checkbox
          label={tb("form.default")}
          description={calendar?.default ? tb("form.defaultLocked") : isFirst ? tb("form.defaultFirst") : tb("form.defaultHint")}
          checked={makeDefault}
          disabled={calendar?.default === true || isFirst}
          onChange={(e) => setMakeDefault(e.target.checked)}
        />
        {message("default") && <p className="text-sm text-danger-700">{message("default")}</p>}
      </div>

      <fieldset className="flex flex-col gap-3" aria-describedby={`${idBase}-week-hint${message("hours") ? ` ${idBase}-week-error` : ""}`}>
        <legend className="text-sm font-semibold text-gray-900">{tb("form.week")}</legend>
        <p id={`${idBase}-week-hint`} className="text-sm text-gray-600">
          {tb("form.weekHint")}
        </p>
        {message("hours") && (
          <p id={`${idBase}-week-error`} className="text-sm text-danger-700">
            {message("hours")}
          </p>
        )}
        <div className="flex flex-col divide-y divide-gray-100 rounded-md border border-gray-200">
          {WEEK_MONDAY_FIRST.map((day) => {
            const dayError = message(`hours.${day}`);
            return (
              <div key={day} role="group" aria-labelledby={`${idBase}-${day}`} className="grid gap-2 p-3 sm:grid-cols-[9rem_minmax(0,1fr)]">
                <p id={`${idBase}-${day}`} className="text-sm font-medium text-gray-900 sm:pt-2">
                  {days[day]}
                </p>
                <div className="flex flex-col gap-2">
                  {week[day].length === 0 && <p className="text-sm text-gray-600 sm:pt-2">{tb("form.closed")}</p>}
                  {week[day].map((row, i) => {
                    const n = i + 1;
                    const rowError = message(`hours.${day}.${i}`);
                    const startError = message(`hours.${day}.${i}.0`);
                    const endError = message(`hours.${day}.${i}.1`);
                    const errorId = `${idBase}-${day}-${row.key}-error`;
                    const anyError = rowError ?? startError ?? endError;
                    const set = (part: "start" | "end", value: string) =>
                      changeDay(day, week[day].map((r) => (r.key === row.key ? { ...r, [part]: value } : r)));
                    return (
                      <div key={row.key} className="flex flex-col gap-1">
                        <div className="flex flex-wrap items-end gap-2">
                          {(["start", "end"] as const).map((part) => (
                            <div key={part} className="flex flex-col gap-1">
                              <label htmlFor={inputId(day, row.key, part)} className="text-xs text-gray-700">
                                <span className="sr-only">{tb("form.intervalLabel", { day: days[day], n })} </span>
                                {part === "start" ? tb("form.opens") : tb("form.closes")}
                              </label>
                              <Input
                                id={inputId(day, row.key, part)}
                                type="time"
                                dir="ltr"
                                className="w-36"
                                value={part === "start" ? row.start : row.end}
                                invalid={Boolean(rowError ?? (part === "start" ? startError : endError))}
                                aria-invalid={rowError ?? (part === "start" ? startError : endError) ? true : undefined}
                                aria-describedby={anyError ? errorId : undefined}
                                onChange={(e) => set(part, e.target.value)}
                              />
                            </div>
                          ))}
                          <Button type="button" variant="ghost" size="sm" aria-label={tb("form.removeInterval", { day: days[day], n })} onClick={() => removeInterval(day, row.key)}>
                            {tb("form.remove")}
                          </Button>
                        </div>
                        {anyError && (
                          <p id={errorId} className="text-sm text-danger-700">
                            {anyError}
                          </p>
                        )}
                      </div>
                    );
                  })}
                  {dayError && <p className="text-sm text-danger-700">{dayError}</p>}
                  <div>
                    <Button
                      type="button"
                      variant="secondary"
                      size="sm"
                      aria-label={tb("form.addIntervalTo", { day: days[day] })}
                      disabled={week[day].length >= MAX_INTERVALS}
                      onClick={() => addInterval(day)}
                    >
                      {tb("form.addInterval")}
                    </Button>
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>

      <HolidaysEditor
        slug={slug}
        calendarId={calendar?.id}
        holidays={holidays}
        onChange={(rows, structural) => {
          setHolidays(rows);
          if (structural) setError(null);
        }}
        newKey={newKey}
        message={message}
      />

      <div className="flex flex-wrap gap-2">
        <Button type="submit" loading={pending}>
          {pending ? tb("form.saving") : calendar ? tb("form.save") : tb("form.create")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => onClose()}>
          {tb("form.cancel")}
        </Button>
      </div>
    </form>
  );
}
