// GET|POST /api/auth/*: next-auth (email link callback, Entra ID, CSRF, session). Its own email sign-in endpoint is
// closed: links are issued by the rate-limited requestSignInLink action. The email callback spends a link only when
// posted by the portal's own confirmation page; a link opened directly (GET) goes to that page instead.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { isSameOriginRequest } from "@/lib/auth/same-origin";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

const EMAIL_CALLBACK = "callback/email";

export async function GET(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === EMAIL_CALLBACK) {
    const confirm = new URL(`/sign-in/confirm${new URL(request.url).search}`, request.url);
    return new Response(null, { status: 303, headers: { location: `${confirm.pathname}${confirm.search}` } });
  }
  return handler(request, context);
}

export async function POST(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  const route = nextauth.join("/");
  if (route === "signin/email") {
    return Response.json({ error: "Use the sign-in form at /sign-in." }, { status: 404 });
  }
  if (route === EMAIL_CALLBACK && !isSameOriginRequest(request)) {
    // refused before next-auth sees it, so the link is not spent
    return Response.json(
      { error: "Sign-in links are confirmed on the portal's own page. Open the link from your email." },
      { status: 403 },
    );
  }
  return handler(request, context);
}
