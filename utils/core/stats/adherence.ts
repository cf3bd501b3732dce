/** How many of the prompts shown were answered, and of the breaks offered taken. */
import { isRating } from './grouping';
import type { LimberRecord } from '../data/records';

export interface Adherence {
  /** Prompts shown by the schedule and answered (done, fixed/good or rated), of all that were shown. */
  answered: number;
  shown: number;
  breaksTaken: number;
  breaksOffered: number;
}

/**
 * Prompts answered against prompts shown. A prompt part leaves one record: a rating or a "done"
 * break when answered; snoozed, skipped or missed otherwise (a snooze is followed by the part again).
 */
export function adherence(records: readonly LimberRecord[]): Adherence {
  let answered = 0;
  let shown = 0;
  let breaksTaken = 0;
  let breaksOffered = 0;
  for (const r of records) {
    if (isRating(r)) {
      if (r.source === 'prompt') {
        answered++;
        shown++;
      }
      continue;
    }
    if (r.type === 'peg') {
      answered++;
      shown++;
      continue;
    }
    if (r.kind === 'natural') {
      breaksTaken++;
      continue;
    }
    if (r.outcome === 'snoozed') continue;
    shown++;
    if (r.outcome === 'done') answered++;
    if (r.kind === 'stretch') {
      breaksOffered++;
      if (r.outcome === 'done') breaksTaken++;
    }
  }
  return { answered, shown, breaksTaken, breaksOffered };
}

/** Prompts answered in whole percent of those shown; null when none was shown (no 0 % for no data). */
export function answeredPercent(a: Adherence): number | null {
  return a.shown ? Math.round((a.answered / a.shown) * 100) : null;
}
