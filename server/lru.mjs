// A bounded map for the page caches: at most `maxEntries` entries and `maxBytes` of bodies, least recently used
// dropped first.

/** @template T @param {{ maxEntries: number, maxBytes: number, sizeOf: (value: T) => number }} options */
export function createLru({ maxEntries, maxBytes, sizeOf }) {
  /** @type {Map<string, T>} */
  const entries = new Map(); // insertion order doubles as least-recently-used order
  let bytes = 0;

  function drop(key) {
    if (!entries.has(key)) return;
    bytes -= sizeOf(entries.get(key));
    entries.delete(key);
  }

  return {
    /** The value, now the most recently used. */
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      drop(key);
      entries.set(key, value);
      bytes += sizeOf(value);
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        drop(oldest);
      }
    },
    delete: drop,
  };
}
