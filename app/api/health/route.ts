// GET /api/health: 200 when the database answers, 503 when it does not.
import { pingDatabase } from "@/lib/db/queries/health";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await Promise.race([
      pingDatabase(),
      new Promise((_, reject) => setTimeout(() => reject(new Error("database timeout")), 3000)),
    ]);
    return Response.json({ status: "ok", database: "up" });
  } catch {
    return Response.json({ status: "unavailable", database: "down" }, { status: 503 });
  }
}
