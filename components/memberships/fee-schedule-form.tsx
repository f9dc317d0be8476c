"use client";
import { saveFeeScheduleAction } from "@/app/actions/memberships";
import { ActionForm } from "@/components/ui/form";
import type { FieldItem } from "@/components/ui/field";

export type ScheduleDefaults = {
  fiscalYear: number;
  independentFee: string;
  municipalityFee: string;
  boardOfEducationFee: string;
  libraryFee: string;
  otherPublicFee: string;
  gracePeriodDays: string;
};

const money = (name: keyof ScheduleDefaults, label: string, d: ScheduleDefaults) => ({
  name,
  label,
  inputMode: "decimal" as const,
  defaultValue: String(d[name]),
});

/** One form per fiscal year: a new year's schedule asks for its year, an existing one carries it hidden. */
export function FeeScheduleForm({ defaults: d, isNew }: { defaults: ScheduleDefaults; isNew: boolean }) {
  const fields: FieldItem[] = [
    ...(isNew
      ? [{ ...money("fiscalYear", "Fiscal year (the June it ends in)", d), inputMode: "numeric" as const }]
      : []),
    {
      ...money("independentFee", "Independent fee (USD)", d),
      hint: "Sponsor-affiliated members (CRCOG, CRPC, COST) always pay $0.",
    },
    {
      legend: "By entity kind (optional; empty uses the independent fee)",
      columns: 2,
      fields: [
        money("municipalityFee", "Municipality", d),
        money("boardOfEducationFee", "Board of education", d),
        money("libraryFee", "Library", d),
        money("otherPublicFee", "Other public entity", d),
      ],
    },
    { ...money("gracePeriodDays", "Grace period (days after the due date)", d), inputMode: "numeric" },
  ];
  return (
    <ActionForm
      action={saveFeeScheduleAction}
      hidden={isNew ? undefined : { fiscalYear: String(d.fiscalYear) }}
      fields={fields}
      submitLabel={isNew ? "Create schedule" : `Save FY${d.fiscalYear}`}
      pendingLabel="Saving…"
    />
  );
}
