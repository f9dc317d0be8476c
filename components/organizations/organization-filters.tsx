// The staff directory's filters: name, kind, affiliation, this fiscal year's membership and fee.
import { MEMBERSHIP_STATUS_LABEL, ORG_KIND_LABEL } from "@/lib/labels";
import { FilterForm } from "@/components/ui/filter-form";
import { labelOptions } from "@/components/ui/field";

type Values = { q?: string; kind?: string; affiliation?: string; status?: string; fee?: string };

export function OrganizationFilters({ input, fiscalYear }: { input: Values; fiscalYear: number }) {
  return (
    <FilterForm
      fields={[
        { name: "q", label: "Name", defaultValue: input.q },
        {
          name: "kind",
          label: "Kind",
          type: "select",
          defaultValue: input.kind,
          options: [{ value: "", label: "All kinds" }, ...labelOptions(ORG_KIND_LABEL)],
        },
        {
          name: "affiliation",
          label: "Affiliation",
          type: "select",
          defaultValue: input.affiliation,
          options: [
            { value: "", label: "Any" },
            ...["CRCOG", "CRPC", "COST"].map((a) => ({ value: a, label: a })),
            { value: "INDEPENDENT", label: "Independent" },
          ],
        },
        {
          name: "status",
          label: `FY${fiscalYear} membership`,
          type: "select",
          defaultValue: input.status,
          options: [
            { value: "", label: "Any" },
            ...labelOptions(MEMBERSHIP_STATUS_LABEL),
            { value: "NONE", label: "No membership" },
          ],
        },
        {
          name: "fee",
          label: "Fee",
          type: "select",
          defaultValue: input.fee,
          options: [
            { value: "", label: "Any" },
            { value: "due", label: "Due, unpaid" },
            { value: "paid", label: "Paid" },
            { value: "none", label: "No fee" },
          ],
        },
      ]}
    />
  );
}
