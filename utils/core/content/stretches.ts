/**
 * The stretch library, which stretches each body region is offered, and the picks for one break
 * (docs/clinical-basis.md, "Stretches": the map there is checked against this one by a test).
 */
import { DAY_MS } from '../time/local-time';
import { exerciseStretch } from './own-exercises';
import type { OwnExercise } from './own-exercises';
import type { MessageKey } from './message-key';
import type { RatingRecord } from '../data/records';
import type { Region } from './regions';

/** Where a stretch is felt, as its label says ("for the knees"). */
export type StretchArea = 'neck' | 'shoulders' | 'upperBack' | 'lowerBack' | 'wrists' | 'hips' | 'knees' | 'ankles';

interface StretchBase {
  id: string;
  area: StretchArea;
  seconds: number;
  /** Small, seated movements: the ones offered in flare mode. */
  gentle: boolean;
  /**
   * Offered only when the user made it a favourite, never picked for anyone by itself: it is done
   * standing on one leg.
   */
  favouriteOnly?: true;
}

/** One of Limber's stretches: its words are messages. */
export interface LibraryStretch extends StretchBase {
  name: MessageKey;
  how: MessageKey;
  own?: undefined;
}

/** The user's own exercise (content/own-exercises.ts) in a break: its words, regions and picture. */
export interface OwnStretch extends StretchBase {
  own: { name: string; how: string; regions: readonly Region[]; picture?: string };
}

export type Stretch = LibraryStretch | OwnStretch;

const hold = (
  id: string,
  area: StretchArea,
  gentle: boolean,
  name: MessageKey,
  how: MessageKey,
  extra: { favouriteOnly?: true } = {},
): LibraryStretch => ({ id, area, seconds: 30, gentle, name, how, ...extra });

/** Slow holds of about 30 s: tension, never pain, no bouncing. In library order. */
export const STRETCHES: readonly LibraryStretch[] = [
  hold('neck-tilt', 'neck', true, 'stretchNeckTiltName', 'stretchNeckTiltHow'),
  hold('shoulder-roll', 'shoulders', true, 'stretchShoulderRollName', 'stretchShoulderRollHow'),
  hold('upper-back-hug', 'upperBack', true, 'stretchUpperBackName', 'stretchUpperBackHow'),
  hold('seated-twist', 'lowerBack', false, 'stretchTwistName', 'stretchTwistHow'),
  hold('wrist-flexor', 'wrists', true, 'stretchWristName', 'stretchWristHow'),
  hold('hip-figure-four', 'hips', false, 'stretchHipName', 'stretchHipHow'),
  hold('chin-tuck', 'neck', true, 'stretchChinTuckName', 'stretchChinTuckHow'),
  hold('doorway-chest', 'shoulders', false, 'stretchChestName', 'stretchChestHow'),
  hold('cat-cow-seated', 'upperBack', false, 'stretchCatCowName', 'stretchCatCowHow'),
  hold('knee-to-chest', 'lowerBack', false, 'stretchKneeChestName', 'stretchKneeChestHow'),
  hold('prayer-wrist', 'wrists', true, 'stretchPrayerName', 'stretchPrayerHow'),
  hold('standing-quad', 'hips', false, 'stretchQuadName', 'stretchQuadHow', { favouriteOnly: true }),
  hold('wrist-extensor', 'wrists', true, 'stretchWristExtensorName', 'stretchWristExtensorHow'),
  hold('pelvic-tilt', 'lowerBack', true, 'stretchPelvicTiltName', 'stretchPelvicTiltHow'),
  hold('seated-hip-opener', 'hips', true, 'stretchHipOpenerName', 'stretchHipOpenerHow'),
  hold('knee-extension', 'knees', true, 'stretchKneeExtensionName', 'stretchKneeExtensionHow'),
  hold('ankle-circles', 'ankles', true, 'stretchAnkleCirclesName', 'stretchAnkleCirclesHow'),
  hold('ankle-pumps', 'ankles', true, 'stretchAnklePumpsName', 'stretchAnklePumpsHow'),
];

