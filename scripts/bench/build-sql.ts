// The set-based SQL that generates the benchmark data. Every value is a function of the row's
// serial (`g` for tickets) through bench.rnd (a seeded hash), so tickets and their messages are
// computed independently and in any order, chunk by chunk on two connections, without joins
// back to rows already written. Ids are UUIDv7-shaped (creation time first, like the app's
// uuid(7)), so indexes on ids see the same locality as in production.
export const SPAN_MS = 2 * 365 * 24 * 3_600_000;

/** Helper functions and lookup tables in a `bench` schema that the app never reads. */
export const SETUP_SQL = `
CREATE SCHEMA IF NOT EXISTS bench;
CREATE TABLE IF NOT EXISTS bench.build_info (id int PRIMARY KEY, params jsonb NOT NULL, built_at timestamptz NOT NULL, phases jsonb NOT NULL);
CREATE OR REPLACE FUNCTION bench.rnd(a bigint, salt bigint, n bigint) RETURNS bigint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN ((hashint8extended(a, salt) % n) + n) % n;
CREATE OR REPLACE FUNCTION bench.uuid7(ms bigint, seq bigint) RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (lpad(to_hex(ms), 12, '0') || '7000' || '8' || lpad(to_hex(seq), 15, '0'))::uuid;
CREATE TABLE bench.params (start_ms bigint NOT NULL, span_ms bigint NOT NULL, big_tickets int NOT NULL, total_tickets int NOT NULL, workspaces int NOT NULL);
CREATE TABLE bench.ws (w int PRIMARY KEY, id uuid NOT NULL, slug text NOT NULL, tickets int NOT NULL, customers int NOT NULL,
  members int NOT NULL, member_ids uuid[], area_ids uuid[], tag_ids uuid[]);
CREATE TABLE bench.member (w int NOT NULL, k int NOT NULL, id uuid NOT NULL, user_id uuid NOT NULL, PRIMARY KEY (w, k));
CREATE TABLE bench.phrase (i int PRIMARY KEY, text text NOT NULL);
CREATE TABLE bench.rare (g bigint PRIMARY KEY, word text NOT NULL);
CREATE TABLE bench.names (kind text NOT NULL, i int NOT NULL, display text NOT NULL, ascii text NOT NULL, PRIMARY KEY (kind, i));
`;

/** Workspaces, users, members, problem areas and tags: small, written in one go. */
export const SMALL_TABLES_SQL = `
INSERT INTO bench.ws (w, id, slug, tickets, customers, members)
SELECT w, uuidv7(), CASE WHEN w = 1 THEN 'bench-big' ELSE 'bench-' || lpad(w::text, 3, '0') END, n, ceil(n / 3.0)::int,
       CASE WHEN w = 1 THEN 20 ELSE 3 + w % 4 END
  FROM bench.params p, generate_series(1, p.workspaces) w,
       LATERAL (SELECT CASE WHEN w = 1 THEN p.big_tickets
                            ELSE (p.total_tickets - p.big_tickets - (w - 2) + (p.workspaces - 2)) / (p.workspaces - 1) END AS n) c;

INSERT INTO "Workspace" ("id", "slug", "name", "timeZone", "defaultLocale", "ticketCounter", "createdAt", "updatedAt")
SELECT id, slug, CASE WHEN w = 1 THEN 'Bench big shop' ELSE 'Bench shop ' || w END, 'Europe/Athens', 'en', tickets,
       now() - interval '3 years', now()
  FROM bench.ws;

INSERT INTO bench.member (w, k, id, user_id) SELECT w, k, uuidv7(), uuidv7() FROM bench.ws, generate_series(1, members) k;

INSERT INTO "User" ("id", "email", "name", "createdAt", "updatedAt")
SELECT m.user_id, 'agent' || m.k || '@' || ws.slug || '.bench.test', f.display || ' ' || l.display, now() - interval '3 years', now()
  FROM bench.member m JOIN bench.ws ws USING (w)
  JOIN bench.names f ON f.kind = 'first' AND f.i = bench.rnd(m.w * 100 + m.k, 1, (SELECT count(*) FROM bench.names WHERE kind = 'first'))
  JOIN bench.names l ON l.kind = 'last' AND l.i = bench.rnd(m.w * 100 + m.k, 2, (SELECT count(*) FROM bench.names WHERE kind = 'last'));

INSERT INTO "Member" ("id", "workspaceId", "userId", "role", "createdAt", "updatedAt")
SELECT m.id, ws.id, m.user_id,
       (CASE WHEN m.k = 1 THEN 'ADMIN' WHEN m.k = ws.members THEN 'LIGHT_AGENT' ELSE 'AGENT' END)::"MemberRole",
       now() - interval '3 years', now()
  FROM bench.member m JOIN bench.ws ws USING (w);

UPDATE bench.ws SET member_ids = (SELECT array_agg(m.id ORDER BY m.k) FROM bench.member m WHERE m.w = ws.w);

INSERT INTO "ProblemArea" ("id", "workspaceId", "key", "name", "position", "createdAt")
SELECT uuidv7(), ws.id, a.key, a.name, a.pos, now() - interval '3 years'
  FROM bench.ws ws, unnest($1::text[], $2::text[]) WITH ORDINALITY AS a(key, name, pos);
UPDATE bench.ws SET area_ids = (SELECT array_agg(a."id" ORDER BY a."position") FROM "ProblemArea" a WHERE a."workspaceId" = ws.id);

INSERT INTO "Tag" ("id", "workspaceId", "name", "createdAt")
SELECT uuidv7(), ws.id, t.name, now() - interval '3 years' FROM bench.ws ws, unnest($1::text[]) AS t(name);
UPDATE bench.ws SET tag_ids = (SELECT array_agg(t."id" ORDER BY t."name") FROM "Tag" t WHERE t."workspaceId" = ws.id);
`;

