/**
 * Prompts held while the user was busy (a window in fullscreen, a tab playing sound, the meeting
 * hold), over a period: how often, how long, why, and what became of the prompts held. Pure. A
 * held prompt is never a missed one: the adherence figures leave hold records out, and what came
 * in the prompt after a hold is counted there when it was answered (docs/clinical-basis.md,
 * "Holds" and "Weekly summary and clinician report").
 */
import { HOLD_REASONS } from '../data/hold-reason';
import type { HoldReason } from '../data/hold-reason';
import type { HoldRecord, LimberRecord } from '../data/records';

export interface HoldFigures {
  /** Holds under which something fell due (each leaves one record). */
  holds: number;
  /** How long they lasted, in ms: all together, and the longest one. */
  totalMs: number;
  longestMs: number;
  /** Holds by why they held; a hold with two reasons counts under each. */
  byReason: Record<HoldReason, number>;
  /** Prompts held: each kind that fell due during a hold, once per hold. */
  held: number;
  /** Of those, shown in the prompt after the hold. */
  shown: number;
  /** Of those, not shown: no longer relevant when the hold ended (e.g. work had ended). */
  dropped: number;
}

export const isHold = (r: LimberRecord): r is HoldRecord => r.type === 'hold';

export function noHolds(): HoldFigures {
  return {
    holds: 0,
    totalMs: 0,
    longestMs: 0,
    byReason: { fullscreen: 0, audible: 0, meeting: 0 },
    held: 0,
    shown: 0,
    dropped: 0,
  };
}

/** The figures of the hold records among `records` (the caller picks the period's records). */
export function holdFigures(records: readonly LimberRecord[]): HoldFigures {
  const f = noHolds();
  for (const r of records) {
    if (!isHold(r)) continue;
    f.holds++;
    f.totalMs += r.ms;
    f.longestMs = Math.max(f.longestMs, r.ms);
    for (const reason of HOLD_REASONS) if (r.reasons.includes(reason)) f.byReason[reason]++;
    // Each kind once: a prompt of a kind is one prompt, however often it fell due in the hold.
    const kinds = new Set(r.kinds);
    const shown = new Set(r.shown.filter((k) => kinds.has(k)));
    f.held += kinds.size;
    f.shown += shown.size;
    f.dropped += kinds.size - shown.size;
  }
  return f;
}
