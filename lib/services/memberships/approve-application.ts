import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { assertCan } from "@/lib/authz/assert";
import type { TimedVerbArgs } from "@/lib/authz/actor";
import { ConflictError } from "@/lib/errors";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import { fiscalYearOf, formatCalendarDate, formatCents } from "@/lib/format";
import { newMemberDueAt } from "@/lib/services/fees/rules";
import { assertNotDuplicate } from "@/lib/services/memberships/internal/assert-not-duplicate";
import { createMembership } from "./internal/create-membership";
import { portalLink } from "./internal/notify";
import type { ApproveApplicationInput } from "./schemas";
import { claimApplication } from "./internal/claim-application";

function slugOf(name: string) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
}

/** Approves: the organization, its first admin and this year's membership exist afterwards. */
export async function approveApplication({ actor, input, now = new Date() }: TimedVerbArgs<ApproveApplicationInput>) {
  assertCan(actor, "memberships.applications.review");
  const { result, emailIds } = await db.$transaction(async (tx) => {
    const app = await claimApplication(tx, input.id);
    // Only claims the applicant made can be verified.
    const verified = [...new Set(input.verifiedAffiliations)].filter((a) => app.claimedAffiliations.includes(a));
    await assertNotDuplicate(tx, app.normalizedName, app.id);
    let slug = slugOf(app.legalName);
    if (await tx.organization.findUnique({ where: { slug }, select: { id: true } }))
      slug = `${slug}-${app.id.slice(-6)}`;
    const organization = await tx.organization.create({
      data: {
        slug,
        name: app.legalName,
        kind: app.kind,
        town: app.town,
        address: app.address,
        website: app.website,
        affiliations: verified,
      },
    });
    const user = await tx.user.upsert({
      where: { email: app.contactEmail },
      create: { email: app.contactEmail, name: app.contactName, title: app.contactTitle },
      update: {},
    });
    await tx.organizationUser.create({ data: { organizationId: organization.id, userId: user.id, role: "ADMIN" } });
    const fiscalYear = fiscalYearOf(now);
    const membership = await createMembership(tx, {
      organization,
      fiscalYear,
      dueAt: newMemberDueAt(now),
      isRenewal: false,
    });
    const updated = await tx.membershipApplication.updateMany({
      where: { id: app.id, status: "SUBMITTED" },
      data: {
        status: "APPROVED",
        verifiedAffiliations: verified,
        decidedAt: now,
        decidedByUserId: actor.userId,
        organizationId: organization.id,
      },
    });
    if (updated.count !== 1) throw new ConflictError("This application was already decided.");
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: organization.id,
      action: "membership.application_approved",
      entityType: "MembershipApplication",
      entityId: app.id,
      before: { status: app.status, claimedAffiliations: app.claimedAffiliations },
      after: {
        status: "APPROVED",
        verifiedAffiliations: verified,
        organizationId: organization.id,
        adminUserId: user.id,
      },
    });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      organizationId: organization.id,
      action: "membership.created",
      entityType: "Membership",
      entityId: membership.id,
      after: {
        fiscalYear,
        status: membership.status,
        feeDueCents: membership.feeDueCents,
        feeBasis: membership.feeBasis,
      },
    });
    const feeLine =
      membership.feeDueCents === 0
        ? `Your verified affiliations (${verified.join(", ")}) mean there is no annual fee: your FY${fiscalYear} membership is active now.`
        : `Your FY${fiscalYear} membership fee is ${formatCents(membership.feeDueCents)}, due by ${formatCalendarDate(membership.dueAt)}. Pay online or by check, ACH or purchase order from the Membership page; you can browse contracts meanwhile, and request purchases once it is paid.`;
    const rejectedClaims = app.claimedAffiliations.filter((a) => !verified.includes(a));
    const emailIds = await queueEmails(tx, [
      {
        to: app.contactEmail,
        subject: `${app.legalName} is now a member of the CRCOG IT Services Cooperative`,
        text: [
          `Hello ${app.contactName},`,
          "",
          `Your application was approved. You are ${app.legalName}'s administrator in the portal.`,
          rejectedClaims.length ? `We could not verify these affiliation claims: ${rejectedClaims.join(", ")}.` : "",
          feeLine,
          "",
          `Sign in with this email address: ${portalLink("/sign-in")}`,
        ]
          .filter(Boolean)
          .join("\n"),
      },
    ]);
    return {
      result: {
        organizationId: organization.id,
        membershipId: membership.id,
        feeDueCents: membership.feeDueCents,
        status: membership.status,
      },
      emailIds,
    };
  });
  await deliverEmails(emailIds);
  return result;
}