/**
 * The stretches offered for pain in each region, first choice first. Knees and ankles get only
 * seated, gentle ones; every region has at least one gentle stretch for flare mode.
 */
export const STRETCHES_FOR_REGION: Readonly<Record<Region, readonly string[]>> = {
  neck: ['neck-tilt', 'chin-tuck'],
  shoulders: ['shoulder-roll', 'doorway-chest'],
  upperBack: ['upper-back-hug', 'cat-cow-seated'],
  elbows: ['wrist-extensor', 'wrist-flexor'],
  lowerBack: ['pelvic-tilt', 'seated-twist', 'knee-to-chest'],
  wrists: ['wrist-flexor', 'wrist-extensor', 'prayer-wrist'],
  hips: ['hip-figure-four', 'seated-hip-opener'],
  knees: ['knee-extension'],
  ankles: ['ankle-circles', 'ankle-pumps'],
};

/**
 * The stretches a region is offered, in order: the user's own exercises for it first, then the
 * library's; in flare mode only the gentle ones.
 */
export function stretchesFor(region: Region, gentleOnly = false, library: readonly Stretch[] = STRETCHES): Stretch[] {
  const own = library.filter((s) => s.own?.regions.includes(region));
  const listed = STRETCHES_FOR_REGION[region]
    .map((id) => library.find((s) => s.id === id))
    .filter((s): s is Stretch => s !== undefined);
  return [...own, ...listed].filter((s) => !gentleOnly || s.gentle);
}

export const RECENT_DAYS = 7;

export interface PickOptions {
  favourites?: readonly string[];
  hidden?: readonly string[];
  /** Flare mode: only the gentle ones. */
  gentleOnly?: boolean;
  library?: readonly Stretch[];
}

/**
 * Picks `count` stretches: favourites first; then for the regions rated worst recently (sum of
 * scores per region over the ratings that named regions), one per region in turn, from that
 * region's list; then library order. Hidden ones never; favourite-only ones only as favourites.
 */
export function pickStretches(
  ratings: readonly RatingRecord[],
  now: number,
  count: number,
  opts: PickOptions = {},
): Stretch[] {
  const { favourites = [], hidden = [], gentleOnly = false, library = STRETCHES } = opts;
  const since = now - RECENT_DAYS * DAY_MS;
  const weight = new Map<Region, number>();
  for (const r of ratings) {
    if (r.at < since || r.at > now || !r.regions?.length) continue;
    for (const region of r.regions) weight.set(region, (weight.get(region) ?? 0) + r.score);
  }
  const pool = library.filter((s) => !hidden.includes(s.id) && (!gentleOnly || s.gentle));
  const offered = (s: Stretch): boolean => pool.includes(s) && !s.favouriteOnly;
  const regions = [...weight.entries()]
    .filter(([, w]) => w > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([region]) => region);
  const picked: Stretch[] = pool.filter((s) => favourites.includes(s.id)).slice(0, count);
  // Round-robin over the worst regions so the top region gets the first stretch and others follow.
  for (let round = 0; picked.length < count && round < 3; round++) {
    for (const region of regions) {
      const next = stretchesFor(region, gentleOnly, library).find((s) => offered(s) && !picked.includes(s));
      if (next && picked.length < count) picked.push(next);
    }
  }
  for (const s of pool) if (picked.length < count && offered(s) && !picked.includes(s)) picked.push(s);
  return picked;
}

/**
 * What a break picks from: the user's own exercises and the library, or their own alone when they
 * asked for that and have at least one.
 */
export function breakLibrary(own: readonly OwnExercise[], onlyOwn: boolean): Stretch[] {
  const mine = own.map(exerciseStretch);
  return onlyOwn && mine.length ? mine : [...mine, ...STRETCHES];
}

/**
 * How many stretches one round of a break holds: 3, or 2 when the break is shorter than 2 minutes
 * and in flare mode; never more than fit (docs/clinical-basis.md, "Stretches").
 */
export function stretchCount(breakSec: number, gentle = false): number {
  if (breakSec >= 120 && !gentle) return 3;
  return Math.max(1, Math.min(2, Math.floor(breakSec / 30)));
}
