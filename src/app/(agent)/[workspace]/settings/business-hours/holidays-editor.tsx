"use client";
// The holidays of a calendar being edited (date and name, added and removed here, saved with the
// calendar) and the import from an iCalendar file, which the server merges into the saved calendar
// at once (src/server/sla/import-holidays.ts); its new dates are then added to the list here too.
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionError } from "@/server/action";
import { importHolidaysAction } from "@/server/sla/calendar.actions";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { calendarErrorMessage } from "./calendar-errors";

export type HolidayRow = { key: number; date: string; name: string };

type Props = {
  slug: string;
  /** Unset for a calendar not saved yet: nothing to import into. */
  calendarId: string | undefined;
  holidays: HolidayRow[];
  /** `structural`: rows were added or removed, so positions in old errors are stale. */
  onChange: (rows: HolidayRow[], structural: boolean) => void;
  newKey: () => number;
  message: (path: string) => string | undefined;
};

const byDate = (a: HolidayRow, b: HolidayRow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function HolidaysEditor({ slug, calendarId, holidays, onChange, newKey, message }: Props) {
  const t = useTranslations("settings");
  const tb = useTranslations("settings.businessHours");
  const idBase = useId();
  const thisYear = new Date().getFullYear();
  const [file, setFile] = useState<File | null>(null);
  const [from, setFrom] = useState(String(thisYear));
  const [to, setTo] = useState(String(thisYear + 1));
  const [importError, setImportError] = useState<ActionError | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [importing, startImport] = useTransition();

  function add() {
    const key = newKey();
    onChange([...holidays, { key, date: "", name: "" }], true);
    requestAnimationFrame(() => document.getElementById(`${idBase}-${key}-date`)?.focus());
  }

  function runImport() {
    setImportError(null);
    setImported(null);
    if (!calendarId) return;
    if (!file) {
      setImportError({ code: "VALIDATION", message: "", fields: { file: { code: "required", message: "" } } });
      return;
    }
    startImport(async () => {
      const result = await importHolidaysAction(slug, { calendarId, file, from: Number(from), to: Number(to) });
      if (!result.ok) {
        setImportError(result.error);
        return;
      }
      setImported(tb("import.result", { added: result.data.added, found: result.data.found }));
      const known = new Set(holidays.map((h) => h.date));
      const fresh = result.data.calendar.holidays.filter((h) => !known.has(h.date)).map((h) => ({ key: newKey(), ...h }));
      if (fresh.length > 0) onChange([...holidays, ...fresh].sort(byDate), true);
    });
  }

  const importFields = importError?.fields ?? {};
  const importMessage = (path: string) => calendarErrorMessage(t, path, importFields[path]);
  const importGeneral = importError && !importFields.file && !importFields.from && !importFields.to ? t("errors.invalid") : null;

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="text-sm font-semibold text-gray-900">{tb("form.holidays")}</legend>
      {message("holidays") && <p className="text-sm text-danger-700">{message("holidays")}</p>}
      {holidays.length === 0 ? (
        <p className="text-sm text-gray-600">{tb("form.noHolidays")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {holidays.map((row, i) => {
            const n = i + 1;
            const dateError = message(`holidays.${i}.date`);
            const nameError = message(`holidays.${i}.name`);
            const set = (part: "date" | "name", value: string) => onChange(holidays.map((h) => (h.key === row.key ? { ...h, [part]: value } : h)), false);
            return (
              <li key={row.key} className="flex flex-col gap-2 sm:flex-row sm:items-start">
                <Field id={`${idBase}-${row.key}-date`} className="sm:w-44" label={tb("form.holidayDate", { n })} error={dateError}>
                  {(control) => <Input {...control} type="date" dir="ltr" value={row.date} onChange={(e) => set("date", e.target.value)} />}
                </Field>
                <Field className="min-w-0 flex-1" label={tb("form.holidayName", { n })} error={nameError}>
                  {(control) => <Input {...control} dir="auto" value={row.name} maxLength={120} onChange={(e) => set("name", e.target.value)} />}
                </Field>
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  className="sm:mt-7"
                  aria-label={tb("form.removeHoliday", { n })}
                  onClick={() => onChange(holidays.filter((h) => h.key !== row.key), true)}
                >
                  {tb("form.remove")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <Button type="button" variant="secondary" size="sm" onClick={add}>
          {tb("form.addHoliday")}
        </Button>
      </div>

      <div className="flex flex-col gap-3 rounded-md border border-gray-200 p-3" role="group" aria-labelledby={`${idBase}-import`}>
        <p id={`${idBase}-import`} className="text-sm font-medium text-gray-900">
          {tb("import.title")}
        </p>
        {calendarId ? (
          <>
            <p className="text-sm text-gray-600">{tb("import.hint")}</p>
            <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem_8rem_auto] sm:items-start">
              <Field label={tb("import.file")} error={importMessage("file")}>
                {(control) => (
                  <Input
                    {...control}
                    type="file"
                    accept=".ics,text/calendar"
                    className="h-auto py-1.5"
                    onChange={(e) => setFile(e.target.files?.[0] ?? null)}
                  />
                )}
              </Field>
              <Field label={tb("import.from")} error={importMessage("from")}>
                {(control) => <Input {...control} type="number" inputMode="numeric" dir="ltr" min={1970} max={2200} value={from} onChange={(e) => setFrom(e.target.value)} />}
              </Field>
              <Field label={tb("import.to")} error={importMessage("to")}>
                {(control) => <Input {...control} type="number" inputMode="numeric" dir="ltr" min={1970} max={2200} value={to} onChange={(e) => setTo(e.target.value)} />}
              </Field>
              <Button type="button" variant="secondary" className="sm:mt-7" loading={importing} onClick={runImport}>
                {importing ? tb("import.importing") : tb("import.submit")}
              </Button>
            </div>
            <div aria-live="polite">
              {imported && <Alert tone="success">{imported}</Alert>}
            </div>
            {importGeneral && <Alert tone="danger">{importGeneral}</Alert>}
          </>
        ) : (
          <p className="text-sm text-gray-600">{tb("import.saveFirst")}</p>
        )}
      </div>
    </fieldset>
  );
}
