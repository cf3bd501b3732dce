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
 * Changes a stored morning check's answers (marked, see core/data/edit-morning), compared with the
 * check as stored now (another window may have changed it since the form opened). Resolves to the
 * check as stored now and whether this changed it, or null when there is none under `id` on
 * `date` (deleted meanwhile).
 */
export function changeMorning(
  date: LocalDate,
  id: string,
  answers: MorningAnswers,
  now: number,
): Promise<{ stored: MorningRecord; changed: boolean } | null> {
  return changeEntry<{ stored: MorningRecord; changed: boolean } | null>(date, id, (entry) => {
    if (!isRecord(entry) || entry.type !== 'morning') return { result: null };
    const next = editMorning(entry, answers, now);
    return next === entry
      ? { result: { stored: entry, changed: false } }
      : { write: next, result: { stored: next, changed: true } };
  });
}
