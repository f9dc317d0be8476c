// Issues email sign-in links: known users only, rate-limited per email and per client address,
// 10-minute expiry, single use (the token row is deleted when used). Known and unknown addresses
// do the same work (a token row and an audit event) and neither waits for SMTP, so neither the
// answer nor its timing says whether an address has an account.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { recordAudit } from "@/lib/audit";
import { hitRateLimits, perAddress } from "@/lib/rate-limit";
import { deliverEmailsSoon, queueEmails } from "@/lib/email/send";
import { MAGIC_LINK_MAX_AGE_SECONDS } from "@/lib/auth/cookies";

export const SIGN_IN_THROTTLED_MESSAGE =
  "Too many sign-in requests. Please wait a minute before asking for another link, and use the newest email you received.";

/** next-auth stores sha256(token + secret); the emailed token is never stored. */
export function hashVerificationToken(token: string) {
  return crypto.createHash("sha256").update(`${token}${env.authSecret}`).digest("hex");
}

export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//")) return "/dashboard";
  return value;
}

/**
 * Emails a sign-in link to `email` when it belongs to a person; otherwise sends nothing, after the same work. `ip` is
 * the trusted client address (lib/request-ip.ts), null when unknown: then only the per-email limit applies. Throws
 * RateLimitError with SIGN_IN_THROTTLED_MESSAGE over either limit.
 */
export async function requestMagicLink(input: { email: string; ip: string | null; callbackUrl?: string }) {
  const email = input.email.trim().toLowerCase();
  await hitRateLimits(
    [
      { key: `signin:email:${email}`, max: env.SIGNIN_RATE_PER_EMAIL, windowSeconds: 60 },
      ...perAddress("signin", input.ip, env.SIGNIN_RATE_PER_IP, 60),
    ],
    SIGN_IN_THROTTLED_MESSAGE,
  );
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true } });

  // For an unknown address the token is made and stored all the same, and never sent: nobody can use it.
  const token = crypto.randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + MAGIC_LINK_MAX_AGE_SECONDS * 1000);
  const params = new URLSearchParams({ token, email, callbackUrl: safeCallbackUrl(input.callbackUrl) });
  const link = `${env.appUrl}/sign-in/confirm?${params}`;
  const ids = await db.$transaction(async (tx) => {
    await tx.verificationToken.create({ data: { identifier: email, token: hashVerificationToken(token), expires } });
    await recordAudit(tx, {
      actorUserId: user?.id ?? null,
      organizationId: null,
      action: "auth.link_requested",
      entityType: "User",
      entityId: user?.id ?? null,
      after: user ? undefined : { account: false },
      ip: input.ip,
    });
    if (!user) return [];
    return queueEmails(tx, [
      {
        to: email,
        subject: "Your sign-in link for the CRCOG IT Services Cooperative portal",
        text: [
          `Hello${user.name ? ` ${user.name}` : ""},`,
          "",
          "Open this link to sign in. It works once and expires in 10 minutes:",
          link,
          "",
          "If you did not ask for it, you can ignore this email; nobody can sign in without it.",
        ].join("\n"),
      },
    ]);
  });
  deliverEmailsSoon(ids);
}
