// Creates one organization's membership for one fiscal year, freezing the fee of that
// year's schedule. Used by approval and by renewal, inside their transactions.
import type { Tx } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { Affiliation, OrgKind } from "@/lib/generated/prisma/enums";
import { addDays, feeDueCents } from "@/lib/services/fees/rules";

type Org = { id: string; kind: OrgKind; affiliations: Affiliation[] };

export async function createMembership(
  tx: Tx,
  input: { organization: Org; fiscalYear: number; dueAt: Date; isRenewal: boolean },
) {
  const schedule = await tx.feeSchedule.findUnique({ where: { fiscalYear: input.fiscalYear } });
  const basis = input.organization.affiliations;
  if (!schedule && basis.length === 0) {
    throw new ConflictError(
      `There is no FY${input.fiscalYear} fee schedule yet. Create it under Fee schedules, then approve.`,
    );
  }
  const fee = feeDueCents(schedule, input.organization.kind, basis);
  return tx.membership.create({
    data: {
      organizationId: input.organization.id,
      fiscalYear: input.fiscalYear,
      status: fee === 0 ? "ACTIVE" : "PENDING_PAYMENT",
      feeDueCents: fee,
      feeBasis: basis,
      isRenewal: input.isRenewal,
      dueAt: input.dueAt,
      graceEndsAt: addDays(input.dueAt, schedule?.gracePeriodDays ?? 30),
      paidAt: null,
    },
  });
}
