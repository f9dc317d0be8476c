import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Application received" };

const Query = z.object({ email: z.email().max(254).optional().catch(undefined) });

export default async function ApplicationSubmittedPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { email } = Query.parse(await searchParams);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1>Application received</h1>
      <Alert tone="success">
        Thank you. We emailed a confirmation{email ? ` to ${email}` : ""}. Cooperative staff verify affiliations and
        decide within a few business days; the decision, and any annual fee, arrive by email.
      </Alert>
      <p>
        <Link href="/">Back to the cooperative&apos;s home page</Link>
      </p>
    </div>
  );
}
