// The requests benchmark's writes: POST /api/requests from many clients at once, each with its own idempotency
// keys, one in ten resending a key already sent (a retry); then a count of what the database holds for them.
import crypto from "node:crypto";
import type pg from "pg";
import { measure } from "./harness.ts";

export type BenchContract = { id: string; lines: string[] };
export type SubmitResult = { rps: number; lost: number; duplicated: number; keys: number };

/**
 * Sends `warmup` then `count` submissions (only the latter timed) with `clients` in flight, as the members whose
 * session tokens are given. Lost: an answered submission without its row, or an error; duplicated: extra rows for
 * a key, or a retry answered with another request's id.
 */
export async function benchSubmissions(
  base: string,
  db: pg.Client,
  {
    tokens,
    contracts,
    clients,
    warmup,
    count,
  }: {
    tokens: string[];
    contracts: BenchContract[];
    clients: number;
    warmup: number;
    count: number;
  },
): Promise<SubmitResult> {
  const sent: { token: string; key: string }[] = [];
  const outcomes = new Map<string, Set<string>>(); // key -> ids answered
  let errors = 0;
  async function submit(i: number) {
    const prior = i % 10 === 9 && sent.length > 0 ? sent[(i * 7919) % sent.length] : null;
    const token = prior?.token ?? tokens[i % tokens.length];
    const key = prior?.key ?? crypto.randomUUID();
    const contract = contracts[i % contracts.length];
    const body = {
      contractId: contract.id,
      idempotencyKey: key,
      lines: [{ priceLineId: contract.lines[i % contract.lines.length], quantity: 1 + (i % 5), unitPriceCents: 1 }],
      poNumber: `B-${i}`,
    };
    const res = await fetch(`${base}/api/requests`, {
      method: "POST",
      headers: { cookie: `portal.session=${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await res.json().catch(() => ({}))) as { id?: string };
    if ((res.status !== 201 && res.status !== 200) || !json.id) {
      errors++;
      return;
    }
    if (!outcomes.has(key)) outcomes.set(key, new Set());
    outcomes.get(key)!.add(json.id);
    if (!prior) sent.push({ token, key });
  }
  // a warm-up round first, as for the pages (the route's code is compiled on first use); it is checked too
  await measure(warmup, clients, (i) => submit(i));
  const timed = await measure(count, clients, (i) => submit(warmup + i));
  const keys = [...new Set([...sent.map((s) => s.key), ...outcomes.keys()])];
  const rows = await db.query(
    `SELECT "idempotencyKey" AS key, count(*)::int AS n FROM "PurchaseRequest" WHERE "idempotencyKey" = ANY($1)
     GROUP BY 1`,
    [keys],
  );
  const stored = new Map<string, number>(rows.rows.map((r: { key: string; n: number }) => [r.key, r.n]));
  const lost = keys.filter((k) => !stored.has(k)).length + errors;
  const duplicated =
    [...stored.values()].reduce((a, n) => a + (n - 1), 0) +
    [...outcomes.values()].reduce((a, ids) => a + (ids.size - 1), 0);
  console.error(`submissions: ${count} at ${timed.rps}/s (${errors} errors)`);
  return { rps: timed.rps, lost, duplicated, keys: keys.length };
}
