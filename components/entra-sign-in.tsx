"use client";
import { signIn } from "next-auth/react";

export function EntraSignIn({ callbackUrl }: { callbackUrl: string }) {
  return (
    <div className="mt-6 border-t border-slate-300 pt-6">
      <button
        type="button"
        onClick={() => signIn("azure-ad", { callbackUrl })}
        className="w-full rounded-md border border-slate-500 bg-white px-4 py-2 font-medium hover:bg-slate-100"
      >
        Sign in with your Microsoft work account
      </button>
      <p className="mt-2 text-sm text-slate-700">
        Available when your organization has registered its Microsoft Entra tenant with the cooperative.
      </p>
    </div>
  );
}
