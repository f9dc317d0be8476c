"use client";
import { requestSignInLink } from "@/app/actions/session";
import { ActionForm } from "@/components/ui/form";

/** Asks for a magic link by email; `callbackUrl` is where the link leads after signing in. */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  return (
    <ActionForm
      action={requestSignInLink}
      hidden={callbackUrl ? { callbackUrl } : undefined}
      fields={[
        {
          name: "email",
          label: "Work email address",
          type: "email",
          autoComplete: "email",
          required: true,
          hint: "We email you a link that signs you in. It works once, for 10 minutes.",
        },
      ]}
      submitLabel="Email me a sign-in link"
      pendingLabel="Sending…"
    />
  );
}
