// Where the private cache keeps pages and who renders a missing one (server/page-store.mjs).
import { afterEach, describe, expect, it, vi } from "vitest";
// @ts-expect-error: plain JavaScript module of the production server, without type declarations
import { createPageStore } from "@/server/page-store.mjs";

const page = (snapshot: string, storedAt = 1000) => ({ snapshot, storedAt, body: new Uint8Array([1, 2, 3]) });
const want = (snapshot: string, notBefore = 0) => ({ snapshot, notBefore });

afterEach(() => vi.useRealTimers());

describe("page store", () => {
  it("the first request for a missing page claims it; later ones wait for that render and share it", async () => {
    const store = createPageStore({ maxEntries: 10, maxBytes: 1000 });
    expect(await store.lookup("k", want("s1"))).toEqual({ claimed: true });
    const waiting = [store.lookup("k", want("s1")), store.lookup("k", want("s2"))];
    store.settle("k", page("s1"));
    const [same, newer] = await Promise.all(waiting);
    expect(same).toMatchObject({ claimed: false, value: { snapshot: "s1" } });
    expect(newer).toEqual({ claimed: false, value: undefined }); // it read a later snapshot: it renders on its own
    expect(await store.lookup("k", want("s1"))).toMatchObject({ claimed: false, value: { snapshot: "s1" } });
  });

  it("a page from another snapshot, or older than the request allows, is dropped and claimed again", async () => {
    const store = createPageStore({ maxEntries: 10, maxBytes: 1000 });
    await store.lookup("k", want("s1"));
    store.settle("k", page("s1", 1000));
    expect(await store.lookup("k", want("s2"))).toEqual({ claimed: true });
    store.settle("k", page("s2", 1000));
    expect(await store.lookup("k", want("s2", 2000))).toEqual({ claimed: true });
  });

  it("a render that is not kept, or never reports back, lets the waiting requests render for themselves", async () => {
    vi.useFakeTimers();
    const store = createPageStore({ maxEntries: 10, maxBytes: 1000, claimTimeoutMs: 5000 });
    await store.lookup("a", want("s1"));
    const a = store.lookup("a", want("s1"));
    store.settle("a", undefined);
    expect(await a).toEqual({ claimed: false, value: undefined });
    await store.lookup("b", want("s1"));
    const b = store.lookup("b", want("s1"));
    vi.advanceTimersByTime(5000);
    expect(await b).toEqual({ claimed: false, value: undefined });
    expect(await store.lookup("b", want("s1"))).toEqual({ claimed: true });
  });

  it("keeps at most maxBytes of pages, dropping the least recently used", async () => {
    const store = createPageStore({ maxEntries: 10, maxBytes: 6 });
    for (const key of ["a", "b", "c"]) {
      await store.lookup(key, want("s1"));
      store.settle(key, page("s1"));
    }
    expect(await store.lookup("a", want("s1"))).toEqual({ claimed: true });
    expect(await store.lookup("c", want("s1"))).toMatchObject({ value: { snapshot: "s1" } });
  });
});
