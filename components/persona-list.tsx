"use client";
import { requestSignInLink } from "@/app/actions/session";
import type { DemoPersona } from "@/lib/demo-personas";
import { ActionForm, SubmitButton } from "@/components/ui/form";

/** Demo mode only: one click asks for a real magic link for that persona. */
export function PersonaList({ personas }: { personas: DemoPersona[] }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {personas.map((p) => (
        <li key={p.email}>
          <ActionForm
            action={requestSignInLink}
            hidden={{ email: p.email }}
            submitLabel={`Sign in as ${p.name}`}
            buttons={
              <SubmitButton
                variant="secondary"
                className="w-full p-3 text-left hover:border-brand-700 hover:bg-brand-50"
              >
                <span className="block font-semibold">Sign in as {p.name}</span>
                <span className="block text-sm font-normal text-slate-700">{p.description}</span>
              </SubmitButton>
            }
          />
        </li>
      ))}
    </ul>
  );
}
