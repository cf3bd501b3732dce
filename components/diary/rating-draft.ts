/**
 * What the diary's rating forms hold while being filled in, and how it becomes a change of a
 * stored rating or a new one. Pure but for the words of its problems.
 */
import { addProblem, changeProblem } from '../../utils/core/data/edit';
import { isRecord, makeRating, NOTE_MAX } from '../../utils/core/data/records';
import { withDetails } from '../../utils/core/data/details';
import { CONTEXT_TAGS } from '../../utils/core/content/context-tags';
import type { ContextTag } from '../../utils/core/content/context-tags';
import { atWallTime, isLocalDate, parseClock } from '../../utils/core/time/local-time';
import { localMinutes } from '../../utils/core/time/week';
import { REGIONS } from '../../utils/core/content/regions';
import { t } from '../../utils/i18n';
import type { ChangeProblem, RatingChange } from '../../utils/core/data/edit';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Region } from '../../utils/core/content/regions';
import type { LocalDate } from '../../utils/core/time/local-time';

export interface RatingDraft {
  /** Only the add form changes it: an edited rating keeps its day. */
  date: LocalDate;
  /** `HH:MM`, as a time field holds it. */
  time: string;
  score: number | null;
  regions: Region[];
  note: string;
  /** The rating's context (core/data/details.ts); the medicine only counts with the medication tag. */
  tags: ContextTag[];
  ownTags: string[];
  medicine: string;
}

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The form's starting point for changing `record`: what it says now. */
export function draftOf(record: RatingRecord): RatingDraft {
  return {
    date: record.date,
    time: hhmm(localMinutes(record.at, record.tz)),
    score: record.score,
    regions: [...(record.regions ?? [])],
    note: record.note ?? '',
    tags: [...(record.tags ?? [])],
    ownTags: [...(record.ownTags ?? [])],
    medicine: record.medicine ?? '',
  };
}

/** The context a draft stores: a medicine only with the medication tag. */
export const draftContext = (d: RatingDraft) => ({
  tags: [...d.tags],
  ownTags: [...d.ownTags],
  medicine: d.tags.includes('medication') ? d.medicine : '',
});

/** The add form's time for `date`: now rounded down to the quarter hour today, noon on another day. */
export function defaultTime(date: LocalDate, today: LocalDate, now: Date): string {
  if (date !== today) return '12:00';
  const minutes = now.getHours() * 60 + now.getMinutes();
  return hhmm(minutes - (minutes % 15));
}

/** The regions a form offers: the ones the settings show, and any the rating already has. */
export function offeredRegions(shown: readonly Region[], has: readonly Region[] = []): Region[] {
  return REGIONS.filter((r) => shown.includes(r) || has.includes(r));
}

/** The context tags a form offers: the ones the settings offer, and any the rating already has. */
export function offeredContext(
  shown: { tags: readonly ContextTag[]; own: readonly string[] },
  draft: Pick<RatingDraft, 'tags' | 'ownTags'>,
): { tags: ContextTag[]; own: string[] } {
  return {
    tags: CONTEXT_TAGS.filter((x) => shown.tags.includes(x) || draft.tags.includes(x)),
    own: [...new Set([...shown.own, ...draft.ownTags])],
  };
}

const PROBLEM_KEY = {
  score: 'diaryProblemScore',
  time: 'diaryProblemTime',
  future: 'diaryProblemFuture',
  tooOld: 'diaryProblemTooOld',
  context: 'diaryProblemContext',
} as const;

/** A problem of a form, in plain words. */
export function problemText(problem: ChangeProblem | 'tooOld' | 'date', note: string): string {
  if (problem === 'noteTooLong') return t('noteTooLong', [String(note.trim().length), String(NOTE_MAX)]);
  if (problem === 'date') return t('diaryProblemDate');
  return t(PROBLEM_KEY[problem]);
}

export const noteTooLong = (note: string): boolean => note.trim().length > NOTE_MAX;

/** The same regions, in any order (switching one off and on again changes nothing). */
const sameRegions = (a: readonly string[], b: readonly string[]): boolean =>
  new Set(a).size === new Set(b).size && a.every((x) => b.includes(x));

/**
 * The change the edit form asks for: only the fields the user changed (an untouched time keeps the
 * rating's seconds), or the problem with it, in words.
 */
export function changeOf(
  record: RatingRecord,
  draft: RatingDraft,
  now: number,
): { change: RatingChange } | { problem: string } {
  const start = draftOf(record);
  const change: RatingChange = {};
  if (draft.score === null) return { problem: problemText('score', draft.note) };
  if (draft.score !== record.score) change.score = draft.score;
  if (draft.time !== start.time) {
    const minutes = parseClock(draft.time);
    if (minutes === undefined) return { problem: problemText('time', draft.note) };
    change.minutes = minutes;
  }
  if (!sameRegions(draft.regions, start.regions)) change.regions = [...draft.regions];
  if (draft.note.trim() !== start.note) change.note = draft.note;
  const context = draftContext(draft);
  const startContext = draftContext(start);
  if (
    !sameRegions(context.tags, startContext.tags) ||
    !sameRegions(context.ownTags, startContext.ownTags) ||
    context.medicine.trim() !== startContext.medicine
  )
    change.context = context;
  const problem = changeProblem(record, change, now, Intl.DateTimeFormat().resolvedOptions().timeZone);
  return problem ? { problem: problemText(problem, draft.note) } : { change };
}

/** The rating the add form makes, or the problem with it, in words. */
export function ratingOf(
  draft: RatingDraft,
  id: string,
  now: number,
  timeZone: string,
): { rating: RatingRecord } | { problem: string } {
  if (!isLocalDate(draft.date)) return { problem: problemText('date', draft.note) };
  const minutes = parseClock(draft.time);
  if (minutes === undefined) return { problem: problemText('time', draft.note) };
  if (draft.score === null) return { problem: problemText('score', draft.note) };
  if (noteTooLong(draft.note)) return { problem: problemText('noteTooLong', draft.note) };
  const at = atWallTime(draft.date, minutes, timeZone);
  const problem = addProblem(at, now);
  if (problem) return { problem: problemText(problem, draft.note) };
  const note = draft.note.trim();
  const made = makeRating(
    {
      id,
      at,
      source: 'manual',
      score: draft.score,
      ...(draft.regions.length ? { regions: [...draft.regions] } : {}),
      ...(note ? { note } : {}),
    },
    timeZone,
  );
  const rating = withDetails(made, draftContext(draft));
  if (!isRecord(rating)) return { problem: problemText('context', draft.note) };
  return { rating };
}
