// Form fields and revalidation shared by the program actions.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { textField } from "@/lib/input/text";
import type { VerbArgs } from "@/lib/authz/actor";
import { verbAction } from "@/app/actions/verb-action";

export const id = z.string().min(1).max(64);

/** Required typed text (lib/input/text.ts): cleaned, `message` when empty, refused past `max` with a message. */
export const text = (max: number, message = "This field is required.") =>
  textField({ max, multiline: true, required: message });

export const optionalInt = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : v),
  z.coerce.number().int().min(0).max(100_000_000).optional(),
);

/** Revalidates a program's staff and public pages after a change to it. */
export function refreshProgram({ programId }: { programId: string }) {
  revalidatePath(`/staff/programs/${programId}`);
  revalidatePath(`/programs/${programId}`);
}

/** Revalidates a contract's page after a change to it or its pilot. */
export function refreshContract({ contractId }: { contractId: string }) {
  revalidatePath(`/contracts/${contractId}`);
}

/** An action on one program: its form posts `programId`; `verb` runs with the parsed form, then the program's pages refresh. */
export function programAction<S extends z.ZodType<{ programId: string }>>(
  schema: S,
  verb: (args: VerbArgs<z.infer<S>>) => Promise<unknown>,
  successMessage: string,
) {
  return verbAction(schema, verb, (input) => refreshProgram(input), successMessage);
}
