/**
 * Changing a morning check in the diary, apart from entries.ts: the popup and the prompt window
 * load that file (a rating's correction, its Undo) and never this.
 */
import { isRecord } from '../core/data/records';
import { editMorning } from '../core/data/edit-morning';
import { changeEntry } from './entries';
import type { MorningAnswers } from '../core/data/morning';
import type { MorningRecord } from '../core/data/records';
import type { LocalDate } from '../core/time/local-time';

/**
 * Changes a stored morning check's answers (marked, see core/data/edit-morning). Resolves to the
 * check as stored now, or null when there is none under `id` on `date` (deleted meanwhile).
 */
export function changeMorning(
  date: LocalDate,
  id: string,
  answers: MorningAnswers,
  now: number,
): Promise<MorningRecord | null> {
  return changeEntry(date, id, (entry) => {
    if (!isRecord(entry) || entry.type !== 'morning') return { result: null };
    const next = editMorning(entry, answers, now);
    return next === entry ? { result: entry } : { write: next, result: next };
  });
}
