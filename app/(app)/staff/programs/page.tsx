import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { loadForPage } from "@/lib/page";
import { listPrograms } from "@/lib/services/programs/list-programs";
import { PROGRAM_STAGE_LABEL } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { ActionForm } from "@/components/ui/form";
import { createProgramAction } from "@/app/actions/programs/forecast";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";

export const metadata: Metadata = { title: "Programs" };

export default async function StaffProgramsPage() {
  const actor = await requirePageActor("/staff/programs");
  const programs = await loadForPage(async () => {
    assertCan(actor, "programs.manage");
    return listPrograms({ actor });
  });
  return (
    <div className="flex flex-col gap-6">
      <h1>Programs</h1>
      <ScrollTable
        framed
        caption="Programs and their stages"
        columns={["Program", "Category", "Stage", numeric("Committee"), numeric("Proposals"), "Updated"]}
        rows={programs.map((p) => ({
          key: p.id,
          cells: [
            <Link key="title" href={`/staff/programs/${p.id}`}>
              {p.title}
            </Link>,
            p.category,
            PROGRAM_STAGE_LABEL[p.stage],
            p._count.committee,
            p._count.proposals,
            formatDate(p.updatedAt),
          ],
        }))}
      />
      <Card title="Start a program">
        <ActionForm
          action={createProgramAction}
          submitLabel="Create program"
          fields={[
            { name: "title", label: "Title", required: true },
            {
              name: "category",
              label: "Category",
              hint: "For example Cybersecurity, Cloud services, GIS.",
              required: true,
            },
            { name: "summary", label: "Summary", type: "textarea", required: true },
          ]}
        />
      </Card>
    </div>
  );
}
