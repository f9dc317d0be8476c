import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { RateLimitError } from "@/lib/errors";
import { hashVerificationToken, requestMagicLink, SIGN_IN_THROTTLED_MESSAGE } from "@/lib/auth/magic-link";
import { portalAdapter } from "@/lib/auth/adapter";
import { createOrganization, createUser, uid } from "../factories";

async function linkFor(email: string) {
  const message = await db.emailMessage.findFirst({ where: { to: email }, orderBy: { createdAt: "desc" } });
  const url = new URL(message!.text.match(/https?:\/\/\S+/)![0]);
  return { url, token: url.searchParams.get("token")! };
}

describe("magic-link sign-in", () => {
  it("emails a known user a link to the confirmation page that expires in 10 minutes", async () => {
    const org = await createOrganization();
    const user = await createUser({ organizationId: org.id });
    await requestMagicLink({ email: user.email.toUpperCase(), ip: uid("ip") });
    const { url, token } = await linkFor(user.email);
    expect(url.pathname).toBe("/sign-in/confirm");
    const row = await db.verificationToken.findUnique({ where: { token: hashVerificationToken(token) } });
    expect(row?.identifier).toBe(user.email);
    const minutes = (row!.expires.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10);
    // the raw token is never stored
    expect(await db.verificationToken.findUnique({ where: { token } })).toBeNull();
  });

  it("sends nothing to an unknown address (and says the same thing)", async () => {
    const email = `${uid("nobody")}@example.test`;
    await expect(requestMagicLink({ email, ip: uid("ip") })).resolves.toBeUndefined();
    expect(await db.emailMessage.count({ where: { to: email } })).toBe(0);
  });

  it("a link works once, even when used twice at the same moment", async () => {
    const user = await createUser({ organizationId: (await createOrganization()).id });
    await requestMagicLink({ email: user.email, ip: uid("ip") });
    const { token } = await linkFor(user.email);
    const adapter = portalAdapter();
    const use = () => adapter.useVerificationToken!({ identifier: user.email, token: hashVerificationToken(token) });
    const results = await Promise.all([use(), use(), use()]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await use()).toBeNull();
  });

  it("throttles 20 requests for one email within a minute with a clear message", async () => {
    const user = await createUser({ organizationId: (await createOrganization()).id });
    const outcomes: string[] = [];
    for (let i = 0; i < 20; i++) {
      try {
        await requestMagicLink({ email: user.email, ip: uid("ip") });
        outcomes.push("sent");
      } catch (error) {
        expect(error).toBeInstanceOf(RateLimitError);
        expect((error as Error).message).toBe(SIGN_IN_THROTTLED_MESSAGE);
        outcomes.push("throttled");
      }
    }
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "throttled")).toHaveLength(15);
    expect(await db.emailMessage.count({ where: { to: user.email } })).toBe(5);
  });

  it("throttles many addresses from one IP address", async () => {
    const ip = uid("ip");
    let throttled = 0;
    for (let i = 0; i < 35; i++) {
      await requestMagicLink({ email: `${uid("x")}@example.test`, ip }).catch(() => throttled++);
    }
    expect(throttled).toBe(5);
  });
});
