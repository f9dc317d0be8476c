// The emailed link lands on a page; only this button (a POST) uses the token, so mail
// scanners that open links (Outlook Safe Links) cannot spend it.
export function ConfirmSignIn({ path }: { path: string }) {
  const params = new URL(path, "http://x").searchParams;
  const email = params.get("email") ?? "";
  const action = `/api/auth/callback/email?${new URLSearchParams({
    token: params.get("token") ?? "",
    email,
    callbackUrl: params.get("callbackUrl") ?? "/dashboard",
  })}`;
  return (
    <form method="post" action={action} className="flex flex-col gap-3">
      <p>
        Signing in as <strong>{email}</strong>.
      </p>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
        Continue to the portal
      </button>
    </form>
  );
}
