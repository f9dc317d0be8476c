// Per-address limits and the audit log use the client address the server saw, never what a client wrote in
// X-Forwarded-For; a client whose address is unknown is limited per email, not in one bucket shared by all.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => {
  process.env.PORTAL_SOCKET_ADDRESS_HEADER = "1"; // as server/serve.ts sets for its workers
  return { headers: new Headers() };
});
vi.mock("next/headers", () => ({ headers: async () => request.headers }));

const { db } = await import("@/lib/db");
const { RateLimitError } = await import("@/lib/errors");
const { requestIp } = await import("@/lib/request-ip");
const { requestMagicLink } = await import("@/lib/auth/magic-link");
const { submitApplication } = await import("@/lib/services/memberships/submit-application");
const { CLIENT_ADDRESS_HEADER, clientAddress, stampClientAddress } = await import("@/lib/client-address");
const { createOrganization, createUser, uid } = await import("../factories");

const randomAddress = () => `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;

/** A request as server/serve.ts hands it to the app: from `socket`, with whatever X-Forwarded-For the client wrote. */
function fromSocket(socket: string | null, forwardedFor?: string) {
  request.headers = new Headers();
  if (socket) request.headers.set(CLIENT_ADDRESS_HEADER, socket);
  if (forwardedFor) request.headers.set("x-forwarded-for", forwardedFor);
}

async function outcomes(times: number, attempt: (i: number) => Promise<unknown>) {
  const result = { passed: 0, limited: 0 };
  for (let i = 0; i < times; i++) {
    try {
      await attempt(i);
      result.passed++;
    } catch (error) {
      if (!(error instanceof RateLimitError)) throw error;
      result.limited++;
    }
  }
  return result;
}

const application = (i: number) => ({
  kind: "LIBRARY" as const,
  legalName: `${uid("Lib")} ${i} Memorial Library`,
  town: "Testbury",
  address: "1 Main Street, Testbury, CT 06000",
  website: "",
  contactName: "Pat Librarian",
  contactEmail: `${uid("dir")}@library.example`,
  affiliations: [] as ("CRCOG" | "CRPC" | "COST")[],
});

describe("client address", () => {
  it("34 sign-in requests from one socket with rotating X-Forwarded-For are limited at 30", async () => {
    const socket = randomAddress();
    const result = await outcomes(34, async (i) => {
      fromSocket(socket, `203.0.113.${i + 1}`);
      await requestMagicLink({ email: `${uid("who")}@example.test`, ip: await requestIp() });
    });
    expect(result).toEqual({ passed: 30, limited: 4 });
  });

  it("the /join limit counts the socket too: 22 applications with rotating X-Forwarded-For, 20 pass", async () => {
    const socket = randomAddress();
    const result = await outcomes(22, async (i) => {
      fromSocket(socket, `198.51.100.${i + 1}, 192.0.2.${i + 1}`);
      await submitApplication({ input: application(i), ip: await requestIp() });
    });
    expect(result).toEqual({ passed: 20, limited: 2 });
  });

  it("the audit log stores the socket address, not a forged X-Forwarded-For", async () => {
    const user = await createUser({ organizationId: (await createOrganization()).id });
    const socket = randomAddress();
    fromSocket(socket, "203.0.113.99");
    await requestMagicLink({ email: user.email, ip: await requestIp() });
    const event = await db.auditEvent.findFirst({ where: { action: "auth.link_requested", actorUserId: user.id } });
    expect(event?.ip).toBe(socket);
  });

  it("with no known address, 40 sign-ins for different people all pass: no bucket shared by everyone", async () => {
    const result = await outcomes(40, async () => {
      fromSocket(null, `203.0.113.7`);
      const ip = await requestIp();
      expect(ip).toBeNull();
      await requestMagicLink({ email: `${uid("anyone")}@example.test`, ip });
    });
    expect(result).toEqual({ passed: 40, limited: 0 });
  });

  it("behind trusted proxies, the right-most hops are the proxies' and the one before is the client", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2",
      [CLIENT_ADDRESS_HEADER]: "10.0.0.3",
    });
    const get = (name: string) => headers.get(name);
    expect(clientAddress(get, { trustedProxyHops: 0, socketHeaderTrusted: true })).toBe("10.0.0.3");
    expect(clientAddress(get, { trustedProxyHops: 1, socketHeaderTrusted: true })).toBe("10.0.0.2");
    expect(clientAddress(get, { trustedProxyHops: 2, socketHeaderTrusted: true })).toBe("203.0.113.5");
    expect(clientAddress(get, { trustedProxyHops: 4, socketHeaderTrusted: true })).toBeNull();
    // the header is believed only from our own server; under `next dev` anyone could write it
    expect(clientAddress(get, { trustedProxyHops: 0, socketHeaderTrusted: false })).toBeNull();
    const junk = new Headers({ "x-forwarded-for": "not-an-address" });
    expect(clientAddress((n) => junk.get(n), { trustedProxyHops: 1, socketHeaderTrusted: false })).toBeNull();
  });

  it("the server replaces a client-address header the client sent with the socket's address", async () => {
    const server = http.createServer((req, res) => {
      stampClientAddress(req);
      res.end(String(req.headers[CLIENT_ADDRESS_HEADER]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.1" } });
      expect(await answer.text()).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
