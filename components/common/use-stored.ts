import { useEffect, useState } from 'preact/hooks';

/**
 * A stored value, loaded once and kept current through storage change events. `initial`: the value
 * read just before the page rendered; it is still loaded again (a change may have come in between).
 */
export function useStored<T>(
  load: () => Promise<T>,
  watch: (cb: (value: T) => void) => () => void,
  initial?: T,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(initial);
  // load and watch are module-level functions, fixed for the page's life: subscribe once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    let live = true;
    // A change heard before the load returns is newer than what the load read.
    let heard = false;
    const unwatch = watch((v) => {
      heard = true;
      if (live) setValue(v);
    });
    load().then((v) => live && !heard && setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/**
 * The time, re-read every `ms` while `running` (so relative times and countdowns stay true while a
 * page is open), and at once when it starts running, so a countdown started now never shows the
 * time the page was opened at.
 */
export function useNow(ms: number, running = true): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms, running]);
  return now;
}
