"use client";
import { useActionState } from "react";
import { submitApplicationAction } from "@/app/actions/memberships";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { AFFILIATION_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { ActionResult, SelectField, failedOf } from "./form-bits";

const KINDS = ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] as const;
const AFFILIATIONS = ["CRCOG", "CRPC", "COST"] as const;

export function ApplicationForm() {
  const [state, action, pending] = useActionState(submitApplicationAction, null);
  const failed = failedOf(state);
  const v = failed?.values ?? {};
  const e = failed?.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      <ActionResult state={state} />
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Your entity</legend>
        <SelectField label="Kind of entity" name="kind" defaultValue={v.kind ?? ""} errors={e.kind} required>
          <option value="">Choose one</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {ORG_KIND_LABEL[k]}
            </option>
          ))}
        </SelectField>
        <Field
          label="Legal name"
          name="legalName"
          defaultValue={v.legalName ?? ""}
          errors={e.legalName}
          hint="As it appears on your purchase orders, like Town of Union or Russell Library."
          required
        />
        <Field label="Town" name="town" defaultValue={v.town ?? ""} errors={e.town} required />
        <Field
          label="Mailing address"
          name="address"
          defaultValue={v.address ?? ""}
          errors={e.address}
          autoComplete="street-address"
          required
        />
        <Field
          label="Website (optional)"
          name="website"
          type="url"
          defaultValue={v.website ?? ""}
          errors={e.website}
          placeholder="https://"
        />
      </fieldset>
      <fieldset className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Primary contact</legend>
        <p className="text-slate-700">
          This person becomes your organization&apos;s first administrator in the portal.
        </p>
        <Field
          label="Name"
          name="contactName"
          defaultValue={v.contactName ?? ""}
          errors={e.contactName}
          autoComplete="name"
          required
        />
        <Field
          label="Work email address"
          name="contactEmail"
          type="email"
          defaultValue={v.contactEmail ?? ""}
          errors={e.contactEmail}
          autoComplete="email"
          required
        />
        <Field
          label="Title (optional)"
          name="contactTitle"
          defaultValue={v.contactTitle ?? ""}
          errors={e.contactTitle}
          autoComplete="organization-title"
        />
        <Field
          label="Phone (optional)"
          name="contactPhone"
          type="tel"
          defaultValue={v.contactPhone ?? ""}
          errors={e.contactPhone}
          autoComplete="tel"
        />
      </fieldset>
      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-300 bg-white p-5">
        <legend className="px-1 text-lg font-semibold">Affiliations</legend>
        <p className="text-slate-700">
          Members of any of these pay no annual fee. Check all that apply; staff verify each one. With none, you join as
          an independent entity and pay a small annual fee.
        </p>
        {AFFILIATIONS.map((a) => (
          <label key={a} className="flex items-center gap-2">
            <input
              key={String(v[`affiliation_${a}`] === "on")}
              type="checkbox"
              name={`affiliation_${a}`}
              defaultChecked={v[`affiliation_${a}`] === "on"}
              className="h-5 w-5"
            />
            {AFFILIATION_LABEL[a]} ({a})
          </label>
        ))}
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Sending…" : "Send application"}
        </Button>
      </div>
    </form>
  );
}
