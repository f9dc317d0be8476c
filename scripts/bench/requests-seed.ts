// The requests benchmark's data, written with generate_series: 10 vendors with 20 contracts of 3 price lines,
// 1,000 member towns with active memberships and one person each, sessions for 50 members and every vendor, and
// `requests` purchase requests over two years in realistic proportions of status, one priced line each.
import type pg from "pg";

export const ORGS = 1000;
export const VENDORS = 10;
export const SIGNED_IN_MEMBERS = 50;
const CONTRACTS = 20;

/** Writes the data through `db`; secondary indexes of the request tables are rebuilt after the bulk insert. */
export async function seedRequests(db: pg.Client, requests: number): Promise<void> {
  const ny = new Date(new Date().toLocaleString("en-US", { timeZone: "America/New_York" }));
  const fiscalYear = ny.getMonth() + 1 >= 7 ? ny.getFullYear() + 1 : ny.getFullYear();
  const series = (n: number) => `FROM generate_series(1, ${n}) g`;
  await db.query(`
    INSERT INTO "Organization" (id, slug, name, kind, affiliations, "entraTenantIds", "updatedAt")
    SELECT 'bv' || g, 'bench-vendor-' || g, 'Bench Vendor ' || g, 'VENDOR', '{}', '{}', now() ${series(VENDORS)};
    INSERT INTO "Organization" (id, slug, name, kind, affiliations, "entraTenantIds", "updatedAt")
    SELECT 'bo' || g, 'bench-town-' || g, 'Bench Town ' || g, 'MUNICIPALITY', '{CRCOG}', '{}', now() ${series(ORGS)};
    INSERT INTO "Membership" (id, "organizationId", "fiscalYear", status, "feeDueCents", "feeBasis", "isRenewal",
                              "dueAt", "graceEndsAt", "updatedAt")
    SELECT 'bm' || g, 'bo' || g, ${fiscalYear}, 'ACTIVE', 0, '{CRCOG}', true, now(), now() + interval '30 days', now()
    ${series(ORGS)};
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT 'bu' || g, 'buyer' || g || '@bench.test', 'Buyer ' || g, now() ${series(ORGS)};
    INSERT INTO "User" (id, email, name, "updatedAt")
    SELECT 'bvu' || g, 'sales' || g || '@vendor.bench.test', 'Sales ' || g, now() ${series(VENDORS)};
    INSERT INTO "OrganizationUser" (id, "organizationId", "userId", role)
    SELECT 'bou' || g, 'bo' || g, 'bu' || g, 'IT_LEAD' ${series(ORGS)};
    INSERT INTO "OrganizationUser" (id, "organizationId", "userId", role)
    SELECT 'bvou' || g, 'bv' || g, 'bvu' || g, 'ADMIN' ${series(VENDORS)};
    INSERT INTO "Session" (id, "sessionToken", "userId", expires, "activeOrganizationId")
    SELECT 'bs' || g, md5('member-session-' || g), 'bu' || g, now() + interval '1 day', 'bo' || g
    ${series(SIGNED_IN_MEMBERS)};
    INSERT INTO "Session" (id, "sessionToken", "userId", expires, "activeOrganizationId")
    SELECT 'bvs' || g, md5('vendor-session-' || g), 'bvu' || g, now() + interval '1 day', 'bv' || g ${series(VENDORS)};
    INSERT INTO "Contract" (id, number, title, summary, category, "vendorOrganizationId", "termStart", "termEnd",
                            "renewalOptions", status, "updatedAt")
    SELECT 'bc' || g, 'BENCH-' || g, 'Bench contract ' || g, 'Bench', 'Networking', 'bv' || (1 + (g - 1) % ${VENDORS}),
           now() - interval '1 year', now() + interval '3 years', 'None', 'PROGRAM', now() ${series(CONTRACTS)};
    INSERT INTO "PriceLine" (id, "contractId", position, "itemCode", description, unit, "contractPriceCents")
    SELECT 'bp' || c || '-' || l, 'bc' || c, l, 'ITEM-' || l, 'Item ' || l, 'each', 10000 * l
    FROM generate_series(1, ${CONTRACTS}) c, generate_series(1, 3) l;
  `);
  // secondary indexes are rebuilt after the bulk insert (a sorted build is much faster than 1M index updates)
  const indexes = (
    await db.query(
      `SELECT indexname, indexdef FROM pg_indexes
       WHERE tablename IN ('PurchaseRequest', 'PurchaseRequestLine') AND indexname NOT LIKE '%_pkey'`,
    )
  ).rows as { indexname: string; indexdef: string }[];
  for (const i of indexes) await db.query(`DROP INDEX "${i.indexname}"`);
  const statuses = "FULFILLED,FULFILLED,FULFILLED,FULFILLED,ACCEPTED,ACKNOWLEDGED,SUBMITTED,DECLINED,CANCELLED,DRAFT";
  await db.query(`
    INSERT INTO "PurchaseRequest" (id, number, "organizationId", "contractId", "vendorOrganizationId", "createdById",
                                   "idempotencyKey", status, "totalCents", "submittedAt", "createdAt", "updatedAt")
    SELECT 'br' || g, g, 'bo' || (1 + g % ${ORGS}), 'bc' || (1 + g % ${CONTRACTS}),
      'bv' || (1 + (g % ${CONTRACTS}) % ${VENDORS}), 'bu' || (1 + g % ${ORGS}), 'bench-' || g,
      s.status::"PurchaseRequestStatus", 10000 * (1 + g % 7),
      CASE WHEN s.status IN ('DRAFT', 'PENDING_APPROVAL') THEN NULL ELSE t.created + interval '1 hour' END,
      t.created, t.created
    ${series(requests)}
    CROSS JOIN LATERAL (SELECT now() - ((${requests} - g) * interval '63 seconds') AS created) t
    CROSS JOIN LATERAL (SELECT (string_to_array('${statuses},PENDING_APPROVAL', ','))[1 + (g * 7) % 11] AS status) s;
    SELECT setval(pg_get_serial_sequence('"PurchaseRequest"', 'number'), ${requests});
    INSERT INTO "PurchaseRequestLine" (id, "requestId", position, "priceLineId", "itemCode", description, unit,
                                       quantity, "unitPriceCents", "lineTotalCents")
    SELECT 'brl' || g, 'br' || g, 0, 'bp' || (1 + g % ${CONTRACTS}) || '-1', 'ITEM-1', 'Item 1', 'each', 1 + g % 7,
           10000, 10000 * (1 + g % 7)
    ${series(requests)};
  `);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  for (const i of indexes) await db.query(i.indexdef);
  await db.query(`VACUUM ANALYZE`);
}
