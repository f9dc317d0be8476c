import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/session";
import { loadForPage } from "@/lib/page";
import { listFeeSchedules } from "@/lib/services/fees/list-fee-schedules";
import { fiscalYearLabel, fiscalYearOf } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { FeeScheduleForm, type ScheduleDefaults } from "@/components/memberships/fee-schedule-form";

export const metadata: Metadata = { title: "Fee schedules" };

const dollars = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2));

export default async function FeeSchedulesPage() {
  const actor = await requirePageActor("/staff/fee-schedules");
  const schedules = await loadForPage(() => listFeeSchedules({ actor }));
  const nextYear = Math.max(fiscalYearOf(new Date()), ...schedules.map((s) => s.fiscalYear)) + 1;
  const latest = schedules[0];
  const blank: ScheduleDefaults = {
    fiscalYear: nextYear,
    independentFee: latest ? dollars(latest.independentFeeCents) : "",
    municipalityFee: dollars(latest?.municipalityFeeCents ?? null),
    boardOfEducationFee: dollars(latest?.boardOfEducationFeeCents ?? null),
    libraryFee: dollars(latest?.libraryFeeCents ?? null),
    otherPublicFee: dollars(latest?.otherPublicFeeCents ?? null),
    gracePeriodDays: String(latest?.gracePeriodDays ?? 30),
  };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1>Fee schedules</h1>
        <p className="mt-2 max-w-3xl text-slate-800">
          One schedule per fiscal year. A member&apos;s fee is computed from its year&apos;s schedule when it is
          approved or renewed, and frozen: later edits apply to memberships created afterwards. A changed grace period
          applies to that year&apos;s unpaid memberships at once.
        </p>
      </div>
      {schedules.map((s) => (
        <Card key={s.id} title={fiscalYearLabel(s.fiscalYear)}>
          <FeeScheduleForm
            isNew={false}
            defaults={{
              fiscalYear: s.fiscalYear,
              independentFee: dollars(s.independentFeeCents),
              municipalityFee: dollars(s.municipalityFeeCents),
              boardOfEducationFee: dollars(s.boardOfEducationFeeCents),
              libraryFee: dollars(s.libraryFeeCents),
              otherPublicFee: dollars(s.otherPublicFeeCents),
              gracePeriodDays: String(s.gracePeriodDays),
            }}
          />
        </Card>
      ))}
      <Card title="New fee schedule">
        <FeeScheduleForm isNew defaults={blank} />
      </Card>
    </div>
  );
}
