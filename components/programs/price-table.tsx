import { formatCents } from "@/lib/format";
import { ScrollTable } from "@/components/ui/scroll-table";

type Line = {
  id: string;
  itemCode: string;
  description: string;
  unit: string;
  price: number;
  pilotPriceCents: number | null;
  listPriceCents: number | null;
};

/** A price schedule with savings against list price. */
export function PriceTable({ lines, caption }: { lines: Line[]; caption: string }) {
  return (
    <ScrollTable
      caption={caption}
      captionClassName="mb-1 text-left font-medium"
      columns={[
        { label: "Item" },
        { label: "Description" },
        { label: "Unit" },
        { label: "Contract price", align: "right" },
        { label: "Pilot price", align: "right" },
        { label: "List price", align: "right" },
        { label: "Savings", align: "right" },
      ]}
    >
      {lines.map((l) => (
        <tr key={l.id} className="border-t border-slate-200">
          <td className="p-2 font-mono">{l.itemCode}</td>
          <td className="p-2">{l.description}</td>
          <td className="p-2">{l.unit}</td>
          <td className="p-2 text-right">{formatCents(l.price)}</td>
          <td className="p-2 text-right">{l.pilotPriceCents === null ? "—" : formatCents(l.pilotPriceCents)}</td>
          <td className="p-2 text-right">{l.listPriceCents === null ? "—" : formatCents(l.listPriceCents)}</td>
          <td className="p-2 text-right">
            {l.listPriceCents && l.listPriceCents > l.price
              ? `${Math.round(((l.listPriceCents - l.price) / l.listPriceCents) * 100)}%`
              : "—"}
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
