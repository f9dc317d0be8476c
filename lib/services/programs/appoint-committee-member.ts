// The pilot review committee: staff appoint member staff by email.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { ConflictError, ValidationError } from "@/lib/errors";
import { findVisibleProgram } from "@/lib/services/programs/internal/access";

const MEMBER_KINDS = ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] as const;

/**
 * Seats a member organization's person (by email) on the program's review committee. Throws ValidationError for an
 * unknown or non-member person, ConflictError for a retired program or a seated one.
 */
export async function appointCommitteeMember({ actor, input }: VerbArgs<{ programId: string; email: string }>) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (program.stage === "RETIRED") throw new ConflictError("A retired program has no committee.");
    const user = await tx.user.findUnique({
      where: { email: input.email.toLowerCase() },
      select: {
        id: true,
        name: true,
        organizations: {
          where: { organization: { kind: { in: [...MEMBER_KINDS] } } },
          select: { organizationId: true },
          orderBy: { createdAt: "asc" },
        },
      },
    });
    const seatOrg = user?.organizations[0]?.organizationId;
    if (!user || !seatOrg)
      throw new ValidationError("Appoint someone who works for a member organization.", {
        email: ["No member organization's staff has this email address."],
      });
    const existing = await tx.committeeMember.findUnique({
      where: { programId_userId: { programId: program.id, userId: user.id } },
    });
    if (existing) throw new ConflictError(`${user.name ?? input.email} is already on the committee.`);
    const seat = await tx.committeeMember.create({
      data: { programId: program.id, userId: user.id, organizationId: seatOrg, appointedById: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, actor, {
      action: "program.committee.appoint",
      entity: ["CommitteeMember", seat.id],
      after: { programId: program.id, userId: user.id, organizationId: seatOrg },
    });
    return seat;
  });
}
