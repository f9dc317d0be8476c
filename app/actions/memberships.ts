"use server";
// Membership actions: apply, review applications, fee schedules, payments.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { requestIp } from "@/lib/request-ip";
import { Affiliation } from "@/lib/generated/prisma/enums";
import { SubmitApplicationInput } from "@/lib/services/memberships/schemas";
import { submitApplication } from "@/lib/services/memberships/submit-application";
import { ApproveApplicationInput, RejectApplicationInput } from "@/lib/services/memberships/schemas";
import { approveApplication } from "@/lib/services/memberships/approve-application";
import { rejectApplication } from "@/lib/services/memberships/reject-application";
import { SaveFeeScheduleInput } from "@/lib/services/fees/schemas";
import { saveFeeSchedule } from "@/lib/services/fees/save-fee-schedule";
import { startCheckout } from "@/lib/services/payments/start-checkout";
import { RecordOfflinePaymentInput } from "@/lib/services/payments/schemas";
import { recordOfflinePayment } from "@/lib/services/payments/record-offline-payment";

/** Checkboxes named affiliation_CRCOG etc. become a list (FormData keeps one value per name here). */
function withAffiliations<S extends z.ZodObject>(schema: S, prefix: string, key: string) {
  return z.preprocess((raw) => {
    const values = raw as Record<string, string>;
    return { ...values, [key]: Object.values(Affiliation).filter((a) => values[`${prefix}${a}`] === "on") };
  }, schema);
}

export const submitApplicationAction = formAction(
  withAffiliations(SubmitApplicationInput, "affiliation_", "affiliations"),
  async ({ input }) => {
    await submitApplication({ input, ip: await requestIp() });
    redirect(`/join/submitted?email=${encodeURIComponent(input.contactEmail)}`);
  },
);

export const approveApplicationAction = formAction(
  withAffiliations(ApproveApplicationInput, "verified_", "verifiedAffiliations"),
  async ({ actor, input }) => {
    await approveApplication({ actor, input });
    revalidatePath("/staff/applications");
    redirect(`/staff/applications/${input.id}?decided=approved`);
  },
);

export const rejectApplicationAction = formAction(RejectApplicationInput, async ({ actor, input }) => {
  await rejectApplication({ actor, input });
  revalidatePath("/staff/applications");
  redirect(`/staff/applications/${input.id}?decided=rejected`);
});

export const saveFeeScheduleAction = formAction(
  SaveFeeScheduleInput,
  async ({ actor, input }) => {
    const saved = await saveFeeSchedule({ actor, input });
    revalidatePath("/staff/fee-schedules");
    return { fiscalYear: saved.fiscalYear };
  },
  "Fee schedule saved.",
);

const StartCheckoutInput = z.object({ membershipId: z.string().min(1).max(64) });

export const startCheckoutAction = formAction(StartCheckoutInput, async ({ actor, input }) => {
  const { url } = await startCheckout({ actor, input });
  redirect(url);
});

export const recordOfflinePaymentAction = formAction(RecordOfflinePaymentInput, async ({ actor, input }) => {
  const payment = await recordOfflinePayment({ actor, input });
  revalidatePath(`/staff/memberships/${input.membershipId}`);
  // the form disappears once the fee is covered, so the confirmation lives on the page
  redirect(`/staff/memberships/${input.membershipId}?recorded=${payment.receiptNumber}`);
});