/** About one customer per three tickets in each workspace; 10% without a name. */
export const CUSTOMERS_SQL = `
INSERT INTO "Customer" ("id", "workspaceId", "email", "name", "locale", "createdAt", "updatedAt")
SELECT bench.uuid7(c.ms, ws.w::bigint * 10000000 + k), ws.id,
       f.ascii || '.' || l.ascii || k || '@' || ($1::text[])[1 + bench.rnd(ws.w * 10000000 + k, 3, cardinality($1::text[]))],
       CASE WHEN bench.rnd(ws.w * 10000000 + k, 4, 10) = 0 THEN NULL ELSE f.display || ' ' || l.display END,
       (ARRAY['en', 'el', 'pl', 'et', 'de'])[1 + bench.rnd(ws.w * 10000000 + k, 5, 5)],
       to_timestamp(c.ms / 1000.0), to_timestamp(c.ms / 1000.0)
  FROM bench.params p, bench.ws ws, generate_series(1, ws.customers) k,
       LATERAL (SELECT p.start_ms + (p.span_ms * (k - 1)::numeric / ws.customers)::bigint - 86400000 AS ms) c,
       LATERAL (SELECT n.display, n.ascii FROM bench.names n
                 WHERE n.kind = 'first' AND n.i = bench.rnd(ws.w * 10000000 + k, 1, (SELECT count(*) FROM bench.names WHERE kind = 'first'))) f,
       LATERAL (SELECT n.display, n.ascii FROM bench.names n
                 WHERE n.kind = 'last' AND n.i = bench.rnd(ws.w * 10000000 + k, 2, (SELECT count(*) FROM bench.names WHERE kind = 'last'))) l;
`;

/**
 * Every ticket's values from its serial g: workspace (the first big_tickets serials are the big
 * workspace, the rest dealt round-robin), number, times (numbers follow creation time over the
 * two years; the last activity a skewed while after creation), status (open and pending mostly
 * among recent tickets: 25% open, 10% pending, 65% closed overall), priority, channel, assignee
 * (20% unassigned), area, customer and its message count (1..5, exactly 3 on average).
 */
