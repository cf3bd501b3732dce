import { useEffect, useState } from 'preact/hooks';
import { readBusy } from '../../utils/busy';
import type { Busy } from '../../utils/core/scheduler';

/**
 * The browser's state as it is while the popup is open. The stored state is what the background
 * last saw; in Firefox (no window size event) it can say "fullscreen" for a while after fullscreen
 * ended, so the popup's hold line is computed from what is true now (docs/clinical-basis.md, "Holds").
 */
export function useLiveBusy(): Busy | null {
  const [busy, setBusy] = useState<Busy | null>(null);
  useEffect(() => {
    readBusy().then(setBusy, () => setBusy(null));
  }, []);
  return busy;
}
