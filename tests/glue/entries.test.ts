import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeRating, deleteEntry, putRating, restoreEntry, takeBack } from '../../utils/storage/entries';
import { addRecords, readDays, readDaysChecked } from '../../utils/storage/records';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { at } from '../core/scheduler-harness';

const TZ = 'Europe/Berlin';
const DAY = '2026-11-23';
const rating = (id: string, when: string, score = 5) => makeRating({ id, at: at(when), source: 'prompt', score }, TZ);
const LATER = at('2026-11-23 18:00');

describe('correcting the diary in storage', () => {
  it('changes a rating in place, marked, and returns it as stored', async () => {
    await addRecords([rating('a', '2026-11-23 09:12', 8), rating('b', '2026-11-23 10:00', 2)]);
    const changed = await changeRating(DAY, 'a', { score: 3 }, LATER);
    expect(changed).toMatchObject({ id: 'a', score: 3, edited: { at: LATER, fromScore: 8 } });
    expect(await readDays([DAY])).toEqual([changed, rating('b', '2026-11-23 10:00', 2)]);
  });

  it('a change to a rating that is not there (deleted meanwhile) stores nothing and says null', async () => {
    await addRecords([rating('a', '2026-11-23 09:12', 8)]);
    await deleteEntry(DAY, 'a', LATER);
    const before = await fakeBrowser.storage.local.get(null);
    expect(await changeRating(DAY, 'a', { score: 3 }, LATER)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('deleting leaves a tombstone: gone from the figures, not unreadable, and the id stays taken', async () => {
    const b = makeBreak({ id: 'k', at: at('2026-11-23 11:00'), kind: 'stretch', outcome: 'done' }, TZ);
    await addRecords([b]);
    expect(await deleteEntry(DAY, 'k', LATER)).toEqual(b);
    const read = await readDaysChecked([DAY]);
    expect(read).toEqual({
      records: [],
      deleted: [expect.objectContaining({ type: 'deleted', id: 'k', was: 'break', deletedAt: LATER })],
      unreadable: 0,
    });
    // An old copy written again (a replay, an import of an old export) does not bring it back.
    expect(await addRecords([b])).toBe(0);
    expect(await readDays([DAY])).toEqual([]);
  });

  it('Undo of a delete puts the record back where its tombstone was', async () => {
    const r = rating('a', '2026-11-23 09:12', 8);
    await addRecords([r]);
    const deleted = await deleteEntry(DAY, 'a', LATER);
    expect(await restoreEntry(deleted!)).toBe(true);
    expect(await readDaysChecked([DAY])).toEqual({ records: [r], deleted: [], unreadable: 0 });
  });

  it('taking back a rating just made leaves nothing, and the same id can be rated again', async () => {
    await addRecords([rating('p', '2026-11-23 09:12', 8)]);
    expect(await takeBack(DAY, 'p')).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const again = rating('p', '2026-11-23 09:13', 3);
    expect(await putRating(again, again.at + 1000)).toEqual(again);
    expect(await readDays([DAY])).toEqual([again]);
  });

  it('a missed rating added for an earlier time is marked added; an id already taken is not overwritten', async () => {
    const missed = rating('m', '2026-11-22 09:00', 4);
    expect(await putRating(missed, LATER)).toEqual({ ...missed, added: LATER });
    expect(await readDays(['2026-11-22'])).toEqual([{ ...missed, added: LATER }]);
    expect(await putRating({ ...missed, score: 9 }, LATER)).toEqual({ ...missed, added: LATER });
  });

  it('an edit and prompt answers writing the same day at the same moment lose nothing', async () => {
    await addRecords([rating('a', '2026-11-23 09:12', 8), rating('d', '2026-11-23 09:30', 1)]);
    const answers = Array.from({ length: 30 }, (_, i) => rating(`ans${i}`, '2026-11-23 12:00', i % 11));
    await Promise.all([
      ...answers.map((r) => addRecords([r])),
      changeRating(DAY, 'a', { score: 3 }, LATER),
      deleteEntry(DAY, 'd', LATER),
      putRating(rating('late', '2026-11-23 08:00', 6), LATER),
    ]);
    const read = await readDaysChecked([DAY]);
    expect(read.records).toHaveLength(32);
    expect(read.records.find((r) => r.id === 'a')).toMatchObject({ score: 3 });
    expect(read.records.find((r) => r.id === 'late')).toMatchObject({ added: LATER });
    expect(read.deleted.map((d) => d.id)).toEqual(['d']);
  });
});
