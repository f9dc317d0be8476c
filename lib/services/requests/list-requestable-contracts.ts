import { db } from "@/lib/db";
import { assertCan } from "@/lib/authz/assert";
import type { Actor } from "@/lib/authz/actor";
import { calendarDateToDb, todayInCooperative } from "@/lib/input/date";

/**
 * Contracts the actor's organization may request on now (the new-request form's choices): PROGRAM, and PILOT where it
 * is a pilot participant; whose term is not over; by title. Throws ForbiddenError without requests.create.
 */
export async function listRequestableContracts({ actor }: { actor: Actor | null }) {
  assertCan(actor, "requests.create");
  return db.contract.findMany({
    where: {
      termEnd: { gte: calendarDateToDb(todayInCooperative()) },
      OR: [
        { status: "PROGRAM" },
        { status: "PILOT", pilotParticipants: { some: { organizationId: actor.organization.id } } },
      ],
    },
    orderBy: [{ title: "asc" }],
    select: {
      id: true,
      number: true,
      title: true,
      category: true,
      status: true,
      vendorOrganization: { select: { name: true } },
    },
  });
}
