import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addRecords, amendRating, readDays, readRange, readRangeChecked } from '../../utils/storage/records';
import { addDays } from '../../utils/core/time/local-time';
import { toBuckets } from '../fixtures/history';
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

describe('reading a long range (an export of years)', () => {
  const noon = (date: string, id: string) => rating(id, `${date} 12:00`);
  const keysAsked = (get: { mock: { calls: unknown[][] } }): unknown[] => get.mock.calls.map((c) => c[0]);

  it('returns the records of the first and the last day of a three-year range', async () => {
    await addRecords([noon('2023-01-01', 'first'), noon('2025-12-31', 'last'), noon('2026-01-01', 'after')]);
    expect((await readRange('2023-01-01', '2025-12-31')).map((r) => r.id)).toEqual(['first', 'last']);
  });

  it('returns every sparse record of twenty years, reading storage a bounded chunk of days at a time', async () => {
    const from = '2006-01-01';
    const to = '2025-12-31';
    const records = Array.from({ length: Math.floor(7304 / 29) + 1 }, (_, i) => noon(addDays(from, i * 29), `r${i}`));
    records.push(noon(to, 'last'));
    await fakeBrowser.storage.local.set(toBuckets(records));
    await fakeBrowser.storage.local.set({ 'rec:2015-06-15': 'not a bucket' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      const read = await readRangeChecked(from, to);
      expect(read.records.map((r) => r.id)).toEqual(records.map((r) => r.id));
      expect(read.unreadable).toBe(1);
      const asked = keysAsked(get);
      expect(asked.every((keys) => Array.isArray(keys) && keys.length > 0 && keys.length <= 400)).toBe(true);
      expect(asked.length).toBeLessThanOrEqual(Math.ceil(7305 / 90));
      // Every day of the range is asked for exactly once.
      expect(new Set(asked.flat()).size).toBe(asked.flat().length);
      expect(asked.flat()).toHaveLength(7305);
    } finally {
      get.mockRestore();
    }
  });

  it("reads a week and the summary's twelve weeks in one storage read", async () => {
    await addRecords([noon('2026-11-23', 'a')]);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      expect((await readRange('2026-11-23', '2026-11-29')).map((r) => r.id)).toEqual(['a']);
      expect((await readRange(addDays('2026-11-23', -7 * 12), '2026-11-29')).map((r) => r.id)).toEqual(['a']);
      expect(keysAsked(get).map((keys) => (keys as string[]).length)).toEqual([7, 91]);
    } finally {
      get.mockRestore();
    }
  });

  it('reads only the stored days of a vast range where the browser can list keys', async () => {
    await addRecords([noon('1999-12-31', 'y2k'), noon('2026-11-23', 'now'), noon('2150-02-03', 'later')]);
    await fakeBrowser.storage.local.set({ settings: { v: 1 } });
    const local = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    local.getKeys = async () => keys;
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    try {
      expect((await readRange('0001-01-01', '9999-12-31')).map((r) => r.id)).toEqual(['y2k', 'now', 'later']);
      expect((await readRange('2000-01-01', '2150-02-03')).map((r) => r.id)).toEqual(['now', 'later']);
      expect(keysAsked(get)).toEqual([
        ['rec:1999-12-31', 'rec:2026-11-23', 'rec:2150-02-03'],
        ['rec:2026-11-23', 'rec:2150-02-03'],
      ]);
    } finally {
      delete local.getKeys;
      get.mockRestore();
    }
  });
});
