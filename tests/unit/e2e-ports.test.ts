// The browser tests only ever talk to servers they started: with E2E_PORT taken by another server the suite refuses
// to start, and without E2E_PORT it picks two free neighbouring ports (never a fixed port someone else may hold).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { claimE2ePorts, portsAreFree } from "../e2e/ports";

const saved = { port: process.env.E2E_PORT, claimed: process.env.E2E_PORTS_CLAIMED };
afterEach(() => {
  for (const [name, value] of [
    ["E2E_PORT", saved.port],
    ["E2E_PORTS_CLAIMED", saved.claimed],
  ] as const)
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

function listen(): Promise<net.Server> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen({ port: 0, host: "127.0.0.1" }, () => resolve(server));
  });
}

describe("the end-to-end suite's ports", () => {
  it("refuses to run against a port another server holds", async () => {
    const other = await listen();
    const port = (other.address() as net.AddressInfo).port;
    try {
      expect(portsAreFree([port])).toBe(false);
      delete process.env.E2E_PORTS_CLAIMED;
      process.env.E2E_PORT = String(port);
      expect(() => claimE2ePorts()).toThrow(`E2E_PORT=${port}: port ${port} or ${port + 1} is already in use`);
    } finally {
      other.close();
    }
  });

  it("without E2E_PORT picks two free neighbouring ports and hands them to the whole run", () => {
    delete process.env.E2E_PORTS_CLAIMED;
    delete process.env.E2E_PORT;
    const { demoPort, plainPort } = claimE2ePorts();
    expect(plainPort).toBe(demoPort + 1);
    expect(demoPort).not.toBe(3100);
    expect(process.env.E2E_PORT).toBe(String(demoPort));
    expect(portsAreFree([demoPort, plainPort])).toBe(true);
  });
});
