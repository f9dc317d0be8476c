"use client";
import { useActionState } from "react";
import { requestSignInLink } from "@/app/actions/session";
import type { DemoPersona } from "@/lib/demo-personas";

/** Demo mode only: one click asks for a real magic link for that persona. */
export function PersonaList({ personas }: { personas: DemoPersona[] }) {
  const [state, action, pending] = useActionState(requestSignInLink, null);
  return (
    <div>
      {state && !state.ok && (
        <p role="alert" className="mb-2 text-red-800">
          {state.error}
        </p>
      )}
      <ul className="grid gap-2 sm:grid-cols-2">
        {personas.map((p) => (
          <li key={p.email}>
            <form action={action}>
              <input type="hidden" name="email" value={p.email} />
              <button
                type="submit"
                disabled={pending}
                className="w-full rounded-md border border-slate-400 bg-white p-3 text-left hover:border-brand-700 hover:bg-brand-50"
              >
                <span className="block font-semibold">Sign in as {p.name}</span>
                <span className="block text-sm text-slate-700">{p.description}</span>
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
