import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-json';
import { RecordSchema } from './records';
import { TombstoneSchema } from './tombstone';
import { canonical } from './canonical';
import { migrateEntry } from './migrate';
import type { Tombstone } from './tombstone';
import { isoLocal } from '../time/week';
import type { LimberRecord } from './records';
import { errorMessage } from '../error-message';
import { OWN_EXERCISES_MAX, OwnExerciseSchema } from '../content/own-exercises';
import type { OwnExercise } from '../content/own-exercises';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** At most this many problems are listed; the rest are counted. */
const MAX_LISTED = 5;

export type ImportProblem =
  | { code: 'tooLarge'; bytes: number }
  | { code: 'empty' }
  | { code: 'notJson'; detail: string }
  | { code: 'foreign' }
  | { code: 'futureVersion'; version: number }
  | { code: 'noRecords' }
  | { code: 'badRecord'; index: number; field: string; detail: string }
  | { code: 'wrongDate'; index: number; id: string }
  | { code: 'conflict'; index: number; id: string }
  | { code: 'badExercise'; index: number; field: string; detail: string }
  | { code: 'exerciseConflict'; index: number; id: string }
  | { code: 'exercisesNotList' }
  | { code: 'tooManyExercises'; count: number }
  | { code: 'more'; count: number };

export type ImportParse =
  | { ok: true; records: LimberRecord[]; deleted: Tombstone[]; exercises: OwnExercise[] }
  | { ok: false; problems: ImportProblem[] };

/**
 * The export versions this Limber reads: 1 (records only), 2 (marks, and deleted entries), 3
 * (record version 2: morning checks, a rating's context) and 4 (the own exercises). Entries of an
 * earlier record version are read as this version's (core/data/migrate).
 */
const READS = new Set([1, 2, 3, EXPORT_VERSION]);

/**
 * Reads an export file. All or nothing: any problem rejects the whole file, so a bad or foreign
 * file can change nothing. Records repeated with identical content are kept once.
 */
export function parseImport(text: string): ImportParse {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return fail({ code: 'tooLarge', bytes });
  if (!text.trim()) return fail({ code: 'empty' });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return fail({ code: 'notJson', detail: err instanceof RangeError ? 'nested too deeply' : errorMessage(err) });
  }
  if (
    !data ||
    typeof data !== 'object' ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return fail({ code: 'foreign' });
  }
  const file = data as { version?: unknown; records?: unknown; deleted?: unknown; exercises?: unknown };
  if (typeof file.version !== 'number' || !READS.has(file.version)) {
    return typeof file.version === 'number' && file.version > EXPORT_VERSION
      ? fail({ code: 'futureVersion', version: file.version })
      : fail({ code: 'foreign' });
  }
  const recordList = file.records;
  if (!Array.isArray(recordList)) return fail({ code: 'noRecords' });
  const deletedList = file.version === 1 || file.deleted === undefined ? [] : file.deleted;
  if (!Array.isArray(deletedList)) return fail({ code: 'noRecords' });
  const exerciseList = file.version < 4 || file.exercises === undefined ? [] : file.exercises;
  if (!Array.isArray(exerciseList)) return fail({ code: 'exercisesNotList' });
  if (exerciseList.length > OWN_EXERCISES_MAX) return fail({ code: 'tooManyExercises', count: exerciseList.length });

  const problems: ImportProblem[] = [];
  const byId = new Map<string, string>();
  const records: LimberRecord[] = [];
  const deleted: Tombstone[] = [];
  // Records are numbered first, then the deleted entries after them, as one list.
  const check = (raw: unknown, index: number, schema: typeof RecordSchema | typeof TombstoneSchema): void => {
    const result = v.safeParse(schema, migrateEntry(raw));
    if (!result.success) {
      const issue = result.issues[0]!;
      problems.push({ code: 'badRecord', index, field: v.getDotPath(issue) ?? '(record)', detail: issue.message });
      return;
    }
    const r = result.output as LimberRecord | Tombstone;
    if (localDateOf(r) !== r.date) {
      problems.push({ code: 'wrongDate', index, id: r.id });
      return;
    }
    const text = canonical(r);
    const seen = byId.get(r.id);
    if (seen !== undefined) {
      if (seen !== text) problems.push({ code: 'conflict', index, id: r.id });
      return;
    }
    byId.set(r.id, text);
    if (r.type === 'deleted') deleted.push(r);
    else records.push(r);
  };
  for (const [index, raw] of recordList.entries()) check(raw, index, RecordSchema);
  for (const [index, raw] of deletedList.entries()) check(raw, recordList.length + index, TombstoneSchema);
  const exercises = readExercises(exerciseList, problems);
  if (problems.length) {
    const listed = problems.slice(0, MAX_LISTED);
    if (problems.length > MAX_LISTED) listed.push({ code: 'more', count: problems.length - MAX_LISTED });
    return { ok: false, problems: listed };
  }
  return { ok: true, records, deleted, exercises };
}

/** The file's own exercises, each checked as stored ones are; one repeated with the same content is kept once. */
function readExercises(list: readonly unknown[], problems: ImportProblem[]): OwnExercise[] {
  const byId = new Map<string, string>();
  const exercises: OwnExercise[] = [];
  for (const [index, raw] of list.entries()) {
    const result = v.safeParse(OwnExerciseSchema, raw);
    if (!result.success) {
      const issue = result.issues[0]!;
      problems.push({ code: 'badExercise', index, field: v.getDotPath(issue) ?? '(exercise)', detail: issue.message });
      continue;
    }
    const text = canonical(result.output);
    const seen = byId.get(result.output.id);
    if (seen === undefined) {
      byId.set(result.output.id, text);
      exercises.push(result.output);
    } else if (seen !== text) problems.push({ code: 'exerciseConflict', index, id: result.output.id });
  }
  return exercises;
}

function localDateOf(r: { at: number; tz: number }): string | null {
  try {
    return isoLocal(r.at, r.tz).slice(0, 10);
  } catch {
    return null;
  }
}

function fail(problem: ImportProblem): ImportParse {
  return { ok: false, problems: [problem] };
}
