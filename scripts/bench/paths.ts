// The read paths measured, each through the real code (listInbox, searchTickets) with a member
// ctx of the big workspace, and each paired with the statements it sent, replayed with plain pg.
import type pg from "pg";
import type { Ctx } from "@/server/context";
import type { InboxFilters } from "@/server/inbox/inbox.schemas";
import { listInbox } from "@/server/inbox/list-inbox";
import { searchTickets } from "@/server/search/search-tickets";
import { log } from "./bench-log";
import { captureStatements, explain, replay, type Statement } from "./sql-capture";
import { timePair, type Summary } from "./timing";
import { COMMON_WORD, RARE_WORD } from "./vocabulary";

export type PathKind = "list" | "search";
export type PathResult = { name: string; kind: PathKind; path: Summary; raw: Summary; statements: number; resultRows: number };

type PathDef = { name: string; kind: PathKind; run: () => Promise<number> };

export const DEFAULT_VIEW: InboxFilters = { status: ["OPEN"] };
export const FILTERED_VIEW: InboxFilters = { status: ["OPEN"], priority: ["HIGH", "URGENT"], area: "returns" };
const PAGE = 50;

/**
 * The cursor of page `page` of the default view, following nextCursor page by page (untimed);
 * a smaller data set (BENCH_TICKETS) may have fewer pages, then the last one is used and named.
 */
async function cursorOfPage(ctx: Ctx, page: number): Promise<{ cursor: string; page: number }> {
  let cursor: string | undefined;
  let reached = 1;
  for (; reached < page; reached++) {
    const next: string | null = (await listInbox(ctx, { filters: DEFAULT_VIEW, sort: "activity", limit: PAGE, ...(cursor ? { cursor } : {}) })).nextCursor;
    if (!next) break;
    cursor = next;
  }
  if (!cursor) throw new Error("the default view has a single page");
  if (reached < page) log.warn({ pages: reached }, `the default view has fewer than ${page} pages`);
  return { cursor, page: reached };
}

export async function definePaths(ctx: Ctx): Promise<PathDef[]> {
  const deep = await cursorOfPage(ctx, 50);
  const list = (filters: InboxFilters, cursor?: string) => async () =>
    (await listInbox(ctx, { filters, sort: "activity", limit: PAGE, ...(cursor ? { cursor } : {}) })).items.length;
  const search = (q: string) => async () => (await searchTickets(ctx, { q, limit: PAGE })).length;
  return [
    { name: "list: All open (default view)", kind: "list", run: list(DEFAULT_VIEW) },
    { name: "list: open+high/urgent+area returns", kind: "list", run: list(FILTERED_VIEW) },
    { name: `list: page ${deep.page} by cursor`, kind: "list", run: list(DEFAULT_VIEW, deep.cursor) },
    { name: `search: common word "${COMMON_WORD}"`, kind: "search", run: search(COMMON_WORD) },
    { name: `search: rare word "${RARE_WORD}"`, kind: "search", run: search(RARE_WORD) },
  ];
}

export async function measurePaths(
  paths: PathDef[],
  rawClient: pg.Client,
  opts: { runs: number; warmup: number; explain: boolean; only?: string },
): Promise<{ results: PathResult[]; plans: Map<string, string[]> }> {
  const results: PathResult[] = [];
  const plans = new Map<string, string[]>();
  for (const p of paths.filter((p) => !opts.only || p.name.includes(opts.only))) {
    let rows = 0;
    const statements: Statement[] = await captureStatements(async () => {
      rows = await p.run();
    });
    log.info({ statements: statements.length, rows }, `measuring ${p.name}`);
    const t0 = performance.now();
    const { path, raw } = await timePair(p.run, () => replay(rawClient, statements), opts.runs, opts.warmup);
    log.info({ p95: path.p95, rawP95: raw.p95, ms: Math.round(performance.now() - t0) }, `measured ${p.name}`);
    results.push({ name: p.name, kind: p.kind, path, raw, statements: statements.length, resultRows: rows });
    if (opts.explain) plans.set(p.name, await explain(rawClient, statements));
  }
  return { results, plans };
}
