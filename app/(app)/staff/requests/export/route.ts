// GET /staff/requests/export: every request matching the list's filters as CSV (staff only), streamed in batches.
import { csvHeaders } from "@/lib/input/csv";
import { requireActor } from "@/lib/auth/session";
import { jsonRoute } from "@/lib/route-handler";
import { exportRequests } from "@/lib/services/requests/export-requests";
import { parseListFilters } from "@/lib/services/requests/filters";
import { todayInCooperative } from "@/lib/input/date";

export const GET = jsonRoute(async (request: Request) => {
  const actor = await requireActor();
  const filters = parseListFilters(Object.fromEntries(new URL(request.url).searchParams));
  const lines = await exportRequests({ actor, input: filters });
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  const day = todayInCooperative();
  return new Response(stream, { headers: csvHeaders(`purchase-requests-${day}.csv`) });
});
