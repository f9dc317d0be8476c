// The staff directory's filters: name, kind, affiliation, this fiscal year's membership and fee.
import { MEMBERSHIP_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { FilterForm } from "@/components/ui/filter-form";

const AFFILIATIONS = { CRCOG: "CRCOG", CRPC: "CRPC", COST: "COST", INDEPENDENT: "Independent" };
const STATUSES = { ...MEMBERSHIP_STATUS_LABEL, NONE: "No membership" };
const FEES = { due: "Due, unpaid", paid: "Paid", none: "No fee" };

type Values = { q?: string; kind?: string; affiliation?: string; status?: string; fee?: string };

export function OrganizationFilters({ input, fiscalYear }: { input: Values; fiscalYear: number }) {
  return (
    <FilterForm
      values={input}
      fields={[
        { name: "q", label: "Name" },
        { name: "kind", label: "Kind", type: "select", empty: "All kinds", options: ORG_KIND_LABEL },
        { name: "affiliation", label: "Affiliation", type: "select", empty: "Any", options: AFFILIATIONS },
        { name: "status", label: `FY${fiscalYear} membership`, type: "select", empty: "Any", options: STATUSES },
        { name: "fee", label: "Fee", type: "select", empty: "Any", options: FEES },
      ]}
    />
  );
}
