import { useEffect, useState } from 'preact/hooks';
import { useStored } from '../common/use-stored';
import { flareActive, suggestFlare } from '../../utils/core/settings/flare';
import { loadFlare, setFlare, watchFlare } from '../../utils/storage/flare';
import { addDays } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { recordStore } from '../common/record-store';

/** Whether flare mode is on today, whether recent ratings suggest it, and a one-click switch. */
export function useFlare(recordsChanged: unknown): { active: boolean; suggested: boolean; set(on: boolean): void } {
  const flare = useStored(loadFlare, watchFlare);
  const [suggested, setSuggested] = useState(false);
  // recordsChanged is a trigger, not an input: a new rating means the last two days are read again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    const d = today();
    // Two days of buckets are enough to find the last two ratings of a working day. The record
    // store loads after first paint: the popup's rating must not wait for it.
    recordStore()
      .then(({ readDays }) => readDays([addDays(d, -1), d]))
      .then(
        (rs) => setSuggested(suggestFlare(rs)),
        () => setSuggested(false),
      );
  }, [recordsChanged]);
  return {
    active: flareActive(flare ?? null, today()),
    suggested,
    set: (on) => void setFlare(on ? today() : null),
  };
}
