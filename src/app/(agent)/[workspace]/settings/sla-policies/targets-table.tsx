"use client";
// The targets of a policy: one row per priority (Urgent to Low), a duration (number and unit) for
// first response, next response and resolution, and whether they count in business hours. Errors
// show under the cell they name; "no target at all" marks every time of the table.
import { useTranslations } from "next-intl";
import { DURATION_UNITS, type DurationUnit } from "@/lib/sla-durations";
import { Checkbox } from "@/ui/checkbox";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import type { PolicyField } from "./policy-errors";
import { METRICS, PRIORITIES, type Metric } from "./policy-summary";

export type Duration = { value: string; unit: DurationUnit };
export type TargetRow = Record<Metric, Duration> & { businessHours: boolean };
export type TargetRows = Record<(typeof PRIORITIES)[number], TargetRow>;

const METRIC_LABEL: Record<Metric, "firstResponse" | "nextResponse" | "resolution"> = {
  firstResponseMinutes: "firstResponse",
  nextResponseMinutes: "nextResponse",
  resolutionMinutes: "resolution",
};

type Props = {
  idBase: string;
  rows: TargetRows;
  onChange: (rows: TargetRows) => void;
  errors: Partial<Record<PolicyField, string>>;
};

export function TargetsTable({ idBase, rows, onChange, errors }: Props) {
  const t = useTranslations("settings.slaPolicies.form");
  const tt = useTranslations("tickets");
  const tableErrorId = `${idBase}-targets-error`;
  const set = (priority: keyof TargetRows, row: Partial<TargetRow>) => onChange({ ...rows, [priority]: { ...rows[priority], ...row } });

  return (
    // min-w-0: a fieldset is at least as wide as its content by default, which would let the table
    // push the page wider than a phone instead of scrolling in its region.
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={`${idBase}-targets-hint${errors.targets ? ` ${tableErrorId}` : ""}`}>
      <legend className="text-sm font-semibold text-gray-900">{t("targets")}</legend>
      <p id={`${idBase}-targets-hint`} className="text-sm text-gray-600">
        {t("targetsHint")}
      </p>
      {errors.targets && (
        <p id={tableErrorId} className="text-sm text-danger-700">
          {errors.targets}
        </p>
      )}
      {/* Wider than a phone: it scrolls sideways, and takes the focus so keyboards can scroll it. */}
      <div role="region" aria-label={t("targets")} tabIndex={0} className="relative overflow-x-auto rounded-md border border-gray-200 focus:outline-2 focus:outline-brand-600">
        <table className="min-w-full text-sm">
          <thead className="bg-gray-50 text-start text-gray-700">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t("priority")}
              </th>
              {METRICS.map((m) => (
                <th key={m} scope="col" className="px-3 py-2 text-start font-medium">
                  {t(METRIC_LABEL[m])}
                </th>
              ))}
              <th scope="col" className="px-3 py-2 text-start font-medium">
                {t("businessHours")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {PRIORITIES.map((priority) => {
              const name = tt(`priority.${priority.toUpperCase()}`);
              const rowError = errors[`targets.${priority}`];
              return (
                <tr key={priority}>
                  <th scope="row" className="px-3 py-2 text-start font-medium whitespace-nowrap text-gray-900">
                    {name}
                  </th>
                  {METRICS.map((metric) => {
                    const cellError = errors[`targets.${priority}.${metric}`] ?? rowError;
                    const errorId = `${idBase}-${priority}-${metric}-error`;
                    const describedBy = cellError ? errorId : errors.targets ? tableErrorId : undefined;
                    const duration = rows[priority][metric];
                    const label = { priority: name, metric: t(METRIC_LABEL[metric]) };
                    return (
                      <td key={metric} className="px-3 py-2 align-top">
                        <div className="flex gap-1">
                          <Input
                            type="number"
                            inputMode="decimal"
                            min={0}
                            step="any"
                            dir="ltr"
                            className="w-20 shrink-0"
                            aria-label={t("durationValue", label)}
                            value={duration.value}
                            invalid={Boolean(cellError ?? errors.targets)}
                            aria-describedby={describedBy}
                            onChange={(e) => set(priority, { [metric]: { ...duration, value: e.target.value } })}
                          />
                          <Select
                            aria-label={t("durationUnit", label)}
                            value={duration.unit}
                            wrapperClassName="w-32 shrink-0"
                            onChange={(e) => set(priority, { [metric]: { ...duration, unit: e.target.value as DurationUnit } })}
                          >
                            {DURATION_UNITS.map((unit) => (
                              <option key={unit} value={unit}>
                                {t(unit)}
                              </option>
                            ))}
                          </Select>
                        </div>
                        {cellError && (
                          <p id={errorId} className="mt-1 max-w-48 text-xs text-danger-700">
                            {cellError}
                          </p>
                        )}
                      </td>
                    );
                  })}
                  <td className="px-3 py-2 align-top">
                    <Checkbox
                      className="pt-2"
                      label={<span className="sr-only">{t("businessHoursFor", { priority: name })}</span>}
                      checked={rows[priority].businessHours}
                      onChange={(e) => set(priority, { businessHours: e.target.checked })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