export const TICKET_SOURCE_SQL = `
CREATE OR REPLACE FUNCTION bench.ticket_src(g0 bigint, g1 bigint)
RETURNS TABLE (g bigint, id uuid, w int, workspace_id uuid, num int, created_ms bigint, dur_ms bigint, c int,
               status "TicketStatus", priority "TicketPriority", channel "Channel", area_id uuid, customer_id uuid,
               assignee_id uuid, member_ids uuid[], members int, subject text, version int, snoozed boolean)
LANGUAGE sql STABLE AS $$
SELECT g, bench.uuid7(t.created_ms, g), ws.w, ws.id, x.num, t.created_ms, t.dur_ms, (1 + (g * 3) % 5)::int,
       (CASE WHEN s.recent THEN (CASE WHEN s.r < 700 THEN 'OPEN' WHEN s.r < 900 THEN 'PENDING' ELSE 'CLOSED' END)
             ELSE (CASE WHEN s.r < 200 THEN 'OPEN' WHEN s.r < 289 THEN 'PENDING' ELSE 'CLOSED' END) END)::"TicketStatus",
       (CASE WHEN pr < 15 THEN 'LOW' WHEN pr < 75 THEN 'NORMAL' WHEN pr < 93 THEN 'HIGH' ELSE 'URGENT' END)::"TicketPriority",
       (CASE WHEN ch < 55 THEN 'EMAIL' WHEN ch < 70 THEN 'FORM' WHEN ch < 80 THEN 'PORTAL' WHEN ch < 90 THEN 'CHAT'
             WHEN ch < 95 THEN 'PHONE' WHEN ch < 98 THEN 'API' ELSE 'SOCIAL' END)::"Channel",
       CASE WHEN bench.rnd(g, 9, 100) < 15 THEN NULL
            ELSE ws.area_ids[1 + floor(cardinality(ws.area_ids) * power(bench.rnd(g, 10, 1000) / 1000.0, 2))::int] END,
       bench.uuid7(p.start_ms + (p.span_ms * (cust.k - 1)::numeric / ws.customers)::bigint - 86400000, ws.w::bigint * 10000000 + cust.k),
       CASE WHEN bench.rnd(g, 7, 100) < 20 THEN NULL
            ELSE ws.member_ids[1 + floor(ws.members * power(bench.rnd(g, 8, 1000) / 1000.0, 1.5))::int] END,
       ws.member_ids, ws.members,
       (SELECT ph.text FROM bench.phrase ph WHERE ph.i = -1 - bench.rnd(g, 11, (SELECT count(*) FROM bench.phrase WHERE i < 0))),
       bench.rnd(g, 12, 6)::int,
       bench.rnd(g, 13, 10) = 0
  FROM bench.params p, generate_series(g0, g1) g,
       LATERAL (SELECT CASE WHEN g <= p.big_tickets THEN 1 ELSE 2 + (g - p.big_tickets - 1) % (p.workspaces - 1) END::int AS w,
                       CASE WHEN g <= p.big_tickets THEN g ELSE (g - p.big_tickets - 1) / (p.workspaces - 1) + 1 END::int AS num) x
  JOIN bench.ws ws ON ws.w = x.w,
       LATERAL (SELECT p.start_ms + (p.span_ms * (x.num - 1 + bench.rnd(g, 1, 1000) / 1000.0) / ws.tickets)::bigint AS created_ms) t0,
       LATERAL (SELECT t0.created_ms,
                       least((14 * 86400000 * power(bench.rnd(g, 2, 1000) / 1000.0, 3))::bigint,
                             greatest(0, p.start_ms + p.span_ms - 60000 - t0.created_ms)) AS dur_ms) t,
       LATERAL (SELECT (p.start_ms + p.span_ms - t.created_ms - t.dur_ms) < p.span_ms / 10 AS recent, bench.rnd(g, 3, 1000) AS r) s,
       LATERAL (SELECT bench.rnd(g, 4, 100) AS pr, bench.rnd(g, 6, 100) AS ch, 1 + bench.rnd(g, 5, ws.customers) AS k) cust
$$;
`;

