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

export interface MorningRecord extends Stamp, MorningAnswers {
  type: 'morning';
}

export const hasAnswer = (a: MorningAnswers): boolean =>
  a.sleep !== undefined || a.stiffness !== undefined || a.fatigue !== undefined;

/** Its fields; that at least one answer is given is checked on the record (RecordSchema). */
export const MorningSchema = v.object({
  ...stampEntries,
  type: v.literal('morning'),
  sleep: v.optional(score0to10()),
  stiffness: v.optional(v.picklist(STIFFNESS)),
  fatigue: v.optional(score0to10()),
});

export function makeMorning(fields: { id: string; at: number } & MorningAnswers, timeZone: string): MorningRecord {
  const { id, at, sleep, stiffness, fatigue } = fields;
  const record: MorningRecord = { ...stampAt(id, at, timeZone), type: 'morning' };
  if (sleep !== undefined) record.sleep = sleep;
  if (stiffness !== undefined) record.stiffness = stiffness;
  if (fatigue !== undefined) record.fatigue = fatigue;
  return record;
}
