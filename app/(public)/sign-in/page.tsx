import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { getActor } from "@/lib/auth/session";
import { DEMO_PERSONAS } from "@/lib/demo-personas";
import { SignInForm } from "@/components/sign-in-form";
import { PersonaList } from "@/components/persona-list";
import { EntraSignIn } from "@/components/entra-sign-in";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string }>;
}) {
  const { callbackUrl, signedOut } = await searchParams;
  if (await getActor()) redirect("/dashboard");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1>Sign in</h1>
      {signedOut && <Alert tone="success">You are signed out. Your session has ended on the server.</Alert>}
      <div className="rounded-lg border border-slate-300 bg-white p-6">
        <SignInForm callbackUrl={callbackUrl} />
        {env.entraEnabled && <EntraSignIn callbackUrl={callbackUrl ?? "/dashboard"} />}
      </div>
      {env.demoMode && (
        <section aria-labelledby="personas-heading" className="rounded-lg border border-amber-500 bg-amber-50 p-6">
          <h2 id="personas-heading">Demo: sign in as one of the sample people</h2>
          <p className="mb-4 text-slate-800">Each button sends that person a real sign-in link to the demo mailbox.</p>
          <PersonaList personas={DEMO_PERSONAS} />
        </section>
      )}
    </div>
  );
}
