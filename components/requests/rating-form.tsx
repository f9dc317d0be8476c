"use client";
import type { ActionState } from "@/lib/action";
import { ActionForm } from "@/components/ui/form";
import type { FieldItem } from "@/components/ui/field";

const SCALES = [
  ["quality", "Quality of the product or work"],
  ["timeliness", "Timeliness"],
  ["support", "Support and communication"],
  ["value", "Value for the price"],
] as const;

const OPTIONS = [
  { value: "", label: "Choose 1 to 5" },
  { value: "5", label: "5: excellent" },
  { value: "4", label: "4: good" },
  { value: "3", label: "3: acceptable" },
  { value: "2", label: "2: poor" },
  { value: "1", label: "1: very poor" },
];

const FIELDS: FieldItem[] = [
  { columns: 2, fields: SCALES.map(([name, label]) => ({ name, label, type: "select" as const, options: OPTIONS })) },
  { name: "comment", label: "Comment (optional)", type: "textarea" },
];

/** A town rates the vendor of a fulfilled request on four scales from 1 to 5. */
export function RatingForm<T>({
  action,
  requestId,
}: {
  action: (s: ActionState<T>, f: FormData) => Promise<ActionState<T>>;
  requestId: string;
}) {
  return <ActionForm action={action} hidden={{ requestId }} fields={FIELDS} submitLabel="Rate the vendor" />;
}
