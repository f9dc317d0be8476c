import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmSignIn } from "@/components/confirm-sign-in";

export const metadata: Metadata = { title: "Confirm sign-in" };

export default async function ConfirmPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { token, email, callbackUrl } = await searchParams;
  if (!token || !email) {
    return (
      <div className="mx-auto max-w-xl">
        <h1>This sign-in link is incomplete</h1>
        <p className="mt-4">
          Copy the whole link from the email, or <Link href="/sign-in">ask for a new one</Link>.
        </p>
      </div>
    );
  }
  const path = `/sign-in/confirm?${new URLSearchParams({ token, email, callbackUrl: callbackUrl ?? "/dashboard" })}`;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1>Confirm sign-in</h1>
      <ConfirmSignIn path={path} />
    </div>
  );
}
