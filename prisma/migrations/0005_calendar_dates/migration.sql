-- Calendar dates are days, not instants: a request's needed-by day, a contract's term, a membership's due
-- date and the last day of its grace period become PostgreSQL `date` (the schema's `@db.Date`).
--
-- Written to run on a database created before this change (timestamp columns) and to change nothing where the
-- columns are already dates (a regenerated 0001_init): every value is read as a timestamp first. It touches only
-- these five columns, so it does not depend on 0004_catalog_search_config or any other migration.
-- A value at exactly midnight UTC was typed as a day and keeps that day. Any other instant (due dates computed
-- from the clock, demo data) becomes the day it was in the cooperative's time zone, America/New_York.
-- (Prisma's driver adapter splits a migration at every semicolon, so there is one per statement and none in comments.)

ALTER TABLE "PurchaseRequest"
  ALTER COLUMN "neededBy" SET DATA TYPE DATE USING (CASE
    WHEN "neededBy"::timestamp::time = '00:00' THEN "neededBy"::timestamp::date
    ELSE ("neededBy"::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date END);

ALTER TABLE "Contract"
  ALTER COLUMN "termStart" SET DATA TYPE DATE USING (CASE
    WHEN "termStart"::timestamp::time = '00:00' THEN "termStart"::timestamp::date
    ELSE ("termStart"::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date END),
  ALTER COLUMN "termEnd" SET DATA TYPE DATE USING (CASE
    WHEN "termEnd"::timestamp::time = '00:00' THEN "termEnd"::timestamp::date
    ELSE ("termEnd"::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date END);

ALTER TABLE "Membership"
  ALTER COLUMN "dueAt" SET DATA TYPE DATE USING (CASE
    WHEN "dueAt"::timestamp::time = '00:00' THEN "dueAt"::timestamp::date
    ELSE ("dueAt"::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date END),
  ALTER COLUMN "graceEndsAt" SET DATA TYPE DATE USING (CASE
    WHEN "graceEndsAt"::timestamp::time = '00:00' THEN "graceEndsAt"::timestamp::date
    ELSE ("graceEndsAt"::timestamp AT TIME ZONE 'UTC' AT TIME ZONE 'America/New_York')::date END);
