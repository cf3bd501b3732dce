import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ratedEvent } from '../../entrypoints/background/ratings';
import { storeRating } from '../../utils/storage/store-rating';
import { addRecords, readAll } from '../../utils/storage/records';
import { listKeptAside } from '../../utils/storage/problems';
import { makeRating, RatingSchema } from '../../utils/core/data/records';
import { wallTime } from '../../utils/core/time/local-time';
import * as v from 'valibot';

const NOW = Date.UTC(2026, 10, 23, 9, 30);
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const today = wallTime(NOW, tz).date;
const key = `rec:${today}`;

describe('a one-click rating the page stores itself', () => {
  it('is the record makeRating makes for the same moment, valid by the schema, in its day with what was there', async () => {
    const earlier = makeRating({ id: 'old', at: NOW - 3600_000, source: 'prompt', score: 2 }, tz);
    await addRecords([earlier]);
    const stored = await storeRating(fakeBrowser.storage.local, 'r1', 6, NOW);
    expect(stored).toEqual(makeRating({ id: 'r1', at: NOW, source: 'manual', score: 6 }, tz));
    expect(v.is(RatingSchema, stored)).toBe(true);
    expect((await readAll()).map((r) => r.id)).toEqual(['old', 'r1']);
  });

  it('under the same id twice (a retry) is stored once, and the first is what it resolves to', async () => {
    const first = await storeRating(fakeBrowser.storage.local, 'r1', 6, NOW);
    expect(await storeRating(fakeBrowser.storage.local, 'r1', 7, NOW + 5)).toEqual(first);
    expect((await readAll()).map((r) => (r.type === 'rating' ? r.score : null))).toEqual([6]);
  });

  it('loses nothing written to the same day at the same moment (the day lock)', async () => {
    const others = Array.from({ length: 5 }, (_, i) =>
      makeRating({ id: `p${i}`, at: NOW + i, source: 'prompt', score: i }, tz),
    );
    await Promise.all([
      ...others.map((r) => addRecords([r])),
      storeRating(fakeBrowser.storage.local, 'mine', 4, NOW),
      storeRating(fakeBrowser.storage.local, 'mine2', 5, NOW + 1),
    ]);
    expect((await readAll()).map((r) => r.id).sort()).toEqual(['mine', 'mine2', 'p0', 'p1', 'p2', 'p3', 'p4']);
  });

  it('a day stored in a shape this version cannot read is kept aside first, then the rating stored', async () => {
    await fakeBrowser.storage.local.set({ [key]: { v: 99, entries: 'foreign' } });
    await storeRating(fakeBrowser.storage.local, 'r1', 3, NOW);
    expect(await listKeptAside()).toEqual([
      expect.objectContaining({ key, value: { v: 99, entries: 'foreign' }, reason: 'dayUnreadable' }),
    ]);
    expect((await readAll()).map((r) => r.id)).toEqual(['r1']);
  });

  it('rejects when storage refuses, storing nothing', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(storeRating(fakeBrowser.storage.local, 'r1', 3, NOW)).rejects.toThrow('QUOTA_BYTES');
    expect(await readAll()).toEqual([]);
  });
});

describe('the background sees a rating a page stored', () => {
  const rating = (id: string, over: object = {}) => ({
    ...makeRating({ id, at: NOW - 1000, source: 'manual', score: 5 }, tz),
    ...over,
  });
  const bucket = (...records: unknown[]) => ({ v: 1, records });
  it.each([
    ['a new manual rating', { [key]: { newValue: bucket(rating('a')) } }, { type: 'rated', at: NOW - 1000 }],
    [
      'the latest of two new ones',
      { [key]: { oldValue: bucket(rating('a')), newValue: bucket(rating('a'), rating('b', { at: NOW - 10 })) } },
      { type: 'rated', at: NOW - 10 },
    ],
    [
      'one that was there already (a change)',
      { [key]: { oldValue: bucket(rating('a')), newValue: bucket(rating('a', { score: 2 })) } },
      null,
    ],
    [
      'a prompt answer (the background settled it)',
      { [key]: { newValue: bucket(rating('a', { source: 'prompt' })) } },
      null,
    ],
    ['a missed one added afterwards', { [key]: { newValue: bucket(rating('a', { added: NOW })) } }, null],
    ['an old one (an import)', { [key]: { newValue: bucket(rating('a', { at: NOW - 11 * 60_000 })) } }, null],
    ['a removal', { [key]: { oldValue: bucket(rating('a')) } }, null],
    ['another key', { scheduler: { newValue: bucket(rating('a')) } }, null],
    ['a break record', { [key]: { newValue: bucket(rating('a', { type: 'break' })) } }, null],
  ])('%s', (_name, changes, expected) => {
    expect(ratedEvent(changes as Parameters<typeof ratedEvent>[0], NOW)).toEqual(expected);
  });
});
