// Builds the benchmark data set once (set-based SQL, see build-sql.ts) and records its parameters
// in bench.build_info; later runs reuse it while the parameters match. Indexes and constraints of
// the bulk tables are dropped for the load and rebuilt afterwards (a sorted build is far cheaper
// than a million random insertions, and foreign keys are then checked by one join each instead
// of one lookup per row), then everything is VACUUM ANALYZEd as autovacuum would.
import pg from "pg";
import { formatMs, log, step } from "./bench-log";
import {
  BULK_TABLES,
  CUSTOMERS_SQL,
  MESSAGES_SQL,
  SETUP_SQL,
  SMALL_TABLES_SQL,
  SPAN_MS,
  TICKET_SOURCE_SQL,
  TICKET_TAGS_SQL,
  TICKETS_SQL,
} from "./build-sql";
import { AREAS, COMMON_WORD, EMAIL_DOMAINS, FIRST_NAMES, LAST_NAMES, RARE_WORDS, SUBJECTS, TAGS, WORDS } from "./vocabulary";

export type BuildParams = { version: number; workspaces: number; tickets: number; bigShare: number; messagesPerTicket: number };
export const PARAMS: BuildParams = { version: 1, workspaces: 100, tickets: 1_000_000, bigShare: 0.3, messagesPerTicket: 3 };
const PHRASES = 4096;
/** One phrase in COMMON_EVERY holds the common word; three phrases per message make it ~10% of messages. */
const COMMON_EVERY = 29;

/** Phases in the order they ran (a jsonb array keeps its order; an object would not). */
export type BuildInfo = { params: BuildParams; builtAt: Date; phases: Array<[string, number]> };

export async function readBuildInfo(url: string): Promise<BuildInfo | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ params: BuildParams; built_at: Date; phases: Array<[string, number]> | Record<string, number> }>(
      "SELECT params, built_at, phases FROM bench.build_info WHERE id = 1",
    ).catch(() => ({ rows: [] }));
    const row = rows[0];
    if (!row) return null;
    return { params: row.params, builtAt: row.built_at, phases: Array.isArray(row.phases) ? row.phases : Object.entries(row.phases) };
  } finally {
    await client.end();
  }
}

/** A seeded generator, so that every build writes the same phrases. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makePhrases(): string[] {
  const random = mulberry32(20261125);
  const languages: Array<keyof typeof WORDS> = ["en", "en", "en", "en", "el", "el", "pl", "pl", "et", "de"];
  return Array.from({ length: PHRASES }, (_, i) => {
    const words = WORDS[languages[i % languages.length]!];
    const count = 5 + Math.floor(random() * 6);
    // Squaring skews the choice: a few words are very common, most are not (as in real text).
    const picked = Array.from({ length: count }, () => words[Math.floor(words.length * random() ** 2)]!);
    if (i % COMMON_EVERY === 0) picked.splice(1 + Math.floor(random() * (count - 1)), 0, COMMON_WORD);
    return picked.join(" ");
  });
}

/** Tickets (serials in the big workspace) whose first message gets a rare word. */
function rareTickets(bigTickets: number): Array<{ g: number; word: string }> {
  const random = mulberry32(7);
  const used = new Set<number>();
  const out: Array<{ g: number; word: string }> = [];
  for (const { word, messages } of RARE_WORDS) {
    for (let i = 0; i < messages; i++) {
      let g: number;
      do g = 1 + Math.floor(random() * bigTickets);
      while (used.has(g));
      used.add(g);
      out.push({ g, word });
    }
  }
  return out;
}

type Ddl = { kind: "key" | "index" | "fk"; table: string; name: string; sql: string };

