// What the membership forms may contain.
import { z } from "zod";
import { Affiliation } from "@/lib/generated/prisma/enums";
import { MEMBER_KINDS } from "@/lib/services/fees/rules";

export const ApproveApplicationInput = z.object({
  id: z.string().min(1).max(64),
  verifiedAffiliations: z.array(z.enum(Affiliation)).max(3).default([]),
});

export const RejectApplicationInput = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(5, "Tell the applicant why, in a sentence.").max(2000),
});

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
export type ApproveApplicationInput = z.infer<typeof ApproveApplicationInput>;
export type RejectApplicationInput = z.infer<typeof RejectApplicationInput>;
