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
import { createProgramAction } from "@/app/actions/programs";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

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
      <div {...SCROLL_REGION} className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Programs and their stages</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="p-2">
                Program
              </th>
              <th scope="col" className="p-2">
                Category
              </th>
              <th scope="col" className="p-2">
                Stage
              </th>
              <th scope="col" className="p-2 text-right">
                Committee
              </th>
              <th scope="col" className="p-2 text-right">
                Proposals
              </th>
              <th scope="col" className="p-2">
                Updated
              </th>
            </tr>
          </thead>
          <tbody>
            {programs.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="p-2">
                  <Link href={`/staff/programs/${p.id}`}>{p.title}</Link>
                </td>
                <td className="p-2">{p.category}</td>
                <td className="p-2">{PROGRAM_STAGE_LABEL[p.stage]}</td>
                <td className="p-2 text-right">{p._count.committee}</td>
                <td className="p-2 text-right">{p._count.proposals}</td>
                <td className="p-2">{formatDate(p.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
            {
              name: "summary",
              label: "Summary",
              type: "textarea",
              required: true,
            },
          ]}
        />
      </Card>
    </div>
  );
}
