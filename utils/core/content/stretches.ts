import { DAY_MS } from '../time/local-time';
import type { MessageKey } from './message-key';
import type { RatingRecord } from '../data/records';
import type { Region } from './regions';

export type StretchArea = 'neck' | 'shoulders' | 'upperBack' | 'lowerBack' | 'wrists' | 'hips';

export interface Stretch {
  id: string;
  area: StretchArea;
  seconds: number;
  /** Small, seated movements: the ones offered in flare mode. */
  gentle: boolean;
  name: MessageKey;
  how: MessageKey;
}

/** Slow holds of about 30 s: tension, never pain, no bouncing. In library order. */
export const STRETCHES: readonly Stretch[] = [
  { id: 'neck-tilt', area: 'neck', seconds: 30, gentle: true, name: 'stretchNeckTiltName', how: 'stretchNeckTiltHow' },
  {
    id: 'shoulder-roll',
    area: 'shoulders',
    seconds: 30,
    gentle: true,
    name: 'stretchShoulderRollName',
    how: 'stretchShoulderRollHow',
  },
  {
    id: 'upper-back-hug',
    area: 'upperBack',
    seconds: 30,
    gentle: true,
    name: 'stretchUpperBackName',
    how: 'stretchUpperBackHow',
  },
  {
    id: 'seated-twist',
    area: 'lowerBack',
    seconds: 30,
    gentle: false,
    name: 'stretchTwistName',
    how: 'stretchTwistHow',
  },
  { id: 'wrist-flexor', area: 'wrists', seconds: 30, gentle: true, name: 'stretchWristName', how: 'stretchWristHow' },
  { id: 'hip-figure-four', area: 'hips', seconds: 30, gentle: false, name: 'stretchHipName', how: 'stretchHipHow' },
  { id: 'chin-tuck', area: 'neck', seconds: 30, gentle: true, name: 'stretchChinTuckName', how: 'stretchChinTuckHow' },
  {
    id: 'doorway-chest',
    area: 'shoulders',
    seconds: 30,
    gentle: false,
    name: 'stretchChestName',
    how: 'stretchChestHow',
  },
  {
    id: 'cat-cow-seated',
    area: 'upperBack',
    seconds: 30,
    gentle: false,
    name: 'stretchCatCowName',
    how: 'stretchCatCowHow',
  },
  {
    id: 'knee-to-chest',
    area: 'lowerBack',
    seconds: 30,
    gentle: false,
    name: 'stretchKneeChestName',
    how: 'stretchKneeChestHow',
  },
  { id: 'prayer-wrist', area: 'wrists', seconds: 30, gentle: true, name: 'stretchPrayerName', how: 'stretchPrayerHow' },
  { id: 'standing-quad', area: 'hips', seconds: 30, gentle: false, name: 'stretchQuadName', how: 'stretchQuadHow' },
];

/** Where a rated body region is best served in the stretch library. */
const AREA_FOR_REGION: Record<Region, StretchArea> = {
  neck: 'neck',
  shoulders: 'shoulders',
  upperBack: 'upperBack',
  elbows: 'wrists',
  lowerBack: 'lowerBack',
  wrists: 'wrists',
  hips: 'hips',
  knees: 'hips',
  ankles: 'hips',
};

export const RECENT_DAYS = 7;

/**
 * Picks `count` stretches: favourites first, then for the areas rated worst recently (sum of scores
 * per area over the ratings that named regions), one per area in turn; library order otherwise.
 */
export interface PickOptions {
  favourites?: readonly string[];
  hidden?: readonly string[];
  /** Flare mode: only the gentle ones. */
  gentleOnly?: boolean;
  library?: readonly Stretch[];
}

export function pickStretches(
  ratings: readonly RatingRecord[],
  now: number,
  count: number,
  opts: PickOptions = {},
): Stretch[] {
  const { favourites = [], hidden = [], gentleOnly = false, library = STRETCHES } = opts;
  const since = now - RECENT_DAYS * DAY_MS;
  const weight = new Map<StretchArea, number>();
  for (const r of ratings) {
    if (r.at < since || r.at > now || !r.regions?.length) continue;
    for (const region of r.regions) {
      const area = AREA_FOR_REGION[region];
      weight.set(area, (weight.get(area) ?? 0) + r.score);
    }
  }
  const pool = library.filter((s) => !hidden.includes(s.id) && (!gentleOnly || s.gentle));
  const areas = [...weight.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([a]) => a);
  // The user's favourites come first, then stretches for the worst areas, then library order.
  const picked: Stretch[] = pool.filter((s) => favourites.includes(s.id)).slice(0, count);
  // Round-robin over the worst areas so the top region gets the first stretch and others follow.
  for (let round = 0; picked.length < count && round < 4; round++) {
    for (const area of areas) {
      const next = pool.filter((s) => s.area === area && !picked.includes(s))[0];
      if (next && picked.length < count) picked.push(next);
    }
  }
  for (const s of pool) if (picked.length < count && !picked.includes(s)) picked.push(s);
  return picked;
}

/** 2 stretches when the break is short, else 3 (docs/clinical-basis.md, "Stretches": 2–3 of about 30 s). */
export function stretchCount(breakSec: number): number {
  return breakSec < 120 ? 2 : 3;
}
