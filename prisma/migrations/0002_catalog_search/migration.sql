-- Catalog full-text search (kept apart from 0001_init, which is regenerated from the Prisma schema:
-- Prisma cannot describe a generated column). Title weighs most, then number and category, then summary.
ALTER TABLE "Contract" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english'::regconfig, coalesce("number", '') || ' ' || coalesce("category", '')), 'B') ||
  setweight(to_tsvector('english'::regconfig, coalesce("summary", '')), 'C')
) STORED;

CREATE INDEX "Contract_searchVector_idx" ON "Contract" USING GIN ("searchVector");

-- The catalog lists only PILOT and PROGRAM contracts: these partial indexes serve its sorts and its count.
CREATE INDEX "Contract_catalog_title_idx" ON "Contract" ("title", "id") WHERE "status" IN ('PILOT', 'PROGRAM');
CREATE INDEX "Contract_catalog_termEnd_idx" ON "Contract" ("termEnd", "id") WHERE "status" IN ('PILOT', 'PROGRAM');
CREATE INDEX "Contract_catalog_termStart_idx" ON "Contract" ("termStart" DESC, "id") WHERE "status" IN ('PILOT', 'PROGRAM');
CREATE INDEX "Contract_catalog_category_idx" ON "Contract" ("category", "title", "id") WHERE "status" IN ('PILOT', 'PROGRAM');
