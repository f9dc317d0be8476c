// Route handlers run through here: typed errors become JSON with the right status.
import "server-only";
import { toPublicError } from "@/lib/errors";

export function jsonRoute<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      const { status, message, fieldErrors } = toPublicError(error);
      return Response.json({ error: message, fieldErrors }, { status });
    }
  };
}
