import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** How long a focus request waits for its element (a week being read, a form closing). */
const WAIT_MS = 5000;

/**
 * Moves the keyboard focus to an element that appears after a later render (the Edit button of a
 * rating once its form closed, a new entry once its week is read). Call the returned function with
 * how to find it; the newest request wins and is dropped after a few seconds.
 */
export function useFocusLater(): (find: () => HTMLElement | null | undefined) => void {
  const pending = useRef<{ find: () => HTMLElement | null | undefined; until: number } | null>(null);
  const [, rerender] = useState(0);
  // After every render of the page: the element may be there now.
  useEffect(() => {
    const p = pending.current;
    if (!p) return;
    if (Date.now() > p.until) {
      pending.current = null;
      return;
    }
    const el = p.find();
    if (!el) return;
    pending.current = null;
    el.focus();
  });
  return useCallback((find) => {
    pending.current = { find, until: Date.now() + WAIT_MS };
    rerender((n) => n + 1);
  }, []);
}

/** The element of the entry `id` matching `selector` (record ids are matched as data, never as CSS). */
export function inEntry(id: string, selector: string): HTMLElement | null {
  for (const li of document.querySelectorAll<HTMLElement>('[data-entry]'))
    if (li.dataset.entry === id) return li.querySelector<HTMLElement>(selector);
  return null;
}
