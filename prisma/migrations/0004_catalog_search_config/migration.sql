-- Catalog search that finds what people type (replaces the 'english' vector of 0002_catalog_search).
--   * Words: a text search configuration of our own, "catalog", strips accents (unaccent) and stems English words
--     but keeps every word, so "IT" (an English stop word) is searchable. Queries use "catalog_words", which drops
--     stop words, and fall back to "catalog" when nothing but stop words was typed (catalog_query below).
--   * Hyphens: a hyphenated word is also indexed joined ("Wi-Fi" as "wifi"), and a query is also read joined, so
--     wifi, WiFi and wi-fi find each other.
--   * Codes: contract numbers and item codes are indexed whole and from each of their hyphen-separated parts onward
--     ("CRCOG-IT-2024-11-C", "IT-2024-11-C", "2024-11-C", ...), so a code typed whole, from a part, or by its
--     beginning (a prefix query) matches.
--   * Price-schedule lines have a vector of their own (item code and description): people search for products.
--   * pg_trgm indexes titles and line descriptions for close matches when a search finds nothing (typos).
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TEXT SEARCH DICTIONARY catalog_stem (TEMPLATE = snowball, Language = english);

CREATE TEXT SEARCH CONFIGURATION catalog (COPY = english);
ALTER TEXT SEARCH CONFIGURATION catalog
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH catalog_stem;
ALTER TEXT SEARCH CONFIGURATION catalog
  ALTER MAPPING FOR word, hword, hword_part WITH unaccent, catalog_stem;
ALTER TEXT SEARCH CONFIGURATION catalog
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;

CREATE TEXT SEARCH CONFIGURATION catalog_words (COPY = english);
ALTER TEXT SEARCH CONFIGURATION catalog_words
  ALTER MAPPING FOR word, hword, hword_part WITH unaccent, english_stem;
ALTER TEXT SEARCH CONFIGURATION catalog_words
  ALTER MAPPING FOR numword, numhword, hword_numpart WITH unaccent, simple;

-- The hyphenated words of `t`, joined ("Wi-Fi 6 access point" -> "WiFi").
CREATE FUNCTION catalog_joined(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN array_to_string(ARRAY(
  SELECT replace(m[1], '-', '') FROM regexp_matches(coalesce(t, ''), '([[:alnum:]]+(?:-[[:alnum:]]+)+)', 'g') AS m
), ' ');

-- A code in lower case with its separators as single hyphens ("NET AP6" and "net_ap6" -> "net-ap6").
CREATE FUNCTION catalog_code(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN trim(BOTH '-' FROM regexp_replace(lower(coalesce(t, '')), '[^[:alnum:]]+', '-', 'g'));

-- A code's lexemes: the code from each of its parts onward, and the code without separators.
CREATE FUNCTION catalog_code_vector(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN array_to_tsvector(ARRAY(
  SELECT array_to_string(p.parts[i:], '-')
  FROM (SELECT string_to_array(catalog_code(t), '-') AS parts) AS p, generate_subscripts(p.parts, 1) AS i
  WHERE catalog_code(t) <> ''
  UNION
  SELECT replace(catalog_code(t), '-', '') WHERE catalog_code(t) <> ''
));

-- Words of `t` as the catalog indexes them: the words, and the hyphenated ones also joined.
CREATE FUNCTION catalog_text_vector(t text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector('catalog'::regconfig, coalesce(t, '')) || to_tsvector('catalog'::regconfig, catalog_joined(t));

-- What a typed search looks for: its words (stop words dropped unless there is nothing else), the same words with
-- hyphenated ones joined, and, for a single term, the code it may be (by prefix from three characters on).
-- A query with no letter or digit is empty and matches nothing.
CREATE FUNCTION catalog_words_query(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN numnode(websearch_to_tsquery('catalog_words'::regconfig, q)) > 0 THEN websearch_to_tsquery('catalog_words'::regconfig, q)
  ELSE websearch_to_tsquery('catalog'::regconfig, q)
END;

CREATE FUNCTION catalog_code_query(code text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN code = '' THEN ''::tsquery
  WHEN length(code) < 3 THEN quote_literal(code)::tsquery
  WHEN position('-' IN code) = 0 THEN (quote_literal(code) || ':*')::tsquery
  ELSE (quote_literal(code) || ':*')::tsquery || (quote_literal(replace(code, '-', '')) || ':*')::tsquery
END;

CREATE FUNCTION catalog_query(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN catalog_words_query(q)
  || CASE WHEN catalog_joined(q) = '' THEN ''::tsquery
          ELSE catalog_words_query(regexp_replace(q, '([[:alnum:]])-(?=[[:alnum:]])', '\1', 'g')) END
  || CASE WHEN q ~ '[[:space:]]' THEN ''::tsquery ELSE catalog_code_query(catalog_code(q)) END;

DROP INDEX "Contract_searchVector_idx";
ALTER TABLE "Contract" DROP COLUMN "searchVector";
ALTER TABLE "Contract" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(catalog_text_vector("title"), 'A') ||
  setweight(catalog_code_vector("number"), 'A') ||
  setweight(catalog_text_vector(coalesce("number", '') || ' ' || coalesce("category", '')), 'B') ||
  setweight(catalog_text_vector("summary"), 'C')
) STORED;
CREATE INDEX "Contract_searchVector_idx" ON "Contract" USING GIN ("searchVector");
CREATE INDEX "Contract_title_trgm_idx" ON "Contract" USING GIN ("title" gin_trgm_ops);

ALTER TABLE "PriceLine" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(catalog_code_vector("itemCode"), 'A') ||
  setweight(catalog_text_vector("itemCode"), 'A') ||
  setweight(catalog_text_vector("description"), 'B')
) STORED;
CREATE INDEX "PriceLine_searchVector_idx" ON "PriceLine" USING GIN ("searchVector");
CREATE INDEX "PriceLine_description_trgm_idx" ON "PriceLine" USING GIN ("description" gin_trgm_ops);

-- Contracts whose title, or one of whose price lines, is close to `q` word for word (typos: "firewal", "Micrsoft"),
-- with the best similarity (0 to 1), for a search that found nothing. Uses the trigram indexes above.
CREATE FUNCTION catalog_close_matches(q text) RETURNS TABLE ("contractId" text, "similarity" real)
LANGUAGE sql STABLE PARALLEL SAFE
SET pg_trgm.word_similarity_threshold = 0.5
SET search_path FROM CURRENT
AS $$
  SELECT "id", word_similarity(q, "title") FROM "Contract" WHERE q <% "title"
  UNION ALL
  SELECT "contractId", word_similarity(q, "description") FROM "PriceLine" WHERE q <% "description"
$$;

-- The catalog lists current contracts by default (term not over): its sort indexes carry the term's end, so a page
-- and the count are still read from the index alone.
DROP INDEX "Contract_catalog_title_idx";
DROP INDEX "Contract_catalog_termStart_idx";
DROP INDEX "Contract_catalog_category_idx";
CREATE INDEX "Contract_catalog_title_idx" ON "Contract" ("title", "id") INCLUDE ("termEnd") WHERE "status" IN ('PILOT', 'PROGRAM');
CREATE INDEX "Contract_catalog_termStart_idx" ON "Contract" ("termStart" DESC, "id") INCLUDE ("termEnd") WHERE "status" IN ('PILOT', 'PROGRAM');
CREATE INDEX "Contract_catalog_category_idx" ON "Contract" ("category", "title", "id") INCLUDE ("termEnd") WHERE "status" IN ('PILOT', 'PROGRAM');
