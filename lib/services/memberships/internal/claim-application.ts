import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";

/** The application, if it still waits for a decision. Throws NotFoundError, or ConflictError once decided. */
export async function claimApplication(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], id: string) {
  // Only a waiting application can be decided; the conditional update makes double clicks harmless.
  const app = await tx.membershipApplication.findUnique({ where: { id } });
  if (!app) throw new NotFoundError();
  if (app.status !== "SUBMITTED") throw new ConflictError("This application was already decided.");
  return app;
}
