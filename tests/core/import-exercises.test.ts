/**
 * JSON export version 4 carries the user's own exercises: read back exactly, checked as stored
 * ones are (a bad one rejects the file, saying where), and merged by id with the stored ones.
 */
import { describe, expect, it } from 'vitest';
import { toExportJson } from '../../utils/core/data/export-json';
import { parseImport } from '../../utils/core/data/import-json';
import { countExercises, exercisesAfter, mergeExercises } from '../../utils/core/content/merge-exercises';
import { OWN_EXERCISES_MAX } from '../../utils/core/content/own-exercises';
import { makeRating } from '../../utils/core/data/records';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import { ownExercise } from '../fixtures/own-exercise';

const NOW = Date.UTC(2026, 10, 30, 9);
const ex = (id: string, extra: Partial<OwnExercise> = {}): OwnExercise =>
  ownExercise(id, { how: 'Slowly, without pain.', ...extra });
const rating = makeRating({ id: 'r1', at: Date.UTC(2026, 10, 23, 9), source: 'manual', score: 4 }, 'UTC');
const withPicture = ex('p', { picture: 'data:image/jpeg;base64,/9j/4AAQ', regions: ['shoulders', 'upperBack'] });

describe('own exercises in the JSON file', () => {
  it('round-trip exactly, picture included, in the order stored', () => {
    const text = toExportJson([rating], null, NOW, [], [ex('b'), withPicture, ex('a')]);
    expect(parseImport(text)).toEqual({
      ok: true,
      records: [rating],
      deleted: [],
      exercises: [ex('b'), withPicture, ex('a')],
    });
  });

  it('a file without them (version 3 and before, or none stored) has none', () => {
    const v3 = JSON.stringify({ format: 'limber-export', version: 3, records: [rating], exercises: [ex('a')] });
    expect(parseImport(v3)).toMatchObject({ ok: true, exercises: [] });
    expect(parseImport(toExportJson([rating], null, NOW))).toMatchObject({ ok: true, exercises: [] });
  });

  const file = (exercises: unknown): string =>
    JSON.stringify({ format: 'limber-export', version: 4, records: [rating], deleted: [], exercises });

  it.each([
    ['a missing name', [ex('a'), { ...ex('b'), name: '  ' }], { code: 'badExercise', index: 1, field: 'name' }],
    ['a region Limber does not know', [{ ...ex('a'), regions: ['tail'] }], { code: 'badExercise', field: 'regions.0' }],
    ['an id of the library', [{ ...ex('a'), id: 'neck-tilt' }], { code: 'badExercise', field: 'id' }],
    ['a picture that is not an image', [{ ...ex('a'), picture: 'javascript:alert(1)' }], { code: 'badExercise' }],
    ['one id with two contents', [ex('a'), { ...ex('a'), holdSec: 30 }], { code: 'exerciseConflict', index: 1 }],
    ['not a list', { 'own-a': ex('a') }, { code: 'exercisesNotList' }],
    [
      'more than fit',
      Array.from({ length: OWN_EXERCISES_MAX + 1 }, (_, i) => ex(String(i))),
      { code: 'tooManyExercises', count: OWN_EXERCISES_MAX + 1 },
    ],
  ])('%s: the whole file is refused, saying so', (_, exercises, problem) => {
    const parsed = parseImport(file(exercises));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems).toEqual([expect.objectContaining(problem)]);
  });

  it('one repeated with the same content is kept once', () => {
    expect(parseImport(file([ex('a'), ex('a')]))).toMatchObject({ ok: true, exercises: [ex('a')] });
  });
});

describe('merged with the stored ones, by id', () => {
  const stored = [ex('a'), ex('b'), ex('c')];
  const incoming = [ex('b'), ex('c', { holdSec: 45 }), ex('d'), ex('e')];

  it('counts new, the same and differing', () => {
    expect(countExercises(stored, incoming)).toEqual({ fresh: 2, same: 1, differ: 1 });
    expect(countExercises([], incoming)).toEqual({ fresh: 4, same: 0, differ: 0 });
  });

  it.each([
    ['replace', [ex('a'), ex('b'), ex('c', { holdSec: 45 }), ex('d'), ex('e')], { replaced: 1, keptDiffering: 0 }],
    ['keep', [ex('a'), ex('b'), ex('c'), ex('d'), ex('e')], { replaced: 0, keptDiffering: 1 }],
  ] as const)("'%s': stored order kept, new ones after them", (choice, list, counts) => {
    expect(mergeExercises(stored, incoming, choice)).toEqual({ list, added: 2, ...counts });
  });

  it('the same list again changes nothing', () => {
    expect(mergeExercises(stored, stored, 'replace')).toEqual({
      list: stored,
      added: 0,
      replaced: 0,
      keptDiffering: 0,
    });
  });

  it('counts how many there would be after: the stored and the new ones', () => {
    const many = Array.from({ length: OWN_EXERCISES_MAX - 1 }, (_, i) => ex(`s${i}`));
    expect(exercisesAfter(many, [ex('x')])).toBe(OWN_EXERCISES_MAX);
    expect(exercisesAfter(many, [ex('x'), ex('y')])).toBe(OWN_EXERCISES_MAX + 1);
    // One already stored is no new one.
    expect(exercisesAfter(many, [many[0]!, ex('x')])).toBe(OWN_EXERCISES_MAX);
  });
});
