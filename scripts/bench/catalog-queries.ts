// searchCatalog itself, one at a time, against the database in DATABASE_URL: five rounds of the catalog views
// after one unmeasured round. Prints one JSON line { p50, p95 } (ms). Run by bench-catalog.ts in its own process
// (tsx, react-server conditions), so the app's connection pool ends with it.
import { SEARCHES } from "./catalog-seed.ts";
import { percentile, round } from "./harness.ts";
import { searchCatalog } from "../../lib/services/catalog/search-catalog";
import { CatalogQuery } from "../../lib/services/catalog/schemas";

const filters = SEARCHES.map((s) => CatalogQuery.parse(s));
for (const f of filters) await searchCatalog(f); // warm-up: plans and connections
const samples: number[] = [];
const slowest = new Map<number, number>();
for (let r = 0; r < 5; r++) {
  for (const [i, f] of filters.entries()) {
    const t = performance.now();
    await searchCatalog(f);
    const ms = performance.now() - t;
    samples.push(ms);
    slowest.set(i, Math.max(slowest.get(i) ?? 0, ms));
  }
}
const top = [...slowest.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.error(`slowest searches: ${top.map(([i, ms]) => `${JSON.stringify(SEARCHES[i])} ${round(ms)} ms`).join("; ")}`);
console.log(JSON.stringify({ p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) }));
process.exit(0);
