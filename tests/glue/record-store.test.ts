import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecords, amendRating, readDays, readRange } from '../../utils/storage/records';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { at } from '../core/scheduler-harness';

const TZ = 'Europe/Berlin';
const rating = (id: string, when: string, score = 5) => makeRating({ id, at: at(when), source: 'manual', score }, TZ);

describe('record store', () => {
  it('buckets records by their own local date and reads only the days asked for', async () => {
    await addRecords([rating('a', '2026-11-23 23:59'), rating('b', '2026-11-24 00:01')]);
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual(['rec:2026-11-23', 'rec:2026-11-24']);
    expect((await readDays(['2026-11-24'])).map((r) => r.id)).toEqual(['b']);
    expect((await readRange('2026-11-20', '2026-11-26')).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('stores a record once however often it is written (same id = same record)', async () => {
    const r = rating('same', '2026-11-23 10:00');
    expect(await addRecords([r])).toBe(1);
    expect(await addRecords([r, { ...r, score: 9 }])).toBe(0);
    expect(await readDays(['2026-11-23'])).toEqual([r]);
  });

  it('loses nothing when many writers add to the same day at once', async () => {
    const writers = [0, 1, 2].map((w) =>
      Promise.all(Array.from({ length: 50 }, (_, i) => addRecords([rating(`w${w}-${i}`, '2026-11-23 12:00', i % 11)]))),
    );
    await Promise.all(writers);
    expect(await readDays(['2026-11-23'])).toHaveLength(150);
  });

  it('amends a rating with regions and a note, keeping its score and id', async () => {
    await addRecords([rating('x', '2026-11-23 11:00', 6)]);
    expect(await amendRating('2026-11-23', 'x', { regions: ['neck'], note: '  after a long call ' })).toBe(true);
    expect(await readDays(['2026-11-23'])).toEqual([
      expect.objectContaining({ id: 'x', score: 6, regions: ['neck'], note: 'after a long call' }),
    ]);
    expect(await amendRating('2026-11-23', 'missing', { note: 'x' })).toBe(false);
    await expect(amendRating('2026-11-23', 'x', { note: 'x'.repeat(501) })).rejects.toThrow(RangeError);
  });

  it('keeps entries it cannot read in place instead of dropping them', async () => {
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': { v: 1, records: [{ junk: true }] } });
    await addRecords([makeBreak({ id: 'b', at: at('2026-11-23 10:00'), kind: 'stretch', outcome: 'done' }, TZ)]);
    const raw = (await fakeBrowser.storage.local.get('rec:2026-11-23'))['rec:2026-11-23'] as { records: unknown[] };
    expect(raw.records).toHaveLength(2);
    expect(raw.records[0]).toEqual({ junk: true });
    expect((await readDays(['2026-11-23'])).map((r) => r.id)).toEqual(['b']);
  });
});
