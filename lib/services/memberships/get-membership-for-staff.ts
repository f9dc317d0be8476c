import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { VerbArgs } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import { paymentSelect } from "./rules";

/** Staff view of one membership with its organization and payments. */
export async function getMembershipForStaff({ actor, input }: VerbArgs<{ id: string }>) {
  assertCan(actor, "memberships.view.all");
  const membership = await db.membership.findUnique({
    where: { id: input.id },
    include: {
      organization: { select: { id: true, name: true, kind: true, affiliations: true, town: true } },
      payments: { select: paymentSelect, orderBy: { createdAt: "desc" } },
    },
  });
  if (!membership) throw new NotFoundError();
  return membership;
}
