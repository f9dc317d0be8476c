// Pages call services through here, so typed errors become the right page and status.
import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { ForbiddenError, NotFoundError, UnauthenticatedError } from "@/lib/errors";

export async function loadForPage<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    if (error instanceof UnauthenticatedError) redirect("/sign-in");
    throw error;
  }
}
