import { useEffect } from 'preact/hooks';

/**
 * Closes the window (or the popup) a moment after `done` turns true, so the user sees the parts
 * marked as answered first; nothing happens if `done` turns false again meanwhile.
 */
export function useAutoClose(done: boolean): void {
  useEffect(() => {
    if (!done) return;
    const id = setTimeout(() => window.close(), 1500);
    return () => clearTimeout(id);
  }, [done]);
}
