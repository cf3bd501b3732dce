/**
 * Imports a file's records all or nothing. Adding them a day at a time (addRecords) leaves part of
 * a file stored when storage refuses a later day, so an import writes every day in one batch and,
 * if that batch is refused, puts back what it replaced.
 */
import { browser } from 'wxt/browser';
import { withLock } from './lock';
import { getValue, getValues } from './area';
import { EXERCISES_KEY } from './exercises';
import { keepAside } from './problems';
import { hasUnreadable } from './save-exercises';
import { countExercises, exercisesAfter, mergeExercises } from '../core/content/merge-exercises';
import { OWN_EXERCISES_MAX, parseExercises } from '../core/content/own-exercises';
import type { ExerciseCounts, ExerciseMerge } from '../core/content/merge-exercises';
import type { OwnExercise } from '../core/content/own-exercises';
import { bucketKey, dayLock, idOf, planAdd } from './records';
import { countMatches, importMatch, replacement } from '../core/data/import-plan';
import type { Bucket } from './records';
import type { ImportCounts } from '../core/data/import-plan';
import type { Entry } from '../core/data/tombstone';
import { errorMessage } from '../core/error-message';

/** An import was refused and what it had written could not be taken back: part of it may be stored. */
export class ImportNotUndoneError extends Error {
  override name = 'ImportNotUndoneError';
  constructor(refusal: unknown, undoFailure: unknown) {
    super(`import refused (${errorMessage(refusal)}) and not undone (${errorMessage(undoFailure)})`, {
      cause: refusal,
    });
  }
}

/** The file's own exercises with the stored ones would be more than fit: nothing was imported. */
export class TooManyExercisesError extends RangeError {
  override name = 'TooManyExercisesError';
  constructor(readonly count: number) {
    super(`import would make ${count} own exercises, more than ${OWN_EXERCISES_MAX}`);
  }
}

/** The lock save-exercises.ts takes to write the list. */
const EXERCISES_LOCK = 'limber-exercises';

/** Holds every named lock, taken one by one in sorted order so two holders of several never deadlock. */
function withLocks<T>(names: readonly string[], fn: () => Promise<T>): Promise<T> {
  const [first, ...rest] = [...names].sort();
  return first === undefined ? fn() : withLock(first, () => withLocks(rest, fn));
}

/**
 * Puts back what a refused batch may have replaced: keys it created are removed, the others get
 * their old values. Removing first frees room, so the old values fit where the batch did not.
 */
async function undo(replaced: Record<string, unknown>): Promise<void> {
  const created = Object.keys(replaced).filter((k) => replaced[k] === undefined);
  const old = Object.fromEntries(Object.entries(replaced).filter(([, v]) => v !== undefined));
  if (created.length) await browser.storage.local.remove(created);
  if (Object.keys(old).length) await browser.storage.local.set(old);
}

/** What the import would do with each entry, counted (read without the locks: a preview). */
export async function previewImport(entries: readonly Entry[]): Promise<ImportCounts> {
  const stored = await storedById(entries);
  return countMatches(entries.map((e) => importMatch(e, stored.get(e.id))));
}

/** How the file's own exercises meet the stored ones, and how many there would be after (a preview). */
export async function previewExercises(file: readonly OwnExercise[]): Promise<ExerciseCounts & { after: number }> {
  const stored = parseExercises(await getValue('local', EXERCISES_KEY));
  return { ...countExercises(stored, file), after: exercisesAfter(stored, file) };
}

/**
 * The writes that put the file's own exercises in (none if nothing changes); what the stored value
 * held that could not be read is kept aside first, as saveExercises does. Throws
 * TooManyExercisesError if they would not fit.
 */
