/**
 * Changing a rating after it was made, and adding one that was missed, so that the record stays
 * honest: a change is marked with when it was made and what the rating first said; a rating added
 * afterwards is marked with when it was added. Pure: functions of the record, the change and `now`.
 */
import { isRecord, NOTE_MAX } from './records';
import { withDetails } from './details';
import type { ContextTag } from '../content/context-tags';
import type { RatingRecord } from './records';
import type { Region } from '../content/regions';
import { atWallTime, DAY_MS, wallTime } from '../time/local-time';

/**
 * A change made where the rating was given (the popup's or prompt's "change" right after the
 * click) within this long of its making corrects the click itself: the same moment's answer, so
 * it is not marked. A change made in the diary is always marked.
 */
export const CORRECTION_MS = 60_000;

export interface RatingChange {
  score?: number;
  /** Minutes after local midnight of the rating's own day, at its own offset. The day stays. */
  minutes?: number;
  regions?: Region[];
  /** An empty note (after trimming) removes it. */
  note?: string;
  /** The rating's context as a whole (core/data/details.ts): empty lists and text remove it. */
  context?: { tags: ContextTag[]; ownTags: string[]; medicine: string };
}

/** Why a change or an addition cannot be made; the pages say it in words. */
export type ChangeProblem = 'score' | 'time' | 'noteTooLong' | 'future' | 'context';

/**
 * What is wrong with a change, or null. `now` bounds the time: a rating is never in the future.
 * `timeZone` is this computer's (see `momentAt`).
 */
export function changeProblem(
  record: RatingRecord,
  change: RatingChange,
  now: number,
  timeZone: string,
): ChangeProblem | null {
  if (change.score !== undefined && !(Number.isInteger(change.score) && change.score >= 0 && change.score <= 10))
    return 'score';
  if (change.minutes !== undefined) {
    if (!(Number.isInteger(change.minutes) && change.minutes >= 0 && change.minutes < 1440)) return 'time';
    if (momentAt(record, change.minutes, timeZone).at > now) return 'future';
  }
  if (change.note !== undefined && change.note.trim().length > NOTE_MAX) return 'noteTooLong';
  if (change.context && !isRecord(withDetails(record, change.context))) return 'context';
  return null;
}

/** The instant `minutes` after midnight on the record's own day, at the record's own offset. */
export function atMinutes(record: { date: string; tz: number }, minutes: number): number {
  return Date.parse(`${record.date}T00:00:00Z`) + minutes * 60_000 - record.tz * 60_000;
}

/**
 * When the clock read `minutes` on the record's own day, and the offset then. A rating made in
 * `timeZone` (its offset was that zone's) is moved on that zone's clock, so a day with a DST change
 * gets the offset of the new time; one made elsewhere (travel), or a time the clock skipped, keeps
 * its own offset. Either way the record's date stays its day.
 */
export function momentAt(
  record: { date: string; tz: number; at: number },
  minutes: number,
  timeZone: string,
): { at: number; tz: number } {
  if (wallTime(record.at, timeZone).offset === record.tz) {
    const at = atWallTime(record.date, minutes, timeZone);
    const w = wallTime(at, timeZone);
    if (w.date === record.date && w.minutes === minutes) return { at, tz: w.offset };
  }
  return { at: atMinutes(record, minutes), tz: record.tz };
}

/** The same regions, in any order. */
const sameRegions = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  new Set(a ?? []).size === new Set(b ?? []).size && (a ?? []).every((x) => (b ?? []).includes(x));

/**
 * The rating with `change` applied. Unchanged fields keep their value; a change that changes
 * nothing returns the record itself. The first change marks the rating with the score and time it
 * had then, unless it is a `correction` (made where the rating was given) within CORRECTION_MS of
 * its making (or adding); later changes move the mark's time and keep what it first said. Throws a
 * RangeError for a change `changeProblem` refuses.
 */
export function editRating(
  record: RatingRecord,
  change: RatingChange,
  now: number,
  timeZone: string,
  correction = false,
): RatingRecord {
  const problem = changeProblem(record, change, now, timeZone);
  if (problem) throw new RangeError(`rating change refused: ${problem}`);
  const next: RatingRecord = { ...record };
  if (change.score !== undefined) next.score = change.score;
  if (change.minutes !== undefined) Object.assign(next, momentAt(record, change.minutes, timeZone));
  if (change.regions !== undefined && !sameRegions(change.regions, record.regions)) {
    if (change.regions.length) next.regions = [...change.regions];
    else delete next.regions;
  }
  if (change.note !== undefined) {
    const note = change.note.trim();
    if (note) next.note = note;
    else delete next.note;
  }
  if (change.context) {
    const context = contextOf(withDetails(next, change.context));
    delete next.tags;
    delete next.ownTags;
    delete next.medicine;
    Object.assign(next, context);
  }
  const changed =
    next.score !== record.score ||
    next.at !== record.at ||
    !sameRegions(next.regions, record.regions) ||
    next.note !== record.note ||
    !sameContext(next, record);
  if (!changed) return record;
  const madeAt = record.added ?? record.at;
  if (record.edited) next.edited = { ...record.edited, at: now };
  else if (!correction || now - madeAt > CORRECTION_MS)
    next.edited = { at: now, fromScore: record.score, fromAt: record.at };
  return next;
}

/** A rating's context fields alone. */
function contextOf(r: RatingRecord): Pick<RatingRecord, 'tags' | 'ownTags' | 'medicine'> {
  return {
    ...(r.tags ? { tags: r.tags } : {}),
    ...(r.ownTags ? { ownTags: r.ownTags } : {}),
    ...(r.medicine ? { medicine: r.medicine } : {}),
  };
}

/** The same context: the same tags and own tags in any order, and the same medicine. */
function sameContext(a: RatingRecord, b: RatingRecord): boolean {
  return sameRegions(a.tags, b.tags) && sameRegions(a.ownTags, b.ownTags) && a.medicine === b.medicine;
}

/**
 * How far back a missed rating may be added: a diary of the past year, not of any date
 * (docs/clinical-basis.md, "Correcting the diary").
 */
export const ADD_BACK_DAYS = 366;

/** Why a missed rating at `at` cannot be added (none in the future, none older than a year), or null. */
export function addProblem(at: number, now: number): 'future' | 'tooOld' | null {
  if (at > now) return 'future';
  if (now - at > ADD_BACK_DAYS * DAY_MS) return 'tooOld';
  return null;
}

/** Marks a rating made now as added afterwards (unless it is about this very moment). */
export function markAdded(record: RatingRecord, now: number): RatingRecord {
  return now - record.at > CORRECTION_MS ? { ...record, added: now } : record;
}
