// GET|POST /api/auth/*: next-auth (email link callback, Entra ID, CSRF, session). Its own
// email sign-in endpoint is closed: links are issued by the rate-limited requestSignInLink action.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

type RouteContext = { params: Promise<{ nextauth: string[] }> };

export async function GET(request: Request, context: RouteContext) {
  return handler(request, context);
}

export async function POST(request: Request, context: RouteContext) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "signin/email") {
    return Response.json({ error: "Use the sign-in form at /sign-in." }, { status: 404 });
  }
  return handler(request, context);
}