async function exerciseWrites(
  file: readonly OwnExercise[],
  choice: 'replace' | 'keep',
): Promise<{ merge: ExerciseMerge; writes: Record<string, unknown>; replaced: Record<string, unknown> }> {
  // A file without own exercises (and every file before format 4) reads nothing more, outside the lock.
  if (!file.length) return { merge: { list: [], added: 0, replaced: 0, keptDiffering: 0 }, writes: {}, replaced: {} };
  const raw = await getValue('local', EXERCISES_KEY);
  const stored = parseExercises(raw);
  const merge = mergeExercises(stored, file, choice);
  if (merge.list.length > OWN_EXERCISES_MAX) throw new TooManyExercisesError(merge.list.length);
  if (!merge.added && !merge.replaced) return { merge, writes: {}, replaced: {} };
  if (hasUnreadable(raw)) await keepAside(EXERCISES_KEY, raw, 'exercisesUnreadable');
  return { merge, writes: { [EXERCISES_KEY]: merge.list }, replaced: { [EXERCISES_KEY]: raw } };
}

/** The stored entry under each id the file names, looked up in the bucket of the entry's own day. */
async function storedById(entries: readonly Entry[]): Promise<Map<string, unknown>> {
  const dates = [...new Set(entries.map((e) => e.date))];
  const buckets = await getValues('local', dates.map(bucketKey));
  const byId = new Map<string, unknown>();
  for (const value of Object.values(buckets)) {
    const list = (value as Bucket | undefined)?.records;
    if (Array.isArray(list)) for (const r of list) byId.set(String(idOf(r)), r);
  }
  return byId;
}

/** What an import did: entries added, stored ones replaced by the file's, and ones left as stored. */
export interface ImportResult {
  added: number;
  replaced: number;
  kept: number;
  /** Of the kept: entries that differ from the stored one (or were deleted here), kept as stored. */
  keptDiffering: number;
  /** The file's own exercises: added, replaced by the file's, differing ones left as stored. */
  exercises: Omit<ExerciseMerge, 'list'>;
}

/**
 * Imports every entry and own exercise, or none. New ones are added; where one differs from the
 * stored one (or was deleted here), `choice` says whether the file's replaces it ('replace') or
 * the stored one stays ('keep'). Rejects with storage's own error when they do not fit (nothing
 * then changed), with TooManyExercisesError when the own exercises would be too many, or with
 * ImportNotUndoneError when even the undo failed.
 */
export async function importEntries(
  entries: readonly Entry[],
  choice: 'replace' | 'keep',
  now: number,
  exercises: readonly OwnExercise[] = [],
): Promise<ImportResult> {
  const dates = [...new Set(entries.map((r) => r.date))];
  const locks = [...dates.map(dayLock), ...(exercises.length ? [EXERCISES_LOCK] : [])];
  return withLocks(locks, async () => {
    const own = await exerciseWrites(exercises, choice);
    const fresh: Entry[] = [];
    const swaps = new Map<string, Entry>();
    const stored = await storedById(entries);
    let keptDiffering = 0;
    for (const e of entries) {
      const old = stored.get(e.id);
      const match = importMatch(e, old);
      if (match === 'fresh') fresh.push(e);
      else if (match === 'differ' || match === 'deletedHere') {
        if (choice === 'replace') swaps.set(e.id, replacement(e, old, now));
        else keptDiffering++;
      }
    }
    const planned = await planAdd(fresh, swaps);
    const writes = { ...planned.writes, ...own.writes };
    const replaced = { ...planned.replaced, ...own.replaced };
    if (Object.keys(writes).length > 0) {
      // One set for every day: Chromium checks the quota for the whole batch and writes all of it or
      // none (seen in Chromium 156); the undo covers a store that writes part before refusing.
      try {
        await browser.storage.local.set(writes);
      } catch (refusal) {
        await undo(replaced).catch((undoFailure: unknown) => {
          throw new ImportNotUndoneError(refusal, undoFailure);
        });
        throw refusal;
      }
    }
    return {
      added: fresh.length,
      replaced: swaps.size,
      kept: entries.length - fresh.length - swaps.size,
      keptDiffering,
      exercises: { added: own.merge.added, replaced: own.merge.replaced, keptDiffering: own.merge.keptDiffering },
    };
  });
}
