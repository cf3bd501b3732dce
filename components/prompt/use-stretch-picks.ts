import { useEffect, useMemo, useState } from 'preact/hooks';
import { recordStore } from '../common/record-store';
import { addDays } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { pickStretches, stretchCount } from '../../utils/core/content/stretches';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Settings } from '../../utils/core/settings/settings';
import type { Stretch } from '../../utils/core/content/stretches';

/**
 * The stretches for this prompt's break, favouring areas of recent pain. Recent ratings arrive
 * after first paint (the record store loads lazily); until then the picks ignore them. The picks
 * stay put while a prompt is on screen: only a new prompt, the break length or flare mode (short
 * and gentle) changes them.
 */
export function useStretchPicks(
  promptId: string | undefined,
  settings: Settings | undefined,
  gentle: boolean,
): Stretch[] {
  const [recent, setRecent] = useState<RatingRecord[]>([]);
  useEffect(() => {
    const d = today();
    recordStore()
      .then(({ readRange }) => readRange(addDays(d, -7), d))
      .then((rs) => setRecent(rs.filter((r): r is RatingRecord => r.type === 'rating')))
      .catch(() => setRecent([]));
  }, []);
  // the picks stay put while a prompt is on screen (promptId is their trigger); a favourite changed meanwhile applies
  // from the next prompt.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  return useMemo(
    () =>
      pickStretches(recent, Date.now(), stretchCount(gentle ? 90 : (settings?.stretch.lengthSec ?? 300)), {
        favourites: settings?.stretches.favourites,
        hidden: settings?.stretches.hidden,
        gentleOnly: gentle,
      }),
    [recent, promptId, settings?.stretch.lengthSec, gentle],
  );
}
