/**
 * An import puts the file's own exercises in with its records, in the same one write: all or
 * nothing, following the same choice, never more than fit, and never dropping a stored entry it
 * cannot read.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeRating } from '../../utils/core/data/records';
import { OWN_EXERCISES_MAX } from '../../utils/core/content/own-exercises';
import { EXERCISES_KEY, loadExercises } from '../../utils/storage/exercises';
import { importEntries, previewExercises, TooManyExercisesError } from '../../utils/storage/import';
import { listKeptAside } from '../../utils/storage/problems';
import { readDays } from '../../utils/storage/records';
import { ownExercise } from '../fixtures/own-exercise';

const NOW = Date.UTC(2026, 11, 1, 12);
const local = fakeBrowser.storage.local;
const ex = ownExercise;
const r1 = makeRating({ id: 'r1', at: Date.UTC(2026, 10, 23, 9), source: 'manual', score: 4 }, 'UTC');

beforeEach(async () => {
  await local.set({ [EXERCISES_KEY]: [ex('a'), ex('b')] });
});

describe('importing own exercises', () => {
  it('adds the new ones with the records, in one write; one the same is left as it is', async () => {
    const set = vi.spyOn(local, 'set');
    const result = await importEntries([r1], 'keep', NOW, [ex('b'), ex('c')]);
    expect(result.exercises).toEqual({ added: 1, replaced: 0, keptDiffering: 0 });
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual([EXERCISES_KEY, 'rec:2026-11-23']);
    expect(await loadExercises()).toEqual([ex('a'), ex('b'), ex('c')]);
    expect(await readDays(['2026-11-23'])).toEqual([r1]);
  });

  it('a differing one follows the choice: the preview counts it; keep leaves it, replace takes the file’s', async () => {
    const changed = ex('a', { holdSec: 60, name: 'Chin tuck, longer' });
    expect(await previewExercises([changed])).toEqual({ fresh: 0, same: 0, differ: 1, after: 2 });
    expect((await importEntries([], 'keep', NOW, [changed])).exercises).toEqual({
      added: 0,
      replaced: 0,
      keptDiffering: 1,
    });
    expect(await loadExercises()).toEqual([ex('a'), ex('b')]);
    expect((await importEntries([], 'replace', NOW, [changed])).exercises).toEqual({
      added: 0,
      replaced: 1,
      keptDiffering: 0,
    });
    expect(await loadExercises()).toEqual([changed, ex('b')]);
  });

  it('more than fit with the stored ones: refused, nothing changed, records included', async () => {
    const file = Array.from({ length: OWN_EXERCISES_MAX - 1 }, (_, i) => ex(`n${i}`));
    expect((await previewExercises(file)).after).toBe(OWN_EXERCISES_MAX + 1);
    const before = await local.get(null);
    const err = await importEntries([r1], 'keep', NOW, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TooManyExercisesError);
    expect((err as TooManyExercisesError).count).toBe(OWN_EXERCISES_MAX + 1);
    expect(await local.get(null)).toEqual(before);
  });

  it('storage refusing the write: the exercises are as they were, with the records', async () => {
    const before = await local.get(null);
    vi.spyOn(local, 'set').mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    await expect(importEntries([r1], 'keep', NOW, [ex('c')])).rejects.toThrow(/quota/);
    expect(await local.get(null)).toEqual(before);
  });

  it('a stored entry this version cannot read is kept aside before the list is replaced', async () => {
    const odd = { id: 'own-z', name: 'From a newer Limber', hold: 'long' };
    await local.set({ [EXERCISES_KEY]: [ex('a'), odd] });
    await importEntries([], 'keep', NOW, [ex('c')]);
    expect(await loadExercises()).toEqual([ex('a'), ex('c')]);
    expect(await listKeptAside()).toEqual([expect.objectContaining({ key: EXERCISES_KEY, value: [ex('a'), odd] })]);
  });
});
