// The client's address as seen by the first proxy in front of the app.
import { headers } from "next/headers";

export async function requestIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "unknown";
}
