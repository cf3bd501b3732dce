/**
 * The morning check (docs/clinical-basis.md, "Morning check"): how the night's sleep was, how long
 * stiffness lasted after getting up, and fatigue now. Each item may be left out; a check holds at
 * least one.
 */
import * as v from 'valibot';
import { score0to10, stampAt, stampEntries } from './stamp';
import type { Stamp } from './stamp';

/** How long stiffness lasted this morning: none, under 30 min, 30–60 min, over 60 min. */
export const STIFFNESS = ['none', 'under30', '30to60', 'over60'] as const;
export type Stiffness = (typeof STIFFNESS)[number];

/** 30 minutes or more: the length the seek-help rule counts (docs/clinical-basis.md, "Morning check"). */
export const isLongStiffness = (s: Stiffness | undefined): boolean => s === '30to60' || s === 'over60';

export interface MorningAnswers {
  /** Sleep quality last night, 0 = best possible sleep, 10 = worst possible sleep. */
  sleep?: number;
  stiffness?: Stiffness;
  /** Fatigue now, 0 = no fatigue, 10 = as bad as you can imagine. */
  fatigue?: number;
}

/**
 * A check changed in the diary after it was made: when it was last changed, and what it first
 * said (kept through later changes), as a rating's mark keeps its first score.
 */
export interface MorningEditMark {
  at: number;
  from: MorningAnswers;
}

export interface MorningRecord extends Stamp, MorningAnswers {
  type: 'morning';
  edited?: MorningEditMark;
}

export const hasAnswer = (a: MorningAnswers): boolean =>
  a.sleep !== undefined || a.stiffness !== undefined || a.fatigue !== undefined;

const answerEntries = () => ({
  sleep: v.optional(score0to10()),
  stiffness: v.optional(v.picklist(STIFFNESS)),
  fatigue: v.optional(score0to10()),
});

/** Its fields; that at least one answer is given is checked on the record (RecordSchema). */
export const MorningSchema = v.object({
  ...stampEntries,
  type: v.literal('morning'),
  ...answerEntries(),
  edited: v.optional(
    v.object({
      at: stampEntries.at,
      // What the check first said: a check always said something.
      from: v.pipe(v.object(answerEntries()), v.check(hasAnswer, 'a morning check first held at least one answer')),
    }),
  ),
});

/** The answers alone, without fields left undefined. */
export function answersOf(a: MorningAnswers): MorningAnswers {
  return {
    ...(a.sleep !== undefined ? { sleep: a.sleep } : {}),
    ...(a.stiffness !== undefined ? { stiffness: a.stiffness } : {}),
    ...(a.fatigue !== undefined ? { fatigue: a.fatigue } : {}),
  };
}

export function makeMorning(fields: { id: string; at: number } & MorningAnswers, timeZone: string): MorningRecord {
  return { ...stampAt(fields.id, fields.at, timeZone), type: 'morning', ...answersOf(fields) };
}
