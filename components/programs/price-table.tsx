import { formatCents } from "@/lib/format";
import { ScrollTable, numeric } from "@/components/ui/scroll-table";

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
  const cents = (c: number | null) => (c === null ? "—" : formatCents(c));
  return (
    <ScrollTable
      caption={caption}
      captionClassName="mb-1 text-left font-medium"
      columns={[
        { label: "Item", cellClassName: "font-mono" },
        "Description",
        "Unit",
        numeric("Contract price"),
        numeric("Pilot price"),
        numeric("List price"),
        numeric("Savings"),
      ]}
      rows={lines.map((l) => ({
        key: l.id,
        cells: [
          l.itemCode,
          l.description,
          l.unit,
          formatCents(l.price),
          cents(l.pilotPriceCents),
          cents(l.listPriceCents),
          l.listPriceCents && l.listPriceCents > l.price
            ? `${Math.round(((l.listPriceCents - l.price) / l.listPriceCents) * 100)}%`
            : "—",
        ],
      }))}
    />
  );
}
