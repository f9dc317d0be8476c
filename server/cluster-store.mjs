// The private cache's page store (page-store.mjs) kept in the primary process of the cluster (serve.mjs), so that
// a page one worker rendered is reused by every worker, and a page is rendered once even when requests for it reach
// several workers at the same time. Workers reach it over the cluster's IPC channel.
import cluster from "node:cluster";
import { createPageStore } from "./page-store.mjs";

const CHANNEL = "private-cache";

/** In the primary: one page store answering every worker. */
export function serveClusterStore(options) {
  const store = createPageStore(options);
  cluster.on("message", async (worker, message) => {
    if (message?.channel !== CHANNEL) return;
    if (message.op === "lookup") {
      const result = await store.lookup(message.key, message.want);
      if (worker.isConnected()) worker.send({ channel: CHANNEL, id: message.id, result });
    } else if (message.op === "settle") store.settle(message.key, message.page ?? undefined);
  });
}

/** In a worker: the same interface as a page store, answered by the primary. */
export function clusterStore() {
  const pending = new Map();
  let lastId = 0;
  process.on("message", (message) => {
    if (message?.channel !== CHANNEL || !pending.has(message.id)) return;
    pending.get(message.id)(message.result);
    pending.delete(message.id);
  });
  return {
    lookup: (key, want) =>
      new Promise((resolve) => {
        const id = ++lastId;
        pending.set(id, resolve);
        process.send({ channel: CHANNEL, op: "lookup", id, key, want });
      }),
    settle: (key, page) => process.send({ channel: CHANNEL, op: "settle", key, page: page ?? null }),
  };
}
