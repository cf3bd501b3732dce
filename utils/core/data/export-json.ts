import { inRange } from '../time/date-range';
import type { LocalDate } from '../time/local-time';
import type { OwnExercise } from '../content/own-exercises';
import type { LimberRecord } from './records';
import type { Tombstone } from './tombstone';

export const EXPORT_FORMAT = 'limber-export';
/**
 * 2: ratings may carry `edited` and `added` marks, and `deleted` lists the tombstones of deleted
 * entries, so a deletion survives the round trip. 3: entries of record version 2 (morning checks,
 * a rating's context; core/data/migrate). 4: `exercises`, the user's own exercises (not dated: every
 * JSON export carries all of them). Versions 1 to 3 still import.
 */
export const EXPORT_VERSION = 4;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The range asked for; null for all history. */
  from: LocalDate | null;
  to: LocalDate | null;
  records: LimberRecord[];
  deleted: Tombstone[];
  exercises: OwnExercise[];
}

type Range = { from: LocalDate; to: LocalDate } | null;

/** The first entry of `list` outside `range`, as a RangeError: a file must hold what its header names. */
function checkInside(list: readonly (LimberRecord | Tombstone)[], range: Range): void {
  if (!range) return;
  const stray = list.find((r) => !inRange(r.date, range.from, range.to));
  if (stray) throw new RangeError(`record ${stray.id} of ${stray.date} is outside ${range.from}…${range.to}`);
}

/**
 * Items of one of the file's lists (its records or its deleted entries), as `JSON.stringify(file,
 * null, 1)` writes them two levels deep: the list stringified alone, its brackets dropped and every
 * line indented once more (a JSON string never holds a raw line break, so only structure moves).
 */
function items(list: readonly unknown[], first: boolean): string {
  if (!list.length) return '';
  const inner = JSON.stringify(list, null, 1).slice(1, -2).replaceAll('\n', '\n ');
  return first ? inner : `,${inner}`;
}

/** The export file made in pieces, for a history too long to hold as one string (see exportJsonPieces). */
export interface ExportJsonPieces {
  /** The header, up to the opening of the records list. */
  head: string;
  /** The text of some records, to follow the records before them; oldest first across calls. */
  records(list: readonly LimberRecord[]): string;
  /** After the last records: closes their list and opens the deleted entries' list. */
  between(): string;
  /** The text of some tombstones, to follow those before them (after `between`); oldest first across calls. */
  deleted(list: readonly Tombstone[]): string;
  /** Closes the deleted entries' list, adds the own exercises, and closes the file. */
  end(exercises: readonly OwnExercise[]): string;
}

/**
 * The export file in pieces: head, records a chunk at a time, between, tombstones a chunk at a
 * time, end. Joined in that order they are `toExportJson`'s text to the byte; records and
 * tombstones may be made interleaved (the caller keeps the two lists' pieces apart). A range that
 * runs backwards, or an entry outside it, is a RangeError, as in `toExportJson`.
 */
export function exportJsonPieces(range: Range, now: number): ExportJsonPieces {
  if (range && range.from > range.to) throw new RangeError(`export range ${range.from}…${range.to} runs backwards`);
  const header: Omit<ExportFile, 'deleted' | 'exercises'> = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    from: range?.from ?? null,
    to: range?.to ?? null,
    records: [],
  };
  let records = 0;
  let deleted = 0;
  return {
    // `"records": []\n}` without its last three characters: the list opened, the header's own text.
    head: JSON.stringify(header, null, 1).slice(0, -3),
    records(list) {
      checkInside(list, range);
      const text = items(list, records === 0);
      records += list.length;
      return text;
    },
    between: () => `${records ? '\n ' : ''}],\n "deleted": [`,
    deleted(list) {
      checkInside(list, range);
      const text = items(list, deleted === 0);
      deleted += list.length;
      return text;
    },
    end: (exercises) =>
      `${deleted ? '\n ' : ''}],\n "exercises": [${items(exercises, true)}${exercises.length ? '\n ' : ''}]\n}`,
  };
}

/**
 * The export file. Its header names the range asked for, so it must hold that range's records
 * and nothing else: a range that runs backwards, or a record outside it, is a RangeError rather
 * than a file whose header says more (or other) than it holds.
 */
export function toExportJson(
  records: readonly LimberRecord[],
  range: Range,
  now: number,
  deleted: readonly Tombstone[] = [],
  exercises: readonly OwnExercise[] = [],
): string {
  const pieces = exportJsonPieces(range, now);
  checkInside([...records, ...deleted], range);
  const byAt = <T extends { at: number }>(list: readonly T[]): T[] => [...list].sort((a, b) => a.at - b.at);
  const body = pieces.records(byAt(records)) + pieces.between() + pieces.deleted(byAt(deleted));
  return pieces.head + body + pieces.end(exercises);
}
