// next-auth configuration: email magic links (always) and Microsoft Entra ID (when configured).
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import AzureADProvider from "next-auth/providers/azure-ad";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit";
import { portalAdapter } from "@/lib/auth/adapter";
import { MAGIC_LINK_MAX_AGE_SECONDS, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, secureCookies } from "@/lib/auth/cookies";
import { entraAccountId, organizationsAllowingTenant, type EntraClaims } from "@/lib/auth/entra";

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    EmailProvider({
      maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
      // Links are issued by lib/auth/magic-link.ts (rate-limited, known users only);
      // next-auth's own sign-in endpoint is closed in the route handler.
      sendVerificationRequest: async () => {
        throw new Error("Magic links are sent by requestMagicLink.");
      },
    }),
  ];
  if (env.entraEnabled) {
    list.push(
      AzureADProvider({
        clientId: env.ENTRA_CLIENT_ID!,
        clientSecret: env.ENTRA_CLIENT_SECRET!,
        tenantId: env.ENTRA_TENANT,
        profile: (claims: EntraClaims) => ({
          id: entraAccountId(claims),
          name: claims.name ?? null,
          email: (claims.email ?? claims.preferred_username ?? "").toLowerCase(),
          image: null,
        }),
      }),
    );
  }
  return list;
}

export const authOptions: NextAuthOptions = {
  adapter: portalAdapter(),
  secret: env.authSecret,
  providers: providers(),
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  useSecureCookies: secureCookies,
  cookies: {
    sessionToken: {
      name: SESSION_COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies },
    },
  },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in/error" },
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== "azure-ad") return true;
      const tid = (profile as EntraClaims | undefined)?.tid;
      if (!tid) return false;
      return (await organizationsAllowingTenant(tid)).length > 0;
    },
  },
  events: {
    async signIn({ user, account, profile }) {
      await db.$transaction(async (tx) => {
        if (account?.provider === "azure-ad") {
          // Entra accounts join, as staff, the organizations that allow-list their tenant.
          const tid = (profile as EntraClaims | undefined)?.tid ?? "";
          const orgs = await organizationsAllowingTenant(tid);
          await tx.organizationUser.createMany({
            data: orgs.map((o) => ({ organizationId: o.id, userId: user.id, role: "STAFF" as const })),
            skipDuplicates: true,
          });
        }
        await recordAudit(tx, {
          actorUserId: user.id,
          organizationId: null,
          action: "auth.sign_in",
          entityType: "User",
          entityId: user.id,
          after: { provider: account?.provider ?? "unknown" },
        });
      });
    },
  },
};
