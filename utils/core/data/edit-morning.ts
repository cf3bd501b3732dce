/**
 * Changing a morning check after it was made (in the diary), so that the record stays honest: the
 * change is marked with when it was made and what the check first said. Pure: a function of the
 * record, the answers and `now`.
 */
import { answersOf, hasAnswer } from './morning';
import { isRecord } from './records';
import type { MorningAnswers, MorningRecord } from './morning';

/** Why answers cannot replace a check's: none is left ('empty'), or one is out of range. */
export function morningChangeProblem(record: MorningRecord, answers: MorningAnswers): 'empty' | 'answer' | null {
  if (!hasAnswer(answers)) return 'empty';
  return isRecord(withAnswers(record, answers)) ? null : 'answer';
}

const withAnswers = (record: MorningRecord, answers: MorningAnswers): MorningRecord => {
  const { sleep: _s, stiffness: _t, fatigue: _f, ...rest } = record;
  return { ...rest, ...answersOf(answers) };
};

export const sameAnswers = (a: MorningAnswers, b: MorningAnswers): boolean =>
  a.sleep === b.sleep && a.stiffness === b.stiffness && a.fatigue === b.fatigue;

/**
 * The check with `answers` in place of its own (an item left out is removed). Answers equal to the
 * stored ones return the record itself. The first change marks it with what it first said; later
 * changes move the mark's time and keep that. Throws a RangeError for answers
 * `morningChangeProblem` refuses.
 */
export function editMorning(record: MorningRecord, answers: MorningAnswers, now: number): MorningRecord {
  const problem = morningChangeProblem(record, answers);
  if (problem) throw new RangeError(`morning change refused: ${problem}`);
  if (sameAnswers(answers, record)) return record;
  const next = withAnswers(record, answers);
  next.edited = record.edited ? { ...record.edited, at: now } : { at: now, from: answersOf(record) };
  return next;
}
