"use client";
import { useActionState } from "react";
import { saveFeeScheduleAction } from "@/app/actions/memberships";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ActionResult, failedOf } from "./form-bits";

export type ScheduleDefaults = {
  fiscalYear: number;
  independentFee: string;
  municipalityFee: string;
  boardOfEducationFee: string;
  libraryFee: string;
  otherPublicFee: string;
  gracePeriodDays: string;
};

/** One form per fiscal year; `idPrefix` keeps field ids unique when several are on a page. */
export function FeeScheduleForm({ defaults, isNew }: { defaults: ScheduleDefaults; isNew: boolean }) {
  const [state, action, pending] = useActionState(saveFeeScheduleAction, null);
  const failed = failedOf(state);
  const v: Record<string, string> = { ...defaults, fiscalYear: String(defaults.fiscalYear), ...(failed?.values ?? {}) };
  const e = failed?.fieldErrors ?? {};
  const p = isNew ? "new" : `fy${defaults.fiscalYear}`;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      <ActionResult state={state} />
      {isNew ? (
        <Field
          id={`${p}-fiscalYear`}
          label="Fiscal year (the June it ends in)"
          name="fiscalYear"
          inputMode="numeric"
          defaultValue={v.fiscalYear}
          errors={e.fiscalYear}
        />
      ) : (
        <input type="hidden" name="fiscalYear" value={defaults.fiscalYear} />
      )}
      <Field
        id={`${p}-independentFee`}
        label="Independent fee (USD)"
        name="independentFee"
        inputMode="decimal"
        defaultValue={v.independentFee}
        errors={e.independentFee}
        hint="Sponsor-affiliated members (CRCOG, CRPC, COST) always pay $0."
      />
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 font-medium">By entity kind (optional; empty uses the independent fee)</legend>
        <Field
          id={`${p}-municipalityFee`}
          label="Municipality"
          name="municipalityFee"
          inputMode="decimal"
          defaultValue={v.municipalityFee}
          errors={e.municipalityFee}
        />
        <Field
          id={`${p}-boardOfEducationFee`}
          label="Board of education"
          name="boardOfEducationFee"
          inputMode="decimal"
          defaultValue={v.boardOfEducationFee}
          errors={e.boardOfEducationFee}
        />
        <Field
          id={`${p}-libraryFee`}
          label="Library"
          name="libraryFee"
          inputMode="decimal"
          defaultValue={v.libraryFee}
          errors={e.libraryFee}
        />
        <Field
          id={`${p}-otherPublicFee`}
          label="Other public entity"
          name="otherPublicFee"
          inputMode="decimal"
          defaultValue={v.otherPublicFee}
          errors={e.otherPublicFee}
        />
      </fieldset>
      <Field
        id={`${p}-gracePeriodDays`}
        label="Grace period (days after the due date)"
        name="gracePeriodDays"
        inputMode="numeric"
        defaultValue={v.gracePeriodDays}
        errors={e.gracePeriodDays}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : isNew ? "Create schedule" : `Save FY${defaults.fiscalYear}`}
        </Button>
      </div>
    </form>
  );
}
