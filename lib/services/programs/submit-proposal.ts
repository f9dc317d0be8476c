import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import type { SubmitProposalInput } from "./schemas";
import { ValidationError } from "@/lib/errors";
import { findVisibleProgram } from "@/lib/services/programs/internal/access";
import { assertOpen, parsePriceSchedule } from "./rules";

/** A vendor submits (or, before the due date, replaces) its proposal: a summary and a price schedule. */
export async function submitProposal({ actor, input }: VerbArgs<SubmitProposalInput>) {
  assertCan(actor, "solicitation.participate");
  const { lines, errors } = parsePriceSchedule(input.priceSchedule);
  if (errors.length) throw new ValidationError("The price schedule has problems.", { priceSchedule: errors });
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    assertOpen(program);
    const key = {
      programId_vendorOrganizationId: { programId: program.id, vendorOrganizationId: actor.organization.id },
    };
    const before = await tx.proposal.findUnique({ where: key, select: { id: true } });
    const priceLines = lines.map(({ priceCents, ...l }, position) => ({ ...l, priceCents, position }));
    const proposal = await tx.proposal.upsert({
      where: key,
      create: {
        programId: program.id,
        vendorOrganizationId: actor.organization.id,
        submittedById: actor.userId,
        summary: input.summary,
        priceLines: { create: priceLines },
      },
      update: {
        summary: input.summary,
        submittedById: actor.userId,
        submittedAt: new Date(),
        priceLines: { deleteMany: {}, create: priceLines },
      },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: before ? "program.proposal.resubmit" : "program.proposal.submit",
      entity: ["Proposal", proposal.id],
      after: { programId: program.id, priceLines: lines.length },
    });
    return proposal;
  });
}
