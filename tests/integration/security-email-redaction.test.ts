// With SMTP: the sign-in form does not wait for the mail server (its timing says nothing about the address), and once
// a message has gone, the stored copy no longer carries the link's token.
import { describe, expect, it, vi } from "vitest";

const smtp = vi.hoisted(() => {
  process.env.SMTP_URL = "smtp://mail.example.test:25";
  const state = {
    sent: [] as { to: string; text: string }[],
    release: () => {},
    gate: Promise.resolve(),
  };
  return state;
});
vi.mock("nodemailer", () => ({
  default: {
    createTransport: () => ({
      sendMail: async (message: { to: string; text: string }) => {
        await smtp.gate;
        smtp.sent.push(message);
      },
    }),
  },
}));

const { db } = await import("@/lib/db");
const { requestMagicLink } = await import("@/lib/auth/magic-link");
const { createOrganization, createUser } = await import("../factories");

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("timed out");
}

describe("sign-in links once sent", () => {
  it("the form answers before the mail server does; the stored copy of the sent message has the token redacted", async () => {
    const user = await createUser({ organizationId: (await createOrganization()).id });
    smtp.gate = new Promise<void>((resolve) => (smtp.release = resolve));
    await requestMagicLink({ email: user.email, ip: null }); // returns while the mail server is still busy
    const queued = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
    expect(queued.status).toBe("QUEUED");
    smtp.release();

    const sent = await until(
      () => db.emailMessage.findUniqueOrThrow({ where: { id: queued.id } }),
      (m) => m.status === "SENT",
    );
    const delivered = smtp.sent.find((m) => m.to === user.email)!;
    const token = new URL(delivered.text.match(/https?:\/\/\S+/)![0]).searchParams.get("token")!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(sent.text).not.toContain(token);
    expect(sent.text).toContain("/sign-in/confirm?token=redacted&");
  });
});
