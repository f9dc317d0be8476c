// Form fields and revalidation shared by the program actions.
import { revalidatePath } from "next/cache";
import { z } from "zod";

export const id = z.string().min(1).max(64);

export const text = (max: number, message = "This field is required.") => z.string().trim().min(1, message).max(max);

export const optionalInt = z.preprocess(
  (v) => (v === "" || v === undefined ? undefined : v),
  z.coerce.number().int().min(0).max(100_000_000).optional(),
);

export const dateInput = (message: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .transform((v) => new Date(`${v}T00:00:00Z`));

export function refreshProgram(programId: string) {
  revalidatePath(`/staff/programs/${programId}`);
  revalidatePath(`/programs/${programId}`);
}
