// Whether an organization may request purchases now, read from the database: an active membership for the
// current fiscal year, with its fee paid when due (DESIGN.md "Fee rule"). The rule itself is in ../rules.ts.
import { db } from "@/lib/db";
import { fiscalYearOf } from "@/lib/format";
import { decidePurchaseEligibility, type PurchaseEligibility } from "../rules";

/** Decides from the database only; `at` defaults to now (tests pass a fixed date). */
export async function getPurchaseEligibility(
  organizationId: string,
  at: Date = new Date(),
): Promise<PurchaseEligibility> {
  const fiscalYear = fiscalYearOf(at);
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: {
      kind: true,
      memberships: {
        where: { fiscalYear },
        select: { status: true, feeDueCents: true, isRenewal: true, dueAt: true, graceEndsAt: true },
      },
    },
  });
  return decidePurchaseEligibility(org?.kind ?? null, org?.memberships[0] ?? null, fiscalYear, at);
}
