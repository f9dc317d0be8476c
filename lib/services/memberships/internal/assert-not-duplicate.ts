import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { MEMBER_KINDS } from "@/lib/services/fees/rules";
import { normalizeEntityName } from "@/lib/services/memberships/rules";

/** Throws ConflictError when the entity is already a member or already applying. */
export async function assertNotDuplicate(
  tx: Pick<typeof db, "organization" | "membershipApplication">,
  normalizedName: string,
  exceptApplicationId?: string,
) {
  const orgs = await tx.organization.findMany({
    where: {
      kind: { in: [...MEMBER_KINDS] },
      name: { contains: normalizedName.split(" ").at(-1) ?? "", mode: "insensitive" },
    },
    select: { name: true },
  });
  const member = orgs.find((o) => normalizeEntityName(o.name) === normalizedName);
  if (member) {
    throw new ConflictError(
      `${member.name} is already a member of the cooperative. Ask its administrator to invite you, or contact cooperative staff.`,
    );
  }
  const pending = await tx.membershipApplication.findFirst({
    where: {
      normalizedName,
      status: "SUBMITTED",
      ...(exceptApplicationId ? { id: { not: exceptApplicationId } } : {}),
    },
    select: { createdAt: true },
  });
  if (pending)
    throw new ConflictError(
      "An application for this entity is already waiting for review. Cooperative staff will email its contact.",
    );
}
