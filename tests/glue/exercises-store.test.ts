/**
 * The user's own exercises in storage: what cannot be read (a damaged entry, one from a newer
 * version, a value that is no list) is kept aside before the list is replaced, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadExercises } from '../../utils/storage/exercises';
import { saveExercises } from '../../utils/storage/save-exercises';
import { listKeptAside } from '../../utils/storage/problems';
import type { OwnExercise } from '../../utils/core/content/own-exercises';

const nods: OwnExercise = { id: 'own-1', name: 'Chin nods', how: '', regions: ['neck'], holdSec: 30, gentle: true };
const fromNewer = {
  id: 'own-2',
  name: 'Wall slides',
  regions: ['shoulders'],
  holdSec: 30,
  gentle: true,
  video: 'x',
  how: '',
  kind: 9,
};
const damaged = { id: 'own-3', name: '', regions: [] };

describe('own exercises in storage', () => {
  it('reads the readable ones; saving keeps the unreadable stored value aside first', async () => {
    await fakeBrowser.storage.local.set({ exercises: [nods, damaged] });
    expect(await loadExercises()).toEqual([nods]);
    const wall = { ...nods, id: 'own-4', name: 'Wall slides' };
    await saveExercises([nods, wall]);
    expect(await loadExercises()).toEqual([nods, wall]);
    expect(await listKeptAside()).toEqual([
      expect.objectContaining({ key: 'exercises', reason: 'exercisesUnreadable', value: [nods, damaged] }),
    ]);
    // A later save of a clean list keeps nothing more aside.
    await saveExercises([nods]);
    expect(await listKeptAside()).toHaveLength(1);
  });

  it('keeps aside a stored value that is no list, and refuses a list that would not read back', async () => {
    await fakeBrowser.storage.local.set({ exercises: 'ÿÿ' });
    await saveExercises([nods]);
    expect(await listKeptAside()).toEqual([expect.objectContaining({ key: 'exercises', value: 'ÿÿ' })]);
    await expect(saveExercises([{ ...nods, holdSec: 5 }])).rejects.toThrow(RangeError);
    expect(await loadExercises()).toEqual([nods]);
  });

  it('an entry a newer version stored with more fields still reads (extra fields are not a fault)', async () => {
    await fakeBrowser.storage.local.set({ exercises: [fromNewer] });
    expect((await loadExercises()).map((e) => e.id)).toEqual(['own-2']);
    await saveExercises([nods]);
    expect(await listKeptAside()).toEqual([]);
  });
});
