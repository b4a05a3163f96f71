// A chart as a figure: a card with its title, the chart (hidden from assistive technology) and the
// same numbers as a table under "Show the numbers", for screen readers and for anyone who wants
// the exact values. Time runs left to right in every language, as on a calendar: the chart area is
// dir="ltr". Used by the help center's measures and the reports.
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/ui/card";

export type ChartFigureProps = { id: string; title: string; description: string; showNumbersLabel: string; table: ReactNode; children: ReactNode };

export function ChartFigure({ id, title, description, showNumbersLabel, table, children }: ChartFigureProps) {
  return (
    <Card>
      <CardHeader title={<span id={id}>{title}</span>} description={description} level={2} />
      <CardBody>
        <figure aria-labelledby={id}>
          {/* Clipped: the chart follows its box's width a frame late (ResizeObserver), so when the
              window narrows it must not push the page wider meanwhile. */}
          <div dir="ltr" className="h-64 w-full overflow-hidden" aria-hidden="true">
            {children}
          </div>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium text-brand-700">{showNumbersLabel}</summary>
            <div className="mt-2 max-h-72 overflow-auto">{table}</div>
          </details>
        </figure>
      </CardBody>
    </Card>
  );
}

/** The numbers behind a chart: the first column names the row, the rest are right-aligned figures. */
export function NumbersTable({ head, rows }: { head: string[]; rows: Array<Array<string | number>> }) {
  return (
    <table className="w-full text-sm">
      <thead className="text-gray-600">
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={i === 0 ? "py-1 pe-3 text-start font-medium" : "px-2 py-1 text-end font-medium"}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r, ri) => (
          <tr key={`${String(r[0])}-${ri}`} className="border-t border-gray-100">
            {r.map((c, i) =>
              i === 0 ? (
                <th key={i} scope="row" className="py-1 pe-3 text-start font-normal">
                  {c}
                </th>
              ) : (
                <td key={i} className="px-2 py-1 text-end tabular-nums">
                  {c}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
