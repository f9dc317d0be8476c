// next-auth's storage, on our Prisma client. The only code that writes next-auth's tables.
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import { db } from "@/lib/db";
import { consumeVerificationToken } from "@/lib/db/queries/auth";

const userFields = { id: true, email: true, name: true, image: true, emailVerified: true } as const;

export function portalAdapter(): Adapter {
  return {
    createUser: (user: Omit<AdapterUser, "id">) =>
      db.user.create({
        data: {
          email: user.email.toLowerCase(),
          name: user.name,
          image: user.image,
          emailVerified: user.emailVerified,
        },
        select: userFields,
      }),
    getUser: (id) => db.user.findUnique({ where: { id }, select: userFields }),
    getUserByEmail: (email) => db.user.findUnique({ where: { email: email.toLowerCase() }, select: userFields }),
    async getUserByAccount({ provider, providerAccountId }) {
      const account = await db.account.findUnique({
        where: { provider_providerAccountId: { provider, providerAccountId } },
        select: { user: { select: userFields } },
      });
      return account?.user ?? null;
    },
    updateUser: ({ id, ...data }) =>
      db.user.update({
        where: { id },
        data: { name: data.name, image: data.image, emailVerified: data.emailVerified },
        select: userFields,
      }),
    async linkAccount(account: AdapterAccount) {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          id_token: account.id_token ?? null,
          expires_at: account.expires_at ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
        },
      });
    },
    createSession: (session) =>
      db.session.create({ data: session, select: { sessionToken: true, userId: true, expires: true } }),
    async getSessionAndUser(sessionToken) {
      const row = await db.session.findUnique({
        where: { sessionToken },
        select: { sessionToken: true, userId: true, expires: true, user: { select: userFields } },
      });
      if (!row) return null;
      const { user, ...session } = row;
      return { session, user };
    },
    updateSession: ({ sessionToken, expires }) =>
      db.session.update({
        where: { sessionToken },
        data: { expires },
        select: { sessionToken: true, userId: true, expires: true },
      }),
    async deleteSession(sessionToken) {
      await db.session.deleteMany({ where: { sessionToken } });
    },
    createVerificationToken: (token) => db.verificationToken.create({ data: token }),
    async useVerificationToken({ identifier, token }) {
      return consumeVerificationToken(identifier, token); // atomic: a link is spent once
    },
  };
}
