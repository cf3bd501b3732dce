/**
 * Importing a JSON export: read the file, count how its entries meet what is stored, and import at
 * once when nothing stored would change, or wait for the user's choice (replace or keep) when some
 * entries differ. The panel shows the status lines and the choice; this hook runs the steps.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { parseImport } from '../../utils/core/data/import-json';
import { needsChoice } from '../../utils/core/data/import-plan';
import { errorKind } from '../../utils/core/error-kind';
import { t } from '../../utils/i18n';
import {
  importEntries,
  ImportNotUndoneError,
  previewExercises,
  previewImport,
  TooManyExercisesError,
} from '../../utils/storage/import';
import { OWN_EXERCISES_MAX } from '../../utils/core/content/own-exercises';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import type { ExerciseCounts } from '../../utils/core/content/merge-exercises';
import { userError } from '../../utils/user-error';
import type { ImportCounts, ImportMatch } from '../../utils/core/data/import-plan';
import type { ImportProblem } from '../../utils/core/data/import-json';
import type { Entry } from '../../utils/core/data/tombstone';
import type { ImportResult } from '../../utils/storage/import';

export type Status = { kind: 'ok' | 'error'; lines: string[] } | null;
export type ImportDecision = 'replace' | 'keep';

/** How the file's records, its deleted entries' tombstones and its own exercises meet what is stored, counted apart. */
export interface ImportPreview {
  records: ImportCounts;
  deleted: ImportCounts;
  exercises: ExerciseCounts;
}

/** A file read and counted, waiting for the user's choice. */
export interface PendingImport {
  file: string;
  entries: Entry[];
  exercises: OwnExercise[];
  preview: ImportPreview;
}

/** What the choice tells the user, in numbers. */
export interface ChoiceFigures {
  /** Entries whose stored version the file's would replace: changed, deleted here, or deleted in the file. */
  differ: number;
  /** Of those, deleted here and still a record in the file: the file's version brings them back. */
  deletedHere: number;
  /** Of those, deleted in the file and still a record here: the file's version deletes them here. */
  deletedInFile: number;
  /** Records not stored here. */
  fresh: number;
  /** Records (and deletions) already here as the file has them. */
  same: number;
  /** Stored entries this version cannot read: left as they are whatever the choice. */
  unreadable: number;
  /** Own exercises whose stored version the file's would replace. */
  exercisesDiffer: number;
  /** Own exercises not stored here. */
  exercisesFresh: number;
}

export function choiceFigures(p: ImportPreview): ChoiceFigures {
  return {
    differ: p.records.differ + p.records.deletedHere + p.deleted.differ,
    deletedHere: p.records.deletedHere,
    deletedInFile: p.deleted.differ,
    fresh: p.records.fresh,
    same: p.records.same + p.deleted.same,
    unreadable: p.records.unreadable + p.deleted.unreadable,
    exercisesDiffer: p.exercises.differ,
    exercisesFresh: p.exercises.fresh,
  };
}

const total = (p: ImportPreview): ImportCounts => {
  const sum = { ...p.records };
  for (const k of Object.keys(sum) as ImportMatch[]) sum[k] += p.deleted[k];
  return sum;
};

/**
 * The line saying what an import did. Counts records: a deletion the file carries of an entry never
 * stored here is kept as a deletion but is no new record; one already known is not "already here".
 */
export function doneLine(result: ImportResult, p: ImportPreview, choice: ImportDecision | null): string {
  const added = Math.max(0, result.added - p.deleted.fresh);
  const { keptDiffering } = result;
  const already = String(Math.max(0, result.kept - keptDiffering - p.deleted.same - p.deleted.unreadable));
  if (choice === 'replace') return t('importReplaced', [String(added), String(result.replaced), already]);
  if (choice === 'keep') return t('importKept', [String(added), String(keptDiffering), already]);
  return t('importDone', [String(added), already]);
}

/** What an import did with the file's own exercises; nothing if it had none. */
export function exercisesDoneLine(result: ImportResult, p: ImportPreview): string[] {
  if (!p.exercises.fresh && !p.exercises.same && !p.exercises.differ) return [];
  const e = result.exercises;
  return [
    t('importExercisesDone', [String(e.added), String(e.replaced), String(e.keptDiffering), String(p.exercises.same)]),
  ];
}

