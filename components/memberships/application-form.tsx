"use client";
import { submitApplicationAction } from "@/app/actions/memberships";
import { ActionForm } from "@/components/ui/form";
import type { FieldGroup } from "@/components/ui/field";
import { AFFILIATION_LABEL, ORG_KIND_LABEL } from "@/lib/labels";

const KINDS = ["MUNICIPALITY", "BOARD_OF_EDUCATION", "LIBRARY", "OTHER_PUBLIC"] as const;
const AFFILIATIONS = ["CRCOG", "CRPC", "COST"] as const;

const GROUPS: FieldGroup[] = [
  {
    legend: "Your entity",
    boxed: true,
    fields: [
      {
        name: "kind",
        label: "Kind of entity",
        type: "select",
        required: true,
        options: [{ value: "", label: "Choose one" }, ...KINDS.map((k) => ({ value: k, label: ORG_KIND_LABEL[k] }))],
      },
      {
        name: "legalName",
        label: "Legal name",
        hint: "As it appears on your purchase orders, like Town of Union or Russell Library.",
        required: true,
      },
      { name: "town", label: "Town", required: true },
      { name: "address", label: "Mailing address", autoComplete: "street-address", required: true },
      { name: "website", label: "Website (optional)", type: "url", placeholder: "https://" },
    ],
  },
  {
    legend: "Primary contact",
    boxed: true,
    intro: "This person becomes your organization's first administrator in the portal.",
    fields: [
      { name: "contactName", label: "Name", autoComplete: "name", required: true },
      { name: "contactEmail", label: "Work email address", type: "email", autoComplete: "email", required: true },
      { name: "contactTitle", label: "Title (optional)", autoComplete: "organization-title" },
      { name: "contactPhone", label: "Phone (optional)", type: "tel", autoComplete: "tel" },
    ],
  },
  {
    legend: "Affiliations",
    boxed: true,
    intro:
      "Members of any of these pay no annual fee. Check all that apply; staff verify each one. With none, you join as an independent entity and pay a small annual fee.",
    fields: AFFILIATIONS.map((a) => ({
      name: `affiliation_${a}`,
      label: `${AFFILIATION_LABEL[a]} (${a})`,
      type: "checkbox" as const,
    })),
  },
];

/** The public membership application: entity, primary contact, claimed affiliations. */
export function ApplicationForm() {
  return (
    <ActionForm
      action={submitApplicationAction}
      fields={GROUPS}
      submitLabel="Send application"
      pendingLabel="Sending…"
    />
  );
}
