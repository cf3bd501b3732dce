/**
 * Record version 2 in storage: days stored by the first release (version 1 entries) are read,
 * edited, deleted and exported as version 2 without being rewritten until they change, next to
 * morning checks; a rating's context is added after its score like its regions and note.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecords, amendRating, readAllEntries, readDays, readDaysChecked } from '../../utils/storage/records';
import { changeRating, deleteEntry } from '../../utils/storage/entries';
import { makeMorning } from '../../utils/core/data/morning';

const AT = Date.UTC(2026, 10, 23, 9);
const v1 = { v: 1, at: AT, tz: 60, date: '2026-11-23' };
const oldRating = { ...v1, id: 'old', type: 'rating', source: 'prompt', score: 4 };
const oldBreak = { ...v1, id: 'brk', type: 'break', kind: 'posture', outcome: 'done', fixed: true, item: 2 };

async function storeFirstRelease(): Promise<void> {
  await fakeBrowser.storage.local.set({ 'rec:2026-11-23': { v: 1, records: [oldRating, oldBreak, { junk: true }] } });
}

describe('a day stored by the first release', () => {
  it('is read as version 2, its unreadable entry counted, nothing rewritten', async () => {
    await storeFirstRelease();
    const read = await readDaysChecked(['2026-11-23']);
    expect(read.records).toEqual([
      { ...oldRating, v: 2 },
      { ...oldBreak, v: 2 },
    ]);
    expect(read.unreadable).toBe(1);
    expect((await readAllEntries()).records).toHaveLength(2);
    const stored = await fakeBrowser.storage.local.get('rec:2026-11-23');
    expect(stored['rec:2026-11-23']).toEqual({ v: 1, records: [oldRating, oldBreak, { junk: true }] });
  });

  it('takes a morning check beside its old entries, keeping them and the unreadable one', async () => {
    await storeFirstRelease();
    const m = makeMorning({ id: 'm', at: AT - 3600_000, sleep: 6, stiffness: 'under30' }, 'Europe/Berlin');
    expect(await addRecords([m])).toBe(1);
    const { records } = (await fakeBrowser.storage.local.get('rec:2026-11-23'))['rec:2026-11-23'] as {
      records: unknown[];
    };
    expect(records).toEqual([oldRating, oldBreak, { junk: true }, m]);
    expect((await readDays(['2026-11-23'])).map((r) => r.id)).toEqual(['m', 'old', 'brk']);
  });

  it('edits, amends and deletes an old rating as version 2', async () => {
    await storeFirstRelease();
    expect(await amendRating('2026-11-23', 'old', { tags: ['heat', 'medication'], medicine: ' Ibuprofen ' })).toBe(
      true,
    );
    const [amended] = await readDays(['2026-11-23']);
    expect(amended).toEqual({ ...oldRating, v: 2, tags: ['heat', 'medication'], medicine: 'Ibuprofen' });
    const changed = await changeRating('2026-11-23', 'old', { score: 5 }, AT + 600_000);
    expect(changed).toMatchObject({ v: 2, score: 5, tags: ['heat', 'medication'] });
    const deleted = await deleteEntry('2026-11-23', 'brk', AT + 700_000);
    expect(deleted).toEqual({ ...oldBreak, v: 2 });
    const read = await readDaysChecked(['2026-11-23']);
    expect(read.deleted).toEqual([expect.objectContaining({ v: 2, id: 'brk', was: 'break' })]);
    expect(read.unreadable).toBe(1);
  });

  it('takes context away again, and finds no rating under another entry’s id', async () => {
    await storeFirstRelease();
    await amendRating('2026-11-23', 'old', { tags: ['stress'], ownTags: ['Yoga'] });
    await amendRating('2026-11-23', 'old', { tags: [], ownTags: [] });
    expect((await readDays(['2026-11-23']))[0]).toEqual({ ...oldRating, v: 2 });
    expect(await amendRating('2026-11-23', 'brk', { tags: ['heat'] })).toBe(false);
  });
});

describe('details that cannot be stored', () => {
  it('are refused whole, leaving the rating as it was', async () => {
    await storeFirstRelease();
    for (const details of [
      { tags: ['medication' as const], medicine: 'x'.repeat(61) },
      { ownTags: ['a;b'] },
      { tags: ['coffee' as never] },
    ]) {
      await expect(amendRating('2026-11-23', 'old', details)).rejects.toThrow(RangeError);
    }
    expect((await readDays(['2026-11-23']))[0]).toEqual({ ...oldRating, v: 2 });
  });
});