/** The indexes and constraints of the bulk tables (and foreign keys pointing at them), as DDL. */
async function bulkDdl(client: pg.Client): Promise<Ddl[]> {
  const tables = BULK_TABLES.map((t) => `'"${t}"'::regclass`).join(", ");
  const { rows } = await client.query<{ kind: Ddl["kind"]; table: string; name: string; sql: string }>(`
    SELECT CASE WHEN c.contype = 'f' THEN 'fk' ELSE 'key' END AS kind, c.conrelid::regclass::text AS table, c.conname AS name,
           format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS sql
      FROM pg_constraint c
     WHERE c.contype IN ('p', 'u', 'f') AND (c.conrelid IN (${tables}) OR (c.contype = 'f' AND c.confrelid IN (${tables})))
    UNION ALL
    SELECT 'index', i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
      FROM pg_index i
     WHERE i.indrelid IN (${tables}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`);
  return rows;
}

/** Runs `jobs` on `connections` clients side by side (two cores: two at a time). */
async function parallel<T>(clients: pg.Client[], jobs: T[], run: (client: pg.Client, job: T) => Promise<void>): Promise<void> {
  const queue = [...jobs];
  await Promise.all(
    clients.map(async (client) => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) await run(client, job);
    }),
  );
}

export async function buildData(url: string, params: BuildParams = PARAMS): Promise<BuildInfo> {
  const phases: Array<[string, number]> = [];
  const t0 = performance.now();
  const timed = async (name: string, fn: () => Promise<void>) => {
    phases.push([name, (await step(name, fn)).ms]);
  };
  const clients = [new pg.Client({ connectionString: url }), new pg.Client({ connectionString: url })];
  await Promise.all(clients.map((c) => c.connect()));
  const [main] = clients as [pg.Client, pg.Client];
  const bigTickets = Math.round(params.tickets * params.bigShare);
  try {
    for (const c of clients) {
      await c.query("SET synchronous_commit = off; SET work_mem = '256MB'; SET maintenance_work_mem = '768MB'; SET max_parallel_maintenance_workers = 0");
    }
    await timed("setup: helpers, vocabulary and parameters", async () => {
      await main.query(SETUP_SQL);
      await main.query(TICKET_SOURCE_SQL);
      await main.query("INSERT INTO bench.params VALUES ($1, $2, $3, $4, $5)", [Date.now() - SPAN_MS, SPAN_MS, bigTickets, params.tickets, params.workspaces]);
      const phrases = makePhrases();
      await main.query("INSERT INTO bench.phrase (i, text) SELECT i - 1, t FROM unnest($1::text[]) WITH ORDINALITY AS p(t, i)", [phrases]);
      await main.query("INSERT INTO bench.phrase (i, text) SELECT -i, t FROM unnest($1::text[]) WITH ORDINALITY AS p(t, i)", [SUBJECTS]);
      const rare = rareTickets(bigTickets);
      await main.query("INSERT INTO bench.rare (g, word) SELECT * FROM unnest($1::bigint[], $2::text[])", [rare.map((r) => r.g), rare.map((r) => r.word)]);
      for (const [kind, names] of [["first", FIRST_NAMES], ["last", LAST_NAMES]] as const) {
        await main.query("INSERT INTO bench.names SELECT $1, i - 1, d, a FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS n(d, a, i)", [
          kind,
          names.map((n) => n[0]),
          names.map((n) => n[1]),
        ]);
      }
    });
    const ddl = await bulkDdl(main);
    await timed(`drop ${ddl.length} indexes and constraints of ${BULK_TABLES.join(", ")}`, async () => {
      for (const d of ddl.filter((d) => d.kind === "fk")) await main.query(`ALTER TABLE ${d.table} DROP CONSTRAINT "${d.name}"`);
      for (const d of ddl.filter((d) => d.kind === "key")) await main.query(`ALTER TABLE ${d.table} DROP CONSTRAINT "${d.name}"`);
      for (const d of ddl.filter((d) => d.kind === "index")) await main.query(`DROP INDEX ${d.name}`);
    });
    await timed("workspaces, users, members, problem areas, tags", async () => {
      await main.query("BEGIN");
      for (const sql of SMALL_TABLES_SQL.split(/;\s*\n/).map((s) => s.trim()).filter(Boolean)) {
        const args = !sql.includes("$1")
          ? []
          : sql.startsWith('INSERT INTO "Tag"')
            ? [TAGS]
            : [AREAS.map((a) => a[0]), AREAS.map((a) => a[1])];
        await main.query(sql, args);
      }
      await main.query("COMMIT");
    });
    await timed("customers (~1 per 3 tickets)", async () => {
      await main.query(CUSTOMERS_SQL, [EMAIL_DOMAINS]);
    });
    const chunk = 50_000;
    const ranges = Array.from({ length: Math.ceil(params.tickets / chunk) }, (_, i) => [i * chunk + 1, Math.min(params.tickets, (i + 1) * chunk)] as const);
    let done = 0;
    await timed(`${params.tickets.toLocaleString("en")} tickets (2 connections)`, () =>
      parallel(clients, ranges, async (c, [g0, g1]) => {
        await c.query(TICKETS_SQL, [g0, g1]);
        done += g1 - g0 + 1;
        log.debug({ tickets: done }, "tickets written");
      }),
    );
    done = 0;
    await timed(`${(params.tickets * params.messagesPerTicket).toLocaleString("en")} messages with their search vectors (2 connections)`, () =>
      parallel(clients, ranges, async (c, [g0, g1]) => {
        const t = performance.now();
        await c.query(MESSAGES_SQL, [g0, g1, PHRASES]);
        done += g1 - g0 + 1;
        log.info({ ms: Math.round(performance.now() - t) }, `messages of ${done.toLocaleString("en")} / ${params.tickets.toLocaleString("en")} tickets`);
      }),
    );
    await timed("ticket tags", async () => {
      await main.query(TICKET_TAGS_SQL);
    });
    await timed(`rebuild ${ddl.filter((d) => d.kind !== "fk").length} indexes and keys (2 connections)`, () =>
      parallel(clients, [...ddl.filter((d) => d.kind === "key"), ...ddl.filter((d) => d.kind === "index")], async (c, d) => {
        const t = performance.now();
        await c.query(d.sql);
        log.info({ ms: Math.round(performance.now() - t) }, `built ${d.name}`);
      }),
    );
    await timed(`re-add ${ddl.filter((d) => d.kind === "fk").length} foreign keys`, () =>
      parallel(clients, ddl.filter((d) => d.kind === "fk"), async (c, d) => {
        await c.query(d.sql);
      }),
    );
    await timed("VACUUM ANALYZE", () =>
      parallel(clients, ["Message", "Ticket", "Customer", "TicketTag", "Workspace", "Member", "User", "ProblemArea", "Tag"], async (c, t) => {
        await c.query(`VACUUM (ANALYZE) "${t}"`);
      }),
    );
    const counts = await main.query<{ tickets: string; messages: string; common: string; rare: string }>(`
      SELECT (SELECT count(*) FROM "Ticket") AS tickets, (SELECT count(*) FROM "Message") AS messages,
             (SELECT count(*) FROM "Message" WHERE "searchVector" @@ to_tsquery('simple', $1)) AS common,
             (SELECT count(*) FROM "Message" WHERE "searchVector" @@ to_tsquery('simple', $2)) AS rare`, [COMMON_WORD, RARE_WORDS[0]!.word]);
    const row = counts.rows[0]!;
    log.info({ tickets: row.tickets, messages: row.messages, [`"${COMMON_WORD}"`]: row.common, [`"${RARE_WORDS[0]!.word}"`]: row.rare }, "data written");
    const total = Math.round(performance.now() - t0);
    phases.push(["total", total]);
    await main.query("INSERT INTO bench.build_info VALUES (1, $1, now(), $2)", [JSON.stringify(params), JSON.stringify(phases)]);
    log.info({ ms: total }, `benchmark database built in ${formatMs(total)}`);
    return { params, builtAt: new Date(), phases };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
