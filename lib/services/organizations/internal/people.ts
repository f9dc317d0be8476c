// Steps of the admin's people verbs, run inside their transaction with the organization's row locked.
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** The person's link to the organization, with their email; NotFoundError when they do not belong to it. */
export async function membershipOf(tx: Tx, organizationId: string, userId: string) {
  const link = await tx.organizationUser.findUnique({
    where: { organizationId_userId: { organizationId, userId } },
    include: { user: { select: { email: true } } },
  });
  if (!link) throw new NotFoundError();
  return link;
}

/** ConflictError unless someone other than `userId` is an administrator of the organization (the last one stays). */
export async function assertAnotherAdmin(tx: Tx, organizationId: string, userId: string) {
  const others = await tx.organizationUser.count({ where: { organizationId, role: "ADMIN", userId: { not: userId } } });
  if (others === 0)
    throw new ConflictError(
      "An organization needs at least one administrator. Make someone else an administrator first.",
    );
}
