import { useEffect, useMemo, useState } from 'preact/hooks';
import { recordStore } from '../common/record-store';
import { useStored } from '../common/use-stored';
import { addDays } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { breakLengthSec } from '../../utils/core/content/break-plan';
import { flareActive } from '../../utils/core/settings/flare';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { breakLibrary, pickStretches, stretchCount } from '../../utils/core/content/stretches';
import { loadExercises, watchExercises } from '../../utils/storage/exercises';
import { loadFlare, watchFlare } from '../../utils/storage/flare';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Settings } from '../../utils/core/settings/settings';
import type { Stretch } from '../../utils/core/content/stretches';

/**
 * The stretches for this prompt's break, favouring regions of recent pain. Recent ratings arrive
 * after first paint (the record store loads lazily); until then the picks ignore them. The picks
 * stay put while a prompt is on screen: only a new prompt, the break length or flare mode (short
 * and gentle) changes them, or the user's own exercises arriving (they load after first paint too).
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
  const own = useStored(loadExercises, watchExercises);
  const lengthSec = breakLengthSec(settings ?? DEFAULT_SETTINGS, gentle);
  // the picks stay put while a prompt is on screen (promptId is their trigger); a favourite changed meanwhile applies
  // from the next prompt.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  return useMemo(
    () =>
      pickStretches(recent, Date.now(), stretchCount(lengthSec, gentle), {
        favourites: settings?.stretches.favourites,
        hidden: settings?.stretches.hidden,
        gentleOnly: gentle,
        library: breakLibrary(own ?? [], settings?.stretches.onlyOwn ?? false),
      }),
    [recent, promptId, lengthSec, gentle, own],
  );
}

/**
 * The length the break is to fill and whether it is a gentle (flare mode) one, from the stored
 * settings and flare mode; null until both have loaded.
 */
export function useBreakSetup(): { lengthSec: number; gentle: boolean } | null {
  const settings = useStored(loadSettings, watchSettings)?.settings;
  const flare = useStored(loadFlare, watchFlare);
  if (!settings || flare === undefined) return null;
  const gentle = flareActive(flare, today());
  return { lengthSec: breakLengthSec(settings, gentle), gentle };
}
