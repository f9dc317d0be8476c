import { toCsv } from "@/lib/input/csv";
import { calendarDateFromDb } from "@/lib/input/date";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { requestNumberLabel } from "@/lib/labels";
import type { ListFilters } from "./list-requests";
import { filterWhere } from "./list-rules";

const HEADER = [
  "number",
  "status",
  "organization",
  "vendor",
  "contract",
  "total_usd",
  "po_number",
  "needed_by",
  "created_at",
  "submitted_at",
  "closed_reason",
];
const BATCH = 2000;

/** Every request matching the filters as CSV lines, read in keyset batches so memory stays flat. Staff only. */
export async function exportRequests({ actor, input }: VerbArgs<ListFilters>) {
  assertCan(actor, "requests.view.all");
  const where = filterWhere(actor, input);
  await db.$transaction((tx) =>
    recordAudit(tx, actor, {
      action: "request.export",
      entity: ["PurchaseRequest"],
      after: { filters: input },
    }),
  );
  return (async function* lines() {
    yield toCsv([HEADER], { bom: true });
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof batch>> = await batch(after);
      if (!page.length) return;
      yield toCsv(
        page.map((r) => [
          requestNumberLabel(r.number),
          r.status,
          r.organization.name,
          r.vendorOrganization.name,
          r.contract.number,
          (r.totalCents / 100).toFixed(2),
          r.poNumber,
          r.neededBy && calendarDateFromDb(r.neededBy),
          r.createdAt.toISOString(),
          r.submittedAt?.toISOString(),
          r.closedReason,
        ]),
      );
      const last = page[page.length - 1];
      after = { createdAt: last.createdAt, id: last.id };
    }
  })();

  function batch(cursor: { createdAt: Date; id: string } | null) {
    return db.purchaseRequest.findMany({
      where: cursor
        ? {
            AND: [
              where,
              { createdAt: { lte: cursor.createdAt } },
              { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] },
            ],
          }
        : where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: BATCH,
      select: {
        id: true,
        number: true,
        status: true,
        totalCents: true,
        poNumber: true,
        neededBy: true,
        createdAt: true,
        submittedAt: true,
        closedReason: true,
        organization: { select: { name: true } },
        vendorOrganization: { select: { name: true } },
        contract: { select: { number: true } },
      },
    });
  }
}
