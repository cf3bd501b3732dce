import { useEffect, useState } from 'preact/hooks';
import { readBusy } from '../../utils/busy';
import type { Busy } from '../../utils/core/scheduler';

/**
 * The browser's state as it is while the popup is open. The stored state is what the background
 * last saw; in Firefox (no window size event) it can say "fullscreen" for a while after fullscreen
 * ended, so the popup's hold line is computed from what is true now, looked at on opening and on
 * every change of `stored` (docs/clinical-basis.md, "Holds").
 */
export function useLiveBusy(stored: unknown): Busy | null {
  const [busy, setBusy] = useState<Busy | null>(null);
  // Looked at again whenever the stored state changes (the background saw something new).
  // biome-ignore lint/correctness/useExhaustiveDependencies: `stored` is the trigger, not an input.
  useEffect(() => {
    let current = true;
    readBusy().then(
      (b) => current && setBusy(b),
      () => current && setBusy(null),
    );
    return () => {
      current = false;
    };
  }, [stored]);
  return busy;
}
