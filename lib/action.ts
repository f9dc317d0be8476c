// The one server-action helper: parse FormData with zod, run the service, map errors.
// Returns the typed values on failure so forms never lose what the person typed.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { toPublicError } from "@/lib/errors";
import { getActor } from "@/lib/auth/session";
import { cleanInput } from "@/lib/input/text";
import type { Actor } from "@/lib/authz/actor";

export type ActionState<T = unknown> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      status: number;
      error: string;
      fieldErrors?: Record<string, string[]>;
      values?: Record<string, string>;
    }
  | null;

/**
 * A form's text fields by name (the last value of a repeated name), each cleaned at the trust boundary by
 * `cleanInput` (no NUL or control characters, NFC) before any schema sees it; files and Next's `$ACTION` keys left out.
 */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[cleanInput(key)] = cleanInput(value);
  }
  return values;
}

/** Builds a `(prevState, formData)` action for useActionState. The service authorizes. */
export function formAction<S extends z.ZodType, T>(
  schema: S,
  run: (ctx: { actor: Actor | null; input: z.infer<S> }) => Promise<T>,
  successMessage?: string,
) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const values = formValues(formData);
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
      return { ok: false, status: 422, error: "Please correct the highlighted fields.", fieldErrors, values };
    }
    try {
      const data = await run({ actor: await getActor(), input: parsed.data });
      return { ok: true, data, message: successMessage };
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and dynamic-rendering signals pass through untouched
      const { status, message, fieldErrors } = toPublicError(error);
      return { ok: false, status, error: message, fieldErrors, values };
    }
  };
}