export const TICKETS_SQL = `
INSERT INTO "Ticket" ("id", "workspaceId", "number", "subject", "status", "priority", "channel", "problemAreaId", "customerId",
  "assigneeId", "version", "createdAt", "updatedAt", "firstResponseAt", "lastCustomerMessageAt", "lastActivityAt", "closedAt", "snoozedUntil")
SELECT t.id, t.workspace_id, t.num, t.subject, t.status, t.priority, t.channel, t.area_id, t.customer_id, t.assignee_id, t.version,
       to_timestamp(t.created_ms / 1000.0), to_timestamp((t.created_ms + t.dur_ms) / 1000.0),
       CASE WHEN t.c > 1 THEN to_timestamp((t.created_ms + t.dur_ms / (t.c - 1)) / 1000.0) END,
       to_timestamp(t.created_ms / 1000.0),
       to_timestamp((t.created_ms + t.dur_ms) / 1000.0),
       CASE WHEN t.status = 'CLOSED' THEN to_timestamp((t.created_ms + t.dur_ms) / 1000.0) END,
       CASE WHEN t.status = 'PENDING' AND t.snoozed THEN now() + make_interval(days => 1 + (t.g % 7)::int) END
  FROM bench.ticket_src($1, $2) t`;

/**
 * Messages of tickets g0..g1: the first from the customer, then replies (50%), notes (15%) and
 * customer follow-ups (35%), spread from creation to the last activity. The text is three
 * phrases picked by hash; the rare words go into the first message of a few chosen tickets.
 */
export const MESSAGES_SQL = `
INSERT INTO "Message" ("id", "workspaceId", "ticketId", "kind", "authorMemberId", "authorCustomerId", "channel", "text", "createdAt")
SELECT bench.uuid7(m.ms, t.g * 8 + j), t.workspace_id, t.id, m.kind,
       CASE WHEN m.kind = 'INBOUND' THEN NULL ELSE coalesce(t.assignee_id, t.member_ids[1 + bench.rnd(t.g * 8 + j, 33, t.members)]) END,
       CASE WHEN m.kind = 'INBOUND' THEN t.customer_id END,
       t.channel,
       p1.text || ' ' || p2.text || ' ' || p3.text || coalesce(' ' || r.word, ''),
       to_timestamp(m.ms / 1000.0)
  FROM bench.ticket_src($1, $2) t
  CROSS JOIN LATERAL generate_series(1, t.c) j
  CROSS JOIN LATERAL (SELECT t.created_ms + CASE WHEN t.c = 1 THEN 0 ELSE t.dur_ms * (j - 1) / (t.c - 1) END AS ms,
                             (CASE WHEN j = 1 THEN 'INBOUND' WHEN bench.rnd(t.g * 8 + j, 32, 100) < 15 THEN 'NOTE'
                                   WHEN bench.rnd(t.g * 8 + j, 32, 100) < 65 THEN 'REPLY' ELSE 'INBOUND' END)::"MessageKind" AS kind) m
  JOIN bench.phrase p1 ON p1.i = bench.rnd(t.g * 8 + j, 34, $3)
  JOIN bench.phrase p2 ON p2.i = bench.rnd(t.g * 8 + j, 35, $3)
  JOIN bench.phrase p3 ON p3.i = bench.rnd(t.g * 8 + j, 36, $3)
  LEFT JOIN bench.rare r ON r.g = t.g AND j = 1`;

/** 30% of tickets carry a tag, a third of those a second one. */
export const TICKET_TAGS_SQL = `
INSERT INTO "TicketTag" ("workspaceId", "ticketId", "tagId", "createdAt")
SELECT t."workspaceId", t."id", ws.tag_ids[1 + (bench.rnd(t."number", ws.w + 40, 12) + x.n) % 12], t."createdAt"
  FROM "Ticket" t JOIN bench.ws ws ON ws.id = t."workspaceId"
  CROSS JOIN LATERAL (SELECT bench.rnd(t."number", ws.w + 50, 100) AS r) h
  CROSS JOIN LATERAL generate_series(0, CASE WHEN h.r < 10 THEN 1 WHEN h.r < 30 THEN 0 ELSE -1 END) x(n)`;

/** Tables whose indexes and constraints are dropped for the load and rebuilt after it. */
export const BULK_TABLES = ["Customer", "Ticket", "Message", "TicketTag"];
