/**
 * The diary's view of a week: which filter each entry falls under, and the entries of the days,
 * newest day first and newest entry first within a day. Pure.
 */
import type { LimberRecord } from '../../utils/core/data/records';
import type { LocalDate } from '../../utils/core/time/local-time';

/** What the diary's filters choose between (`hold`: prompts held while the user was busy). */
export type EntryKind = 'rating' | 'break' | 'posture' | 'peg' | 'morning' | 'hold';
export const ENTRY_KINDS: readonly EntryKind[] = ['rating', 'break', 'posture', 'peg', 'morning', 'hold'];

export function kindOf(record: LimberRecord): EntryKind {
  if (record.type === 'break') return record.kind === 'posture' ? 'posture' : 'break';
  return record.type;
}

export interface DiaryDay {
  date: LocalDate;
  entries: LimberRecord[];
}

/**
 * The records of the kinds shown, grouped by their day (the bucket they live in), newest first.
 * `keep` is shown whatever the filter and whether or not it is still stored: the rating whose
 * edit form is open, so a change elsewhere never takes the user's typing away.
 */
export function diaryDays(
  records: readonly LimberRecord[],
  shown: ReadonlySet<EntryKind>,
  keep: LimberRecord | null = null,
): DiaryDay[] {
  const list = records.filter((r) => shown.has(kindOf(r)) && r.id !== keep?.id);
  if (keep) list.push(records.find((r) => r.id === keep.id) ?? keep);
  const days = new Map<LocalDate, LimberRecord[]>();
  for (const r of list) {
    const day = days.get(r.date);
    if (day) day.push(r);
    else days.set(r.date, [r]);
  }
  return [...days]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([date, entries]) => ({ date, entries: entries.sort((a, b) => b.at - a.at) }));
}
