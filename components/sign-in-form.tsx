"use client";
import { useActionState } from "react";
import { requestSignInLink } from "@/app/actions/session";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState(requestSignInLink, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {failed && <Alert tone="error">{failed.error}</Alert>}
      <Field
        label="Work email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={failed?.values?.email ?? ""}
        errors={failed?.fieldErrors?.email}
        hint="We email you a link that signs you in. It works once, for 10 minutes."
      />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Button type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
