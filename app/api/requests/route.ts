// POST /api/requests: builds (and by default submits) a purchase request from JSON; same service and idempotency key as the form.
import { z } from "zod";
import { requireActor } from "@/lib/auth/session";
import { assertCan } from "@/lib/authz/assert";
import { jsonRoute, readJsonBody } from "@/lib/route-handler";
import { ValidationError } from "@/lib/errors";
import { CreateRequestInput } from "@/lib/services/requests/schemas";
import { createRequest } from "@/lib/services/requests/create-request";

export const POST = jsonRoute(async (request: Request) => {
  const actor = await requireActor();
  assertCan(actor, "requests.create");
  // JSON only: a cross-site HTML form cannot send this content type without a CORS preflight
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "Send the request as application/json." }, { status: 415 });
  }
  const body = await readJsonBody(request);
  const parsed = CreateRequestInput.safeParse(body);
  if (!parsed.success) {
    throw new ValidationError(
      "The request body is not valid.",
      z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
    );
  }
  const created = await createRequest({ actor, input: parsed.data });
  return Response.json(created, { status: created.replayed ? 200 : 201 });
});
