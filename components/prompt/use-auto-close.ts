import { useEffect } from 'preact/hooks';

/**
 * Closes the window (or the popup) a moment after `done` turns true, so the user sees the parts
 * marked as answered first; nothing happens if `done` turns false again meanwhile, or if `mayClose`
 * says no at the last moment (a new prompt was stored, and the background, finding this window
 * open, left it to show it).
 */
export function useAutoClose(done: boolean, mayClose: () => Promise<boolean> = async () => true): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: mayClose is read when the timer fires; only done restarts it.
  useEffect(() => {
    if (!done) return;
    let live = true;
    const id = setTimeout(() => {
      void mayClose().then((ok) => {
        if (ok && live) window.close();
      });
    }, 1500);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [done]);
}
