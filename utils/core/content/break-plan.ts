/**
 * How a stretch break fills its length: rounds of the picked stretches, then time on one's feet
 * (or, in flare mode, slow seated breathing) for the rest (docs/clinical-basis.md, "Stretch break").
 */
import { FLARE_STRETCH_LENGTH_SEC } from '../settings/flare';
import type { Settings } from '../settings/settings';
import type { Stretch } from './stretches';

/** The closing part of a break: walking about, or slow breathing while seated. */
export type RestKind = 'move' | 'breathe';

export type Segment =
  | { kind: 'stretch'; stretch: Stretch; seconds: number; round: number }
  | { kind: RestKind; seconds: number };

export interface BreakPlan {
  /** The stretches of one round, in order. */
  stretches: readonly Stretch[];
  segments: Segment[];
  /** How many times the stretches are gone through. */
  rounds: number;
  /** The seconds of all segments: the break's length, or a little less (see MIN_REST_SEC). */
  totalSec: number;
}

/** The stretches take at most this share of the break (at least one round)… */
export const STRETCH_SHARE = 0.6;
/** …and are gone through at most this many times. */
export const MAX_ROUNDS = 3;
/** A rest shorter than this is left out: the break ends that much early. */
export const MIN_REST_SEC = 20;

/** The break's length as the scheduler applies it: flare mode shortens it (utils/core/settings/flare.ts). */
export function breakLengthSec(settings: Pick<Settings, 'stretch'>, flare: boolean): number {
  const sec = settings.stretch.lengthSec;
  return flare ? Math.min(sec, FLARE_STRETCH_LENGTH_SEC) : sec;
}

/**
 * The break's segments in order: each round goes through the stretches once; the rest of the
 * length is one segment of moving about, or of slow breathing when `gentle` (flare mode).
 */
export function breakPlan(stretches: readonly Stretch[], lengthSec: number, gentle: boolean): BreakPlan {
  const roundSec = stretches.reduce((sum, s) => sum + s.seconds, 0);
  const rounds =
    roundSec === 0 ? 0 : Math.max(1, Math.min(MAX_ROUNDS, Math.floor((lengthSec * STRETCH_SHARE) / roundSec)));
  const segments: Segment[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const stretch of stretches) segments.push({ kind: 'stretch', stretch, seconds: stretch.seconds, round });
  }
  const rest = lengthSec - rounds * roundSec;
  if (rest >= MIN_REST_SEC) segments.push({ kind: gentle ? 'breathe' : 'move', seconds: rest });
  return { stretches, segments, rounds, totalSec: segments.reduce((sum, s) => sum + s.seconds, 0) };
}
