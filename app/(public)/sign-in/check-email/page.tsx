import type { Metadata } from "next";
import Link from "next/link";
import { env } from "@/lib/env";
import { latestSignInPath } from "@/lib/demo-mailbox";
import { ConfirmSignIn } from "@/components/confirm-sign-in";

export const metadata: Metadata = { title: "Check your email" };

export default async function CheckEmailPage({ searchParams }: { searchParams: Promise<{ email?: string }> }) {
  const { email } = await searchParams;
  const demoLink = env.demoMode && email ? await latestSignInPath(email) : null;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1>Check your email</h1>
      <p>
        If <strong>{email ?? "that address"}</strong> has an account with the cooperative portal, a sign-in link is on
        its way. It works once and expires in 10 minutes.
      </p>
      <p>
        No email after a few minutes? Check your junk folder, or <Link href="/sign-in">ask for a new link</Link>. If
        your organization is not a member yet, <Link href="/">see how to join</Link>.
      </p>
      {demoLink && (
        <section aria-labelledby="demo-link" className="rounded-lg border border-amber-500 bg-amber-50 p-4">
          <h2 id="demo-link">Demo: the link from the mailbox</h2>
          <ConfirmSignIn path={demoLink} />
        </section>
      )}
    </div>
  );
}
