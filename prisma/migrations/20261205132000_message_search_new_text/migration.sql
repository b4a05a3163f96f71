-- Search indexes what a customer or agent wrote, not the history their mail quoted (issue 15:
-- "search indexes the new text"): an inbound mail whose text has a quoted history or a signature
-- (quoted-text.ts) keeps its new text in "searchText", and the search document is made from it;
-- every other message (and every message stored before this) is indexed by its whole text.
-- Written by hand: the generated column's expression changes (DROP and ADD, as the
-- search_functions migration explains); the schema's dbgenerated() matches it.
ALTER TABLE "Message" ADD COLUMN "searchText" TEXT;

DROP INDEX "Message_workspaceId_searchVector_idx";
ALTER TABLE "Message" DROP COLUMN "searchVector";
ALTER TABLE "Message" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (shopdesk_search_document(coalesce("searchText", "text"))) STORED;
CREATE INDEX "Message_workspaceId_searchVector_idx" ON "Message" USING GIN ("workspaceId" uuid_ops, "searchVector");
