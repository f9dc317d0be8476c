// The pilot review committee: staff appoint member staff; members of the committee read the RFP draft and comment.
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { committeeSeatOf, findVisibleProgram } from "./access";

const MEMBER_KINDS = ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] as const;

export async function appointCommitteeMember({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; email: string };
}) {
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
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.committee.appoint",
      entityType: "CommitteeMember",
      entityId: seat.id,
      after: { programId: program.id, userId: user.id, organizationId: seatOrg },
    });
    return seat;
  });
}

/** Staff edit the RFP draft while the program is in FORECAST or RFP_DRAFTING. */
export async function updateRfpDraft({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; rfpDraft: string; rfpNumber?: string; proposalDueAt?: Date };
}) {
  assertCan(actor, "programs.manage");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (program.stage !== "FORECAST" && program.stage !== "RFP_DRAFTING")
      throw new ConflictError("The RFP is fixed once it is posted.");
    if (input.rfpNumber) {
      const taken = await tx.program.findFirst({
        where: { rfpNumber: input.rfpNumber, id: { not: program.id } },
        select: { id: true },
      });
      if (taken)
        throw new ValidationError("That RFP number is taken.", {
          rfpNumber: ["Another program uses this RFP number."],
        });
    }
    const data = {
      rfpDraft: input.rfpDraft,
      rfpNumber: input.rfpNumber ?? program.rfpNumber,
      proposalDueAt: input.proposalDueAt ?? program.proposalDueAt,
    };
    await tx.program.update({ where: { id: program.id }, data });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.rfp.update",
      entityType: "Program",
      entityId: program.id,
      before: {
        rfpNumber: program.rfpNumber,
        proposalDueAt: program.proposalDueAt?.toISOString() ?? null,
        rfpDraftLength: program.rfpDraft.length,
      },
      after: {
        rfpNumber: data.rfpNumber,
        proposalDueAt: data.proposalDueAt?.toISOString() ?? null,
        rfpDraftLength: data.rfpDraft.length,
      },
    });
    return { programId: program.id };
  });
}

/** Committee members (and staff) comment on the RFP draft while it is being drafted. */
export async function commentOnRfp({
  actor,
  input,
}: {
  actor: Actor | null;
  input: { programId: string; body: string };
}) {
  if (actor?.side === "staff") assertCan(actor, "programs.manage");
  else assertCan(actor, "committee.participate");
  return db.$transaction(async (tx) => {
    const program = await findVisibleProgram(actor, input.programId, tx);
    if (actor.side !== "staff" && !(await committeeSeatOf(actor, program.id, tx))) throw new NotFoundError();
    if (program.stage !== "RFP_DRAFTING" && program.stage !== "FORECAST")
      throw new ConflictError("Comments close when the RFP is posted.");
    const comment = await tx.rfpComment.create({
      data: {
        programId: program.id,
        authorUserId: actor.userId,
        organizationId: actor.organization.id,
        body: input.body,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: actor.organization.id,
      action: "program.rfp_comment.create",
      entityType: "RfpComment",
      entityId: comment.id,
      after: { programId: program.id, length: input.body.length },
    });
    return comment;
  });
}
