import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Sign-in problem" };

const MESSAGES: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Links work once, for 10 minutes.",
  AccessDenied:
    "Your Microsoft work account's organization is not registered with the cooperative portal. Ask your administrator to add your Entra tenant, or sign in by email.",
  OAuthAccountNotLinked:
    "This email already signs in by email link. Sign in that way; your administrator can link your Microsoft account.",
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-4">
      <h1>We could not sign you in</h1>
      <p>{MESSAGES[error ?? ""] ?? "Something went wrong while signing you in. Please try again."}</p>
      <p>
        <Link href="/sign-in">Ask for a new sign-in link</Link>
      </p>
    </div>
  );
}
