/**
 * How many of the prompts shown were answered, and what happened to each stretch break: guided,
 * marked done without the guide, snoozed, skipped, missed (docs/clinical-basis.md, "Stretch break").
 */
import { isRating } from './grouping';
import type { BreakRecord, LimberRecord } from '../data/records';

/** Stretch breaks by what happened, and natural breaks. */
export interface BreakOutcomes {
  /** Done after the guide ran through every stretch round. */
  guided: number;
  /**
   * Done after starting the guide, before its rounds had run; records from before completion was
   * kept count here when the guide was started (it may have run to the end).
   */
  started: number;
  /** Marked done without starting the guide: a break may or may not have been taken. */
  unguided: number;
  /** Times a break was snoozed; the same break came back afterwards, so these are not breaks. */
  snoozed: number;
  skipped: number;
  /** Left unanswered until the prompt expired. */
  missed: number;
  /** Time away from the computer long enough to count as a break. */
  natural: number;
}

export interface Adherence {
  /** Prompts shown by the schedule and answered (done, fixed/good or rated), of all that were shown. */
  answered: number;
  shown: number;
  /**
   * Breaks known to be taken: stretch breaks whose guide was started, and natural breaks. A break
   * marked done without the guide is not counted here; it is listed apart (`breaks.unguided`).
   */
  breaksTaken: number;
  /** Stretch break prompts shown: done, skipped or missed (a snooze brings the same one back). */
  breaksOffered: number;
  breaks: BreakOutcomes;
}

export type BreakOutcome = keyof BreakOutcomes;

/** What happened to one stretch or natural break; null for other kinds. */
export function breakOutcome(r: BreakRecord): BreakOutcome | null {
  if (r.kind === 'natural') return 'natural';
  if (r.kind !== 'stretch') return null;
  if (r.outcome !== 'done') return r.outcome;
  const guided = r.guided ?? (r.seconds !== undefined ? 'partial' : 'none');
  return guided === 'completed' ? 'guided' : guided === 'partial' ? 'started' : 'unguided';
}

export function noBreaks(): BreakOutcomes {
  return { guided: 0, started: 0, unguided: 0, snoozed: 0, skipped: 0, missed: 0, natural: 0 };
}

/**
 * Prompts answered against prompts shown, and breaks by what happened. A prompt part leaves one
 * record: a rating or a "done" break when answered; snoozed, skipped or missed otherwise (a snooze
 * is followed by the part again).
 */
export function adherence(records: readonly LimberRecord[]): Adherence {
  let answered = 0;
  let shown = 0;
  const breaks = noBreaks();
  for (const r of records) {
    if (isRating(r)) {
      if (r.source === 'prompt') {
        answered++;
        shown++;
      }
      continue;
    }
    if (r.type === 'peg' || r.type === 'morning') {
      answered++;
      shown++;
      continue;
    }
    // A hold is no prompt: what it held came after it (counted by its own record) or was no
    // longer relevant; never shown-and-unanswered (docs/clinical-basis.md, "Holds").
    if (r.type === 'hold') continue;
    const outcome = breakOutcome(r);
    if (outcome) breaks[outcome]++;
    if (r.kind === 'natural' || r.outcome === 'snoozed') continue;
    shown++;
    if (r.outcome === 'done') answered++;
  }
  return {
    answered,
    shown,
    breaksTaken: breaks.guided + breaks.started + breaks.natural,
    breaksOffered: breaks.guided + breaks.started + breaks.unguided + breaks.skipped + breaks.missed,
    breaks,
  };
}

/**
 * Prompts answered in whole percent of those shown; null when none was shown (no 0 % for no data).
 * Takes any part of an Adherence that has the two counts.
 */
export function answeredPercent(a: Pick<Adherence, 'answered' | 'shown'> & Partial<Adherence>): number | null {
  return a.shown ? Math.round((a.answered / a.shown) * 100) : null;
}
