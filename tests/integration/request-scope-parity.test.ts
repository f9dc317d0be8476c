// The request scope is written twice: as a Prisma `where` (scopeWhere, filterWhere) for exports and single reads,
// and as SQL (requestScopeSql and the list's conditions in lib/db/queries/requests.ts) for the lists. On generated
// data (towns, vendors, contracts, requests in every status, sent or not) both return the same rows for random
// actors and filters. The database is shared with other test files, so rows are compared within this world.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { PurchaseRequestStatus } from "@/lib/generated/prisma/enums";
import { listRequests, type ListFilters } from "@/lib/services/requests/list-requests";
import { filterWhere } from "@/lib/services/requests/list-rules";
import { actorOf } from "../factories";
import { createContract, key } from "../factories/requests";

const STATUSES = Object.values(PurchaseRequestStatus);

const worldSpec = fc.record({
  towns: fc.integer({ min: 1, max: 3 }),
  vendors: fc.integer({ min: 1, max: 2 }),
  contractsPerVendor: fc.integer({ min: 1, max: 2 }),
  requests: fc.array(
    fc.record({
      town: fc.nat(),
      contract: fc.nat(),
      status: fc.constantFrom(...STATUSES),
      sent: fc.boolean(),
      minutesAgo: fc.integer({ min: 0, max: 10_000 }),
    }),
    { maxLength: 14 },
  ),
});

const pick = fc.option(fc.nat(), { nil: undefined });
const querySpec = fc.record({
  who: fc.nat(),
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
  contract: pick,
  organization: pick,
  vendor: pick,
  take: fc.integer({ min: 1, max: 5 }),
});

type WorldSpec = {
  towns: number;
  vendors: number;
  contractsPerVendor: number;
  requests: { town: number; contract: number; status: PurchaseRequestStatus; sent: boolean; minutesAgo: number }[];
};
type World = { actors: Actor[]; orgIds: string[]; vendorIds: string[]; contractIds: string[]; requestIds: string[] };

/** Towns, vendors with contracts, one staff member (each signed in), and the spec's requests written directly. */
async function mint(spec: WorldSpec): Promise<World> {
  const towns = await Promise.all(Array.from({ length: spec.towns }, () => actorOf("MUNICIPALITY", "IT_LEAD")));
  const vendors = await Promise.all(Array.from({ length: spec.vendors }, () => actorOf("VENDOR", "ADMIN")));
  const staff = await actorOf("COOPERATIVE", "ADMIN");
  const contracts = await Promise.all(
    vendors.flatMap((v) => Array.from({ length: spec.contractsPerVendor }, () => createContract(v.org.id))),
  );
  const now = Date.now();
  const rows = await db.purchaseRequest.createManyAndReturn({
    data: spec.requests.map((r) => {
      const contract = contracts[r.contract % contracts.length];
      const at = new Date(now - r.minutesAgo * 60_000);
      return {
        organizationId: towns[r.town % towns.length].org.id,
        contractId: contract.id,
        vendorOrganizationId: contract.vendorOrganizationId,
        idempotencyKey: key(),
        status: r.status,
        totalCents: 100,
        createdAt: at,
        submittedAt: r.sent ? at : null,
      };
    }),
    select: { id: true },
  });
  return {
    actors: [...towns, ...vendors, staff].map((a) => a.actor),
    orgIds: [...towns, ...vendors].map((a) => a.org.id),
    vendorIds: vendors.map((v) => v.org.id),
    contractIds: contracts.map((c) => c.id),
    requestIds: rows.map((r) => r.id),
  };
}

/** Every page of the SQL list, following its cursor. */
async function listedIds(actor: Actor, filters: ListFilters, take: number) {
  const ids: string[] = [];
  let cursor: string | undefined;
  let total: number | null = null;
  do {
    const page = await listRequests({ actor, input: { ...filters, take, cursor } });
    total ??= page.total;
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { ids, total };
}

describe("the request scope: Prisma where and SQL agree", () => {
  it("return the same requests for random actors and filters on generated data", async () => {
    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(worldSpec, fc.array(querySpec, { minLength: 2, maxLength: 5 }), async (spec, queries) => {
        const world = await mint(spec);
        const inWorld = new Set(world.requestIds);
        for (const q of queries) {
          const actor = world.actors[q.who % world.actors.length];
          const of = <T>(list: T[], i: number | undefined) => (i === undefined ? undefined : list[i % list.length]);
          const filters: ListFilters = {
            status: q.status,
            contractId: of(world.contractIds, q.contract),
            organizationId: of(world.orgIds, q.organization),
            vendorOrganizationId: of(world.vendorIds, q.vendor),
          };
          const staff = actor.side === "staff"; // staff see the whole shared database: page in large steps
          const sqlSide = await listedIds(actor, filters, staff ? 100 : q.take);
          const prismaSide = await db.purchaseRequest.findMany({
            where: { AND: [filterWhere(actor, filters), { id: { in: world.requestIds } }] },
            select: { id: true },
          });
          const expected = prismaSide.map((r) => r.id).sort();
          expect(sqlSide.ids.filter((id) => inWorld.has(id)).sort()).toEqual(expected);
          expect(new Set(sqlSide.ids).size).toBe(sqlSide.ids.length); // no row on two pages
          if (!staff) expect(sqlSide.total).toBe(expected.length); // a town's or vendor's scope is this world only
          if (expected.length) nonEmpty++;
        }
      }),
      { numRuns: 20 },
    );
    expect(nonEmpty).toBeGreaterThan(0); // the property was not vacuous
  });
});
