-- Catalog full-text search (kept apart from 0001_init, which is regenerated from the Prisma schema:
-- Prisma cannot describe a generated column). Title weighs most, then number and category, then summary.
ALTER TABLE "Contract" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("number", '') || ' ' || coalesce("category", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'C')
) STORED;

CREATE INDEX "Contract_searchVector_idx" ON "Contract" USING GIN ("searchVector");
