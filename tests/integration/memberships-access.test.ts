// Tenant scope: members see only their own memberships and receipts, vendors none, staff all.
// Member administration: invite, change role, remove; the last admin stays.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOwnMemberships } from "@/lib/services/memberships/get-own-memberships";
import { getMembershipForStaff } from "@/lib/services/memberships/get-membership-for-staff";
import { getReceipt } from "@/lib/services/payments/get-receipt";
import { listPayments } from "@/lib/services/payments/list-payments";
import { recordOfflinePayment } from "@/lib/services/payments/record-offline-payment";
import { changeUserRole } from "@/lib/services/organizations/change-user-role";
import { inviteUser } from "@/lib/services/organizations/invite-user";
import { removeUser } from "@/lib/services/organizations/remove-user";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { matrixWorld, actorOf, createUser } from "../factories";
import { createMembershipRow } from "../factories/memberships";

describe("membership data by persona", () => {
  it("members see only their own; vendors none; staff all", async () => {
    const w = await matrixWorld();
    const mA = await createMembershipRow(w.memberA.org.id, { feeDueCents: 0, status: "ACTIVE" });
    const mB = await createMembershipRow(w.memberB.org.id);
    const receipt = await recordOfflinePayment({
      actor: w.staff.actor,
      input: { membershipId: mB.id, method: "CHECK", amount: 250_00, reference: "Check 555", receivedOn: "2026-11-02" },
    });
    expect(receipt.receiptNumber).toBeGreaterThan(0);
    expect((await db.membership.findUniqueOrThrow({ where: { id: mB.id } })).status).toBe("ACTIVE");

    const ownA = await getOwnMemberships({ actor: w.memberA.actor });
    expect(ownA.memberships.map((m) => m.id)).toEqual([mA.id]);
    const ownB = await getOwnMemberships({ actor: w.memberB.actor });
    expect(ownB.memberships.map((m) => m.id)).toEqual([mB.id]);
    expect(ownB.memberships[0].payments.map((p) => p.id)).toEqual([receipt.id]);

    await expect(getReceipt({ actor: w.memberA.actor, input: { id: receipt.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect((await getReceipt({ actor: w.memberB.actor, input: { id: receipt.id } })).id).toBe(receipt.id);
    expect((await getReceipt({ actor: w.staff.actor, input: { id: receipt.id } })).id).toBe(receipt.id);
    await expect(getReceipt({ actor: w.vendorX.actor, input: { id: receipt.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(getOwnMemberships({ actor: w.vendorX.actor })).rejects.toBeInstanceOf(ForbiddenError);

    for (const p of ["memberA", "memberB", "vendorX", "vendorY"] as const) {
      await expect(listPayments({ actor: w[p].actor, input: {} })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(getMembershipForStaff({ actor: w[p].actor, input: { id: mB.id } })).rejects.toBeInstanceOf(
        ForbiddenError,
      );
      await expect(
        recordOfflinePayment({
          actor: w[p].actor,
          input: { membershipId: mB.id, method: "CHECK", amount: 100, reference: "x", receivedOn: "2026-11-02" },
        }),
      ).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await listPayments({ actor: w.staff.actor, input: {} })).rows.map((r) => r.id)).toContain(receipt.id);
  });
});

describe("member administration", () => {
  it("an admin invites with a role, changes roles and removes people; the last admin cannot go", async () => {
    const { org, user: admin, actor } = await actorOf("MUNICIPALITY", "ADMIN");
    const email = `new-${org.id}@town.example`;
    await inviteUser({ actor, input: { email, name: "Casey New", role: "PURCHASING" } });
    const invited = await db.user.findUniqueOrThrow({ where: { email } });
    expect(
      await db.organizationUser.findFirst({ where: { organizationId: org.id, userId: invited.id } }),
    ).toMatchObject({ role: "PURCHASING" });
    expect(await db.emailMessage.count({ where: { to: email, subject: { contains: "added to" } } })).toBe(1);
    await expect(inviteUser({ actor, input: { email, name: "Casey New", role: "STAFF" } })).rejects.toBeInstanceOf(
      ConflictError,
    );

    await expect(removeUser({ actor, input: { userId: admin.id } })).rejects.toThrow(/at least one administrator/);
    await expect(changeUserRole({ actor, input: { userId: admin.id, role: "STAFF" } })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await changeUserRole({ actor, input: { userId: invited.id, role: "ADMIN" } });
    await changeUserRole({ actor, input: { userId: admin.id, role: "IT_LEAD" } });
    expect(
      await db.auditEvent.count({ where: { organizationId: org.id, action: "organization.user_role_changed" } }),
    ).toBe(2);

    // another tenant's person is not found; a non-admin cannot manage
    const other = await actorOf("MUNICIPALITY", "ADMIN");
    const stranger = await createUser({ organizationId: other.org.id, role: "STAFF" });
    await expect(removeUser({ actor: other.actor, input: { userId: invited.id } })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const itLead = await actorOf("MUNICIPALITY", "IT_LEAD");
    await expect(removeUser({ actor: itLead.actor, input: { userId: stranger.id } })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await removeUser({ actor: other.actor, input: { userId: stranger.id } });
    expect(await db.organizationUser.count({ where: { organizationId: other.org.id } })).toBe(1);
  });
});
