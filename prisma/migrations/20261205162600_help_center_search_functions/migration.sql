-- Help-center search, part 1 of 2: the SQL that prisma/schema.prisma cannot express (as in
-- 20261125185330_search_functions; the next migration, generated from the schema, adds the index).
--
-- Articles are searched in their own language: with PostgreSQL's stemming configuration where it
-- has one (english, greek, arabic, estonian: "returns" finds "return"), and also as folded words
-- in `simple` (shopdesk_search_document: unaccented and lower-cased, as the inbox search), so a
-- query typed without accents ("epistrofi" is not Greek, but "επιστροφη" for "επιστροφή" is, and
-- "zwrot towaru" finds "zwrot towarów" by prefix) still finds the article. Polish has no
-- configuration in PostgreSQL: folded words only.
--
-- The configuration is looked up by name in the catalog, so a server without one of them (an
-- older PostgreSQL) falls back to `simple` instead of failing this migration. IMMUTABLE, as a
-- generated column requires: the built-in configurations of a server do not change.
CREATE FUNCTION shopdesk_help_config(locale text) RETURNS regconfig
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN coalesce(
    (SELECT c.oid::regconfig FROM pg_catalog.pg_ts_config c
      WHERE c.cfgnamespace = 'pg_catalog'::regnamespace
        AND c.cfgname = CASE locale WHEN 'en' THEN 'english' WHEN 'el' THEN 'greek' WHEN 'ar' THEN 'arabic' WHEN 'et' THEN 'estonian' END),
    'pg_catalog.simple'::regconfig
  );

-- An article language's search document: the title weighs most (A), then the description (B),
-- then the body (C), each stemmed in the language's configuration and folded in `simple`.
CREATE FUNCTION shopdesk_article_document(locale text, title text, description text, body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector(shopdesk_help_config(locale), coalesce(title, '')) || shopdesk_search_document(title), 'A')
      || setweight(to_tsvector(shopdesk_help_config(locale), coalesce(description, '')) || shopdesk_search_document(description), 'B')
      || setweight(to_tsvector(shopdesk_help_config(locale), left(coalesce(body, ''), 100000)) || shopdesk_search_document(body), 'C');

ALTER TABLE "ArticleTranslation" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (shopdesk_article_document("locale", "title", "description", "bodyText")) STORED;
