import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import { hitRateLimits, perAddress } from "@/lib/rate-limit";
import { normalizeEntityName } from "./rules";
import { portalLink } from "./internal/notify";
import type { SubmitApplicationInput } from "./schemas";
import { assertNotDuplicate } from "./internal/assert-not-duplicate";

/** The public application to join. Anyone may apply; staff review every application. */
// eslint-disable-next-line portal/assert-can-first -- public form: no account yet; rate-limited per network, reviewed by staff
export async function submitApplication({ input, ip }: { input: SubmitApplicationInput; ip: string | null }) {
  await hitRateLimits(
    [
      ...perAddress("join", ip, 20, 3600),
      { key: `join:email:${input.contactEmail.toLowerCase()}`, max: 5, windowSeconds: 3600 },
    ],
    "Too many applications from your network in the last hour. Please try again later.",
  );
  const normalizedName = normalizeEntityName(input.legalName);
  const { application, emailIds } = await db.$transaction(async (tx) => {
    await assertNotDuplicate(tx, normalizedName);
    const application = await tx.membershipApplication.create({
      data: {
        kind: input.kind,
        legalName: input.legalName,
        normalizedName,
        town: input.town,
        address: input.address,
        website: input.website || null,
        contactName: input.contactName,
        contactEmail: input.contactEmail.toLowerCase(),
        contactTitle: input.contactTitle || null,
        contactPhone: input.contactPhone || null,
        claimedAffiliations: [...new Set(input.affiliations)],
      },
      select: { id: true, legalName: true, contactEmail: true, claimedAffiliations: true },
    });
    await recordAudit(tx, {
      actorUserId: null,
      organizationId: null,
      action: "membership.application_submitted",
      entityType: "MembershipApplication",
      entityId: application.id,
      after: {
        legalName: application.legalName,
        kind: input.kind,
        claimedAffiliations: application.claimedAffiliations,
      },
      ip,
    });
    const emailIds = await queueEmails(tx, [
      {
        to: application.contactEmail,
        subject: `We received ${application.legalName}'s application`,
        text: [
          `Hello ${input.contactName},`,
          "",
          `Thank you for applying to join the CRCOG IT Services Cooperative on behalf of ${application.legalName}.`,
          application.claimedAffiliations.length
            ? `Cooperative staff will verify your affiliation claims (${application.claimedAffiliations.join(", ")}) and email you their decision.`
            : "Cooperative staff will review your application and email you their decision, with any annual fee due.",
          "",
          `About the cooperative: ${portalLink("/")}`,
        ].join("\n"),
      },
    ]);
    return { application, emailIds };
  });
  await deliverEmails(emailIds);
  return application;
}
