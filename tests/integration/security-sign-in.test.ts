// Sign-in at its boundaries: the email callback only from the portal's own page (login CSRF), the same work for known
// and unknown addresses (no enumeration), no sign-in link in the log, and demo mode only on demo data.
import { spawnSync } from "node:child_process";
import { describe, expect, inject, it, vi } from "vitest";
import { db } from "@/lib/db";
import { hashVerificationToken, requestMagicLink } from "@/lib/auth/magic-link";
import { isSameOriginRequest } from "@/lib/auth/same-origin";
import { DEMO_DATA_MARKER, demoDatabaseProblem } from "@/lib/db/queries/demo-data";
import { databaseIsEmpty, markDemoData } from "@/prisma/seed/demo-marker";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { createOrganization, createUser, uid } from "../factories";

const CALLBACK = { params: Promise.resolve({ nextauth: ["callback", "email"] }) };

async function freshLink() {
  const user = await createUser({ organizationId: (await createOrganization()).id });
  await requestMagicLink({ email: user.email, ip: null });
  const message = await db.emailMessage.findFirstOrThrow({ where: { to: user.email } });
  const url = new URL(message.text.match(/https?:\/\/\S+/)![0]);
  const token = url.searchParams.get("token")!;
  const callback = `http://localhost:3000/api/auth/callback/email?${new URLSearchParams({ token, email: user.email })}`;
  const stored = () => db.verificationToken.count({ where: { token: hashVerificationToken(token) } });
  return { user, token, callback, stored };
}

describe("login CSRF", () => {
  it("a cross-site POST of a valid link to the email callback is refused and does not spend the link", async () => {
    const { callback, stored } = await freshLink();
    const forged: Record<string, string>[] = [
      { origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
      { origin: "https://attacker.example" },
      { "sec-fetch-site": "same-site", origin: "https://www.localhost:3000" },
      { origin: "null" },
      {},
    ];
    for (const headers of forged) {
      const answer = await POST(new Request(callback, { method: "POST", headers }), CALLBACK);
      expect(answer.status, JSON.stringify(headers)).toBe(403);
    }
    expect(await stored()).toBe(1);
  });

  it("a GET of the callback (a link or an image on another site) goes to the confirmation page, link unspent", async () => {
    const { callback, stored, token } = await freshLink();
    const answer = await GET(new Request(callback), CALLBACK);
    expect(answer.status).toBe(303);
    const location = new URL(answer.headers.get("location")!, "http://localhost:3000");
    expect(location.pathname).toBe("/sign-in/confirm");
    expect(location.searchParams.get("token")).toBe(token);
    expect(await stored()).toBe(1);
  });

  it("the portal's own confirmation page passes the check", () => {
    const url = "http://localhost:3000/api/auth/callback/email?token=t&email=e";
    const post = (headers: Record<string, string>) =>
      isSameOriginRequest(new Request(url, { method: "POST", headers }));
    expect(post({ origin: "http://localhost:3000", "sec-fetch-site": "same-origin" })).toBe(true);
    expect(post({ origin: "http://localhost:3000" })).toBe(true); // a browser without Fetch Metadata
    expect(post({ "sec-fetch-site": "cross-site", origin: "http://localhost:3000" })).toBe(false);
  });
});

describe("no account discovery by timing", () => {
  it("a known and an unknown address do the same database work, and neither waits for delivery", async () => {
    const known = (await createUser({ organizationId: (await createOrganization()).id })).email;
    const unknown = `${uid("nobody")}@example.test`;
    const work = async (email: string) => {
      const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
      await requestMagicLink({ email, ip });
      return {
        tokens: await db.verificationToken.count({ where: { identifier: email } }),
        audit: await db.auditEvent.count({ where: { action: "auth.link_requested", ip } }),
        buckets: await db.rateLimitBucket.count({
          where: { key: { in: [`signin:email:${email}`, `signin:ip:${ip}`] } },
        }),
      };
    };
    const expected = { tokens: 1, audit: 1, buckets: 2 };
    expect(await work(known)).toEqual(expected);
    expect(await work(unknown)).toEqual(expected);
    // the unknown address's token was never sent, so nobody can use it; and nothing was written to that address
    expect(await db.emailMessage.count({ where: { to: unknown } })).toBe(0);
  });
});

describe("sign-in links kept in clear", () => {
  it("the log of an unsent message carries the link with its token redacted", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    try {
      const { token } = await freshLink();
      const logged = info.mock.calls.map((c) => c.join(" ")).join("\n");
      expect(logged).toContain("/sign-in/confirm?token=redacted&");
      expect(logged).not.toContain(token);
    } finally {
      info.mockRestore();
    }
  });
});

describe("demo mode only on demo data", () => {
  it("the seed marks only a database it loaded while empty", async () => {
    expect(await databaseIsEmpty(db as never)).toBe(false);
    await markDemoData(db as never, false);
    expect(await db.auditEvent.count({ where: { action: DEMO_DATA_MARKER } })).toBe(0);
  });

  it("demo mode refuses to start on a database the demo seed did not load, with a sentence a person can act on", async () => {
    const url = inject("databaseUrl");
    expect(await demoDatabaseProblem(url)).toMatch(/did not load\. Demo mode .* Unset PORTAL_DEMO/);
    const started = spawnSync(process.execPath, ["server/serve.ts", "-p", "0"], {
      env: { ...process.env, DATABASE_URL: url, PORTAL_DEMO: "1", NODE_ENV: "production", NEXTAUTH_SECRET: "x" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr).toContain("This database holds data the demo seed did not load.");
    expect(started.stderr).toContain("Unset PORTAL_DEMO");

    const marker = await db.auditEvent.create({
      data: { actorUserId: null, organizationId: null, action: DEMO_DATA_MARKER, entityType: "Database" },
    });
    try {
      expect(await demoDatabaseProblem(url)).toBeNull();
    } finally {
      await db.auditEvent.delete({ where: { id: marker.id } });
    }
  });
});