export function problemText(p: ImportProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return t('importTooLarge', String(Math.round(p.bytes / 1024 / 1024)));
    case 'empty':
      return t('importEmpty');
    case 'notJson':
      return t('importNotJson', p.detail);
    case 'foreign':
      return t('importForeign');
    case 'futureVersion':
      return t('importFuture', String(p.version));
    case 'noRecords':
      return t('importNoRecords');
    case 'badRecord':
      return t('importBadRecord', [String(p.index + 1), p.field, p.detail]);
    case 'wrongDate':
      return t('importWrongDate', [String(p.index + 1), p.id]);
    case 'conflict':
      return t('importConflict', [String(p.index + 1), p.id]);
    case 'badExercise':
      return t('importBadExercise', [String(p.index + 1), p.field, p.detail]);
    case 'exerciseConflict':
      return t('importExerciseConflict', [String(p.index + 1), p.id]);
    case 'exercisesNotList':
      return t('importExercisesNotList');
    case 'tooManyExercises':
      return t('importTooManyExercises', [String(p.count), String(OWN_EXERCISES_MAX)]);
    case 'more':
      return t('importMore', String(p.count));
  }
}

const exercisesFull = (count: number): string => t('importExercisesFull', [String(count), String(OWN_EXERCISES_MAX)]);

/** Why an import failed, in plain words (the browser's own text goes to the console only). */
function importFailure(err: unknown, file: string): string[] {
  if (err instanceof ImportNotUndoneError) {
    console.warn('Limber:', err);
    return [t('importNotUndone', file)];
  }
  if (err instanceof TooManyExercisesError) return [t('importRejected', file), exercisesFull(err.count)];
  const plain = userError(err);
  return [t('importRejected', file), errorKind(err) === 'storageFull' ? t('importNoRoom') : plain];
}

/**
 * The import steps. `setStatus` and `setBusy` are the panel's (export shares them); `fileInput`
 * gets the focus back when the choice closes; `onImported` runs after anything was imported.
 */
export function useImport(
  setStatus: (s: Status) => void,
  setBusy: (b: boolean) => void,
  fileInput: RefObject<HTMLInputElement>,
  onImported: () => void,
) {
  const [pending, setPending] = useState<PendingImport | null>(null);
  // Set when the choice closes: once it is gone (and the file input enabled again), focus goes back there.
  const refocus = useRef(false);
  useEffect(() => {
    if (pending || !refocus.current) return;
    refocus.current = false;
    fileInput.current?.focus();
  }, [pending, fileInput]);

  const run = async (p: PendingImport, choice: ImportDecision | null) => {
    const { file, entries, exercises, preview } = p;
    try {
      const result = await importEntries(entries, choice ?? 'keep', Date.now(), exercises);
      setStatus({ kind: 'ok', lines: [doneLine(result, preview, choice), ...exercisesDoneLine(result, preview)] });
      onImported();
    } catch (err) {
      setStatus({ kind: 'error', lines: importFailure(err, file) });
    }
  };

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(null);
    setPending(null);
    try {
      const parsed = parseImport(await file.text());
      if (!parsed.ok) {
        setStatus({ kind: 'error', lines: [t('importRejected', file.name), ...parsed.problems.map(problemText)] });
        return;
      }
      const [records, deleted, own] = await Promise.all([
        previewImport(parsed.records),
        previewImport(parsed.deleted),
        previewExercises(parsed.exercises),
      ]);
      if (own.after > OWN_EXERCISES_MAX) {
        setStatus({ kind: 'error', lines: [t('importRejected', file.name), exercisesFull(own.after)] });
        return;
      }
      const preview = { records, deleted, exercises: own };
      const entries = [...parsed.records, ...parsed.deleted];
      const ready: PendingImport = { file: file.name, entries, exercises: parsed.exercises, preview };
      // Nothing stored would change: import now. Otherwise nothing is written until the user chooses.
      if (needsChoice(total(preview)) || own.differ > 0) setPending(ready);
      else await run(ready, null);
    } catch (err) {
      setStatus({ kind: 'error', lines: importFailure(err, file.name) });
    } finally {
      setBusy(false);
      input.value = '';
    }
  };

  const close = (): void => {
    refocus.current = true;
    setPending(null);
  };

  const choose = async (choice: ImportDecision): Promise<void> => {
    if (!pending) return;
    setBusy(true);
    try {
      await run(pending, choice);
    } finally {
      setBusy(false);
      close();
    }
  };

  const cancel = (): void => {
    if (!pending) return;
    setStatus({ kind: 'ok', lines: [t('importCancelled', pending.file)] });
    close();
  };

  return { pending, importFile, choose, cancel };
}
