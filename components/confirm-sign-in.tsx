import { Button } from "@/components/ui/button";

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
      <Button type="submit">Continue to the portal</Button>
    </form>
  );
}
