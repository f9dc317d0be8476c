import { formatCents } from "@/lib/format";
import { SCROLL_REGION } from "@/components/ui/scroll-region";

type Line = { id: string; itemCode: string; description: string; unit: string; price: number; pilotPriceCents: number | null; listPriceCents: number | null };

/** A price schedule with savings against list price. */
export function PriceTable({ lines, caption }: { lines: Line[]; caption: string }) {
  return (
    <div {...SCROLL_REGION} className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="mb-1 text-left font-medium">{caption}</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">Item</th>
            <th scope="col" className="p-2">Description</th>
            <th scope="col" className="p-2">Unit</th>
            <th scope="col" className="p-2 text-right">Contract price</th>
            <th scope="col" className="p-2 text-right">Pilot price</th>
            <th scope="col" className="p-2 text-right">List price</th>
            <th scope="col" className="p-2 text-right">Savings</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.id} className="border-t border-slate-200">
              <td className="p-2 font-mono">{l.itemCode}</td>
              <td className="p-2">{l.description}</td>
              <td className="p-2">{l.unit}</td>
              <td className="p-2 text-right">{formatCents(l.price)}</td>
              <td className="p-2 text-right">{l.pilotPriceCents === null ? "—" : formatCents(l.pilotPriceCents)}</td>
              <td className="p-2 text-right">{l.listPriceCents === null ? "—" : formatCents(l.listPriceCents)}</td>
              <td className="p-2 text-right">{l.listPriceCents && l.listPriceCents > l.price ? `${Math.round(((l.listPriceCents - l.price) / l.listPriceCents) * 100)}%` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
