// What the membership forms may contain.
import { z } from "zod";
import { optionalTextField, textField } from "@/lib/input/text";
import { Affiliation } from "@/lib/generated/prisma/enums";
import { MEMBER_KINDS } from "@/lib/services/fees/rules";

export const ApproveApplicationInput = z.object({
  id: z.string().min(1).max(64),
  verifiedAffiliations: z.array(z.enum(Affiliation)).max(3).default([]),
});

export const RejectApplicationInput = z.object({
  id: z.string().min(1).max(64),
  reason: textField({ max: 2000, multiline: true, min: 5, required: "Tell the applicant why, in a sentence." }),
});

const text = (max: number, min = 0, required?: string) => textField({ max, min, required });

export const SubmitApplicationInput = z.object({
  kind: z.enum(MEMBER_KINDS, "Choose what kind of public entity you are."),
  legalName: text(200, 3, "Enter the entity's legal name, like Town of Union."),
  town: text(100, 2, "Enter the town the entity is in."),
  address: text(300, 5, "Enter a mailing address."),
  website: z
    .union([z.literal(""), z.url("Enter a full web address starting with https://, or leave it empty.").max(300)])
    .optional(),
  contactName: text(120, 2, "Enter the primary contact's name."),
  contactEmail: z.email("Enter the primary contact's work email address.").max(254),
  contactTitle: optionalTextField({ max: 120 }),
  contactPhone: optionalTextField({ max: 40 }),
  affiliations: z.array(z.enum(Affiliation)).max(3).default([]),
});
export type SubmitApplicationInput = z.infer<typeof SubmitApplicationInput>;
export type ApproveApplicationInput = z.infer<typeof ApproveApplicationInput>;
export type RejectApplicationInput = z.infer<typeof RejectApplicationInput>;
