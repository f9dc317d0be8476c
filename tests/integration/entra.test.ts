import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { entraAccountId } from "@/lib/auth/entra";
import { createOrganization, createUser, uid } from "../factories";

type SignInArgs = Parameters<NonNullable<NonNullable<typeof authOptions.callbacks>["signIn"]>>[0];
type SignInEventArgs = Parameters<NonNullable<NonNullable<typeof authOptions.events>["signIn"]>>[0];

describe("Microsoft Entra ID sign-in", () => {
  it("keys accounts by tenant id and object id, never by email", () => {
    expect(entraAccountId({ tid: "tenant-1", oid: "object-9", email: "a@b.gov" })).toBe("tenant-1.object-9");
    expect(() => entraAccountId({ email: "a@b.gov" })).toThrow();
  });

  it("admits only tenants an organization has allow-listed, and joins them to it as staff", async () => {
    const tid = uid("tenant");
    const org = await createOrganization({ entraTenantIds: [tid] });
    const signIn = authOptions.callbacks!.signIn!;
    const account = { provider: "azure-ad", type: "oauth", providerAccountId: `${tid}.oid-1` } as SignInArgs["account"];
    const user = await createUser();
    expect(await signIn({ user: { id: user.id }, account, profile: { tid } } as unknown as SignInArgs)).toBe(true);
    expect(
      await signIn({ user: { id: user.id }, account, profile: { tid: "someone-else" } } as unknown as SignInArgs),
    ).toBe(false);

    await authOptions.events!.signIn!({
      user: { id: user.id },
      account,
      profile: { tid },
      isNewUser: true,
    } as unknown as SignInEventArgs);
    const link = await db.organizationUser.findUnique({
      where: { organizationId_userId: { organizationId: org.id, userId: user.id } },
    });
    expect(link?.role).toBe("STAFF");
    expect(await db.auditEvent.count({ where: { action: "auth.sign_in", actorUserId: user.id } })).toBe(1);
  });

  it("lets email sign-in through the callback unchanged", async () => {
    const signIn = authOptions.callbacks!.signIn!;
    expect(await signIn({ user: { id: "x" }, account: { provider: "email" } } as unknown as SignInArgs)).toBe(true);
  });
});
