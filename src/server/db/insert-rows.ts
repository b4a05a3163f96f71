// Multi-row INSERTs through the pg driver (withDriver in db.ts), for the hot path of the mail
// worker: a batch of new tickets, their first messages and events. Prisma's createMany costs the
// worker about 0.7 ms of CPU per row before the row's text is counted (measured: 1,000 messages in
// batches of 20, 0.68 s with two-letter texts, 1.3 s with 3.5 kB ones; through pg, a tenth), since
// every call is turned into its JSON protocol, compiled by its query compiler and interpreted.
//
// The rows are typed by what Prisma's generated create types allow (so a column that does not
// exist, or a value of the wrong type, fails the type check), and each statement names the SQL
// type of each column it writes. What Prisma would fill in on the client must be given here:
// ids (uuid v7, as @default(uuid(7))) and @updatedAt columns. Database defaults apply to columns
// left out.
import { v7 as uuidv7 } from "uuid";
import type pg from "pg";
import { withDriver, type DbTx } from "@/server/db";

/** The SQL type each written column is cast to, e.g. `uuid`, `text[]`, `jsonb`, `"Channel"`. */
export type ColumnTypes<Row> = { readonly [K in keyof Row & string]-?: string };

/** A new uuid v7 (time-ordered), as Prisma's @default(uuid(7)) makes them. */
export function newId(): string {
  return uuidv7();
}

function toParameter(value: unknown, type: string): unknown {
  if (value === undefined) return null;
  // pg would send a JS array as a PostgreSQL array: a jsonb value goes as its JSON text.
  if (type === "jsonb" && value !== null) return JSON.stringify(value);
  return value;
}

/**
 * INSERT INTO `table` the `rows` (every row with the same columns, those of `types`) in one
 * statement, RETURNING the `returning` columns of each row (in no particular order).
 */
export async function insertRows<Row extends object, Returned extends object = { id: string }>(
  db: DbTx,
  table: string,
  types: ColumnTypes<Row>,
  rows: readonly Row[],
  returning: readonly (keyof Returned & string)[] = ["id" as keyof Returned & string],
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  const columns = Object.keys(types) as (keyof Row & string)[];
  const params: unknown[] = [];
  const values = rows.map((row) => {
    const cells = columns.map((column) => {
      params.push(toParameter((row as Record<string, unknown>)[column], types[column]));
      return `$${params.length}::${types[column]}`;
    });
    return `(${cells.join(", ")})`;
  });
  const quote = (name: string) => `"${name}"`;
  const sql =
    `INSERT INTO ${quote(table)} (${columns.map(quote).join(", ")}) VALUES ${values.join(", ")}` +
    (returning.length > 0 ? ` RETURNING ${returning.map(quote).join(", ")}` : "");
  return withDriver(db, async (client) => (await client.query<Returned & pg.QueryResultRow>(sql, params)).rows);
}
