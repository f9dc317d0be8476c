import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit";
import { ConflictError } from "@/lib/errors";
import { deliverEmails, queueEmails } from "@/lib/email/send";
import { Affiliation } from "@/lib/generated/prisma/enums";
import { hitRateLimits } from "@/lib/rate-limit";
import { MEMBER_KINDS } from "@/lib/services/fees/fee-rule";
import { normalizeEntityName } from "./normalize-name";
import { portalLink } from "./notify";

const text = (max: number) => z.string().trim().max(max);

export const SubmitApplicationInput = z.object({
  kind: z.enum(MEMBER_KINDS, "Choose what kind of public entity you are."),
  legalName: text(200).min(3, "Enter the entity's legal name, like Town of Union."),
  town: text(100).min(2, "Enter the town the entity is in."),
  address: text(300).min(5, "Enter a mailing address."),
  website: z
    .union([z.literal(""), z.url("Enter a full web address starting with https://, or leave it empty.").max(300)])
    .optional(),
  contactName: text(120).min(2, "Enter the primary contact's name."),
  contactEmail: z.email("Enter the primary contact's work email address.").max(254),
  contactTitle: text(120).optional(),
  contactPhone: text(40).optional(),
  affiliations: z.array(z.enum(Affiliation)).max(3).default([]),
});
export type SubmitApplicationInput = z.infer<typeof SubmitApplicationInput>;

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

/** The public application to join. Anyone may apply; staff review every application. */
export async function submitApplication({ input, ip }: { input: SubmitApplicationInput; ip: string }) {
  await hitRateLimits(
    [{ key: `join:ip:${ip}`, max: 20, windowSeconds: 3600 }],
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
