// The everyday server action: parse the form, hand the actor and the input to one service verb, refresh the pages.
import "server-only";
import type { z } from "zod";
import { formAction } from "@/lib/action";
import type { VerbArgs } from "@/lib/authz/actor";

/**
 * A formAction that calls `verb({ actor, input })` with the parsed form, then `refresh(input)` (revalidation),
 * and answers `successMessage`. What the verb throws reaches the form the way formAction maps errors.
 */
export function verbAction<S extends z.ZodType>(
  schema: S,
  verb: (args: VerbArgs<z.infer<S>>) => Promise<unknown>,
  refresh: (input: z.infer<S>) => void,
  successMessage: string,
) {
  return formAction(
    schema,
    async ({ actor, input }) => {
      await verb({ actor, input });
      refresh(input);
    },
    successMessage,
  );
}
