import { useEffect, useState } from 'preact/hooks';

/** A stored value, loaded once and kept current through storage change events. */
export function useStored<T>(load: () => Promise<T>, watch: (cb: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // load and watch are module-level functions, fixed for the page's life: subscribe once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    let live = true;
    const unwatch = watch((v) => live && setValue(v));
    load().then((v) => live && setValue((cur) => cur ?? v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/** Re-renders every `ms` so relative times stay true while a page is open. */
export function useNow(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
