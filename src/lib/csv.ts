// CSV as RFC 4180 writes it (CRLF rows, fields with a comma, quote or line break quoted, quotes
// doubled), made safe to open in a spreadsheet: a cell starting with = + - @ (or a tab or carriage
// return, which some spreadsheets skip before one of those) is prefixed with a single quote, so
// it is shown as text and never run as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
