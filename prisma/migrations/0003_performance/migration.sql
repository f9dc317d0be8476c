-- The catalog's version (its latest contract change) keys the shared catalog cache: max() reads one index entry.
CREATE INDEX "Contract_updatedAt_idx" ON "Contract"("updatedAt");
