const chains = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` while holding the named lock. Web Locks are shared by every page and the service
 * worker of the extension's origin, so a read-modify-write of one storage key never interleaves
 * with another context's. Where Web Locks are missing (unit tests) an in-process queue stands in.
 */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(name, fn) as Promise<T>;
  const prev = chains.get(name) ?? Promise.resolve();
  const run = prev.then(fn, fn);
  chains.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}
