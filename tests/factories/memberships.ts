// Membership factories: a fee schedule, a membership, and Stripe settings for tests.
import { db } from "@/lib/db";
import type { MembershipStatus } from "@/lib/generated/prisma/enums";
import { fiscalYearOf } from "@/lib/format";

export const WEBHOOK_SECRET = "whsec_test_portal";

/** Call from vi.hoisted: env is read once, when lib/env.ts is first imported. */
export function stripeTestEnv(port: number) {
  process.env.STRIPE_SECRET_KEY = "sk_test_portal";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = `http://127.0.0.1:${port}`;
}

/** Fee schedules are unique per year and shared by every test in a file run: upsert the same values. */
export async function ensureFeeSchedule(fiscalYear = fiscalYearOf(new Date())) {
  const data = {
    independentFeeCents: 250_00,
    libraryFeeCents: 150_00,
    boardOfEducationFeeCents: 350_00,
    municipalityFeeCents: null,
    otherPublicFeeCents: null,
    gracePeriodDays: 30,
  };
  return db.feeSchedule.upsert({ where: { fiscalYear }, create: { fiscalYear, ...data }, update: data });
}

export async function createMembershipRow(
  organizationId: string,
  input: {
    status?: MembershipStatus;
    feeDueCents?: number;
    fiscalYear?: number;
    isRenewal?: boolean;
    dueAt?: Date;
    graceEndsAt?: Date;
  } = {},
) {
  const dueAt = input.dueAt ?? new Date(Date.now() + 10 * 86_400_000);
  return db.membership.create({
    data: {
      organizationId,
      fiscalYear: input.fiscalYear ?? fiscalYearOf(new Date()),
      status: input.status ?? "PENDING_PAYMENT",
      feeDueCents: input.feeDueCents ?? 250_00,
      feeBasis: [],
      isRenewal: input.isRenewal ?? false,
      dueAt,
      graceEndsAt: input.graceEndsAt ?? new Date(dueAt.getTime() + 30 * 86_400_000),
    },
  });
}
