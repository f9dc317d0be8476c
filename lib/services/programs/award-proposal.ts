import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { deliverEmails } from "@/lib/email/send";
import { queueToOrganization } from "@/lib/email/organization";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";
import { calendarDateToDb, type CalendarDate } from "@/lib/input/date";
import { applyStageChange, stageFactsOf } from "@/lib/services/programs/internal/stage-change";
import { proposalTotals } from "@/lib/services/programs/internal/proposal-totals";

export type AwardInput = {
  proposalId: string;
  contractNumber: string;
  /** First and last days of the term, "YYYY-MM-DD". */
  termStart: CalendarDate;
  termEnd: CalendarDate;
  renewalOptions: string;
  renewalsRemaining: number;
};

/** Staff award a scored proposal: the contract is created with the vendor's price schedule, the program moves to AWARDED. */
export async function awardProposal({ actor, input }: VerbArgs<AwardInput>) {
  assertCan(actor, "programs.manage");
  if (input.termEnd <= input.termStart)
    throw new ValidationError("The term must end after it starts.", {
      termEnd: ["Choose an end date after the start date."],
    });
  const proposal = await db.proposal.findUnique({
    where: { id: input.proposalId },
    select: {
      id: true,
      programId: true,
      summary: true,
      vendorOrganizationId: true,
      vendorOrganization: { select: { name: true } },
      priceLines: { orderBy: { position: "asc" } },
    },
  });
  if (!proposal) throw new NotFoundError();
  const totals = await proposalTotals(proposal.programId);
  const winner = totals.find((t) => t.proposalId === proposal.id);
  if (!winner?.complete)
    throw new ConflictError("This proposal has not been scored on every criterion; it cannot be awarded.");
  const { ids, contractId } = await db.$transaction(async (tx) => {
    const program = await tx.program.findUnique({
      where: { id: proposal.programId },
      include: { committee: { select: { id: true } } },
    });
    if (!program) throw new NotFoundError();
    if (program.stage !== "EVALUATION") throw new ConflictError("Only a program in EVALUATION can be awarded.");
    const facts = await stageFactsOf(tx, program.id);
    if (facts.fullyScoredProposals < facts.proposals)
      throw new ConflictError("Every proposal must be scored before the award.");
    if (await tx.contract.findUnique({ where: { number: input.contractNumber }, select: { id: true } })) {
      throw new ValidationError("That contract number is taken.", {
        contractNumber: ["Another contract has this number."],
      });
    }
    const now = new Date();
    const awardBasis =
      `Awarded ${formatDate(now)} through competitive solicitation RFP ${program.rfpNumber ?? "(unnumbered)"}` +
      `${program.postedAt ? `, posted ${formatDate(program.postedAt)}` : ""}` +
      `${program.proposalDueAt ? ` with proposals due ${formatDate(program.proposalDueAt)}` : ""}. ` +
      `${totals.length} proposal${totals.length === 1 ? " was" : "s were"} evaluated by a pilot review committee of ${program.committee.length} member staff ` +
      `against weighted criteria; ${proposal.vendorOrganization.name} scored ${winner.total} of 100` +
      `${totals.length > 1 ? `, the highest of ${totals.length}` : ""}.`;
    const contract = await tx.contract.create({
      data: {
        number: input.contractNumber,
        title: program.title,
        summary: program.summary,
        category: program.category,
        vendorOrganizationId: proposal.vendorOrganizationId,
        programId: program.id,
        termStart: calendarDateToDb(input.termStart),
        termEnd: calendarDateToDb(input.termEnd),
        renewalOptions: input.renewalOptions,
        renewalsRemaining: input.renewalsRemaining,
        status: "EVALUATION",
        awardBasis,
        awardedAt: now,
        priceLines: {
          create: proposal.priceLines.map((l) => ({
            position: l.position,
            itemCode: l.itemCode,
            description: l.description,
            unit: l.unit,
            contractPriceCents: l.priceCents,
            pilotPriceCents: l.pilotPriceCents,
            listPriceCents: l.listPriceCents,
          })),
        },
      },
      select: { id: true },
    });
    await tx.proposal.updateMany({
      where: { programId: program.id, id: { not: proposal.id } },
      data: { status: "NOT_SELECTED" },
    });
    await tx.proposal.update({ where: { id: proposal.id }, data: { status: "AWARDED" } });
    await tx.program.update({ where: { id: program.id }, data: { awardedProposalId: proposal.id, awardedAt: now } });
    await recordAudit(tx, actor, {
      action: "program.award",
      entity: ["Contract", contract.id],
      after: {
        programId: program.id,
        proposalId: proposal.id,
        vendorOrganizationId: proposal.vendorOrganizationId,
        number: input.contractNumber,
        total: winner.total,
      },
    });
    await applyStageChange(
      tx,
      actor,
      program.id,
      "AWARDED",
      `Awarded to ${proposal.vendorOrganization.name} (contract ${input.contractNumber})`,
    );
    const ids = await queueToOrganization(tx, proposal.vendorOrganizationId, () => ({
      subject: `Contract awarded: ${program.title}`,
      text: `The CRCOG IT Services Cooperative has awarded contract ${input.contractNumber} (${program.title}) to ${proposal.vendorOrganization.name}.\n\nSee it at ${env.appUrl}/vendor/contracts`,
    }));
    return { ids, contractId: contract.id };
  });
  await deliverEmails(ids);
  return { contractId };
}
