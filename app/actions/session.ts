"use server";
// Session actions: request a sign-in link, switch organization, sign out.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction } from "@/lib/action";
import { requestMagicLink } from "@/lib/auth/magic-link";
import { SESSION_COOKIE } from "@/lib/auth/cookies";
import { sessionTokenFromCookies } from "@/lib/auth/session";
import { requestIp } from "@/lib/request-ip";
import { signOut } from "@/lib/services/session/sign-out";
import { switchOrganization } from "@/lib/services/session/switch-organization";

const RequestSignInLinkInput = z.object({
  email: z.email("Enter the email address you use at work, like jsmith@town.ct.gov.").max(254),
  callbackUrl: z.string().max(500).optional(),
});

export const requestSignInLink = formAction(RequestSignInLinkInput, async ({ input }) => {
  await requestMagicLink({ email: input.email, ip: await requestIp(), callbackUrl: input.callbackUrl });
  redirect(`/sign-in/check-email?email=${encodeURIComponent(input.email)}`);
});

const SwitchOrganizationInput = z.object({
  organizationId: z.string().min(1).max(64),
  /** The page the switcher was on (path and query), kept when the new organization may open it. */
  returnTo: z.string().max(2000).optional(),
});

export const switchOrganizationAction = formAction(SwitchOrganizationInput, async ({ actor, input }) => {
  const { page } = await switchOrganization({ actor, input });
  // every page and layout (the header included) is drawn again for the organization now acted for
  revalidatePath("/", "layout");
  redirect(page);
});

export async function signOutAction() {
  const token = await sessionTokenFromCookies();
  if (token) await signOut({ sessionToken: token });
  (await cookies()).delete(SESSION_COOKIE);
  redirect("/sign-in?signedOut=1");
}
