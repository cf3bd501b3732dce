import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importEntries } from '../../utils/storage/import';
import { addRecords, readDays } from '../../utils/storage/records';
import { listKeptAside } from '../../utils/storage/problems';
import { errorKind } from '../../utils/core/error-kind';
import { addDays } from '../../utils/core/time/local-time';
import { makeRating } from '../../utils/core/data/records';
import { thirtyRecords as thirtyFrom } from '../fixtures/import-file';
import type { LimberRecord } from '../../utils/core/data/records';

/** A file without own exercises: none added, replaced or kept. */
const NO_EXERCISES = { added: 0, replaced: 0, keptDiffering: 0 };

const TZ = 'Europe/Berlin';
const FIRST = '2026-11-16';
const NOW = Date.parse('2026-11-22T12:00:00Z');
const QUOTA_TEXT = 'Resource::kQuotaBytes quota exceeded';
const local = fakeBrowser.storage.local;

const thirtyRecords = (): LimberRecord[] => thirtyFrom(FIRST, TZ);

/** Bytes as Chrome counts them for the quota: each key plus its value as JSON. */
const bytesOf = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);

/**
 * storage.local with a quota of `budget` bytes that, like a store that is not atomic, writes the
 * keys of a batch one by one while they fit and then refuses the rest.
 */
function quotaOf(budget: number): () => void {
  const realSet = local.set.bind(local);
  const write = async (items: Record<string, unknown>): Promise<void> => {
    if (bytesOf({ ...(await local.get(null)), ...items }) <= budget) return realSet(items);
    for (const [key, value] of Object.entries(items)) {
      if (bytesOf({ ...(await local.get(null)), [key]: value }) > budget) break;
      await realSet({ [key]: value });
    }
    throw new Error(QUOTA_TEXT);
  };
  // One write at a time, as in the browser: each sees what the ones before it stored.
  let queue: Promise<unknown> = Promise.resolve();
  const spy = vi.spyOn(local, 'set').mockImplementation((items: Record<string, unknown>) => {
    const run = queue.then(() => write(items));
    queue = run.catch(() => undefined);
    return run;
  });
  return () => spy.mockRestore();
}

/** What was stored before the import: a day the file also touches, another day, and settings. */
async function storeBefore(): Promise<Record<string, unknown>> {
  const file = thirtyRecords();
  await addRecords([
    file[0]!, // the file's first record, already here
    makeRating({ id: 'mine', at: Date.parse(`${FIRST}T08:00:00Z`), source: 'prompt', score: 3 }, TZ),
    makeRating({ id: 'older', at: Date.parse('2026-10-01T08:00:00Z'), source: 'prompt', score: 2 }, TZ),
  ]);
  await local.set({ scheduler: { v: 1, next: 1 } });
  return local.get(null);
}

describe('importing a file is all or nothing', () => {
  it('a store that writes part of the batch and then refuses (quota) ends as it was before', async () => {
    const before = await storeBefore();
    const restore = quotaOf(bytesOf(before) + 2048);
    try {
      const err = await importEntries(thirtyRecords(), 'keep', NOW).then(
        () => null,
        (e: unknown) => e,
      );
      expect(await local.get(null)).toEqual(before);
      expect(errorKind(err)).toBe('storageFull');
    } finally {
      restore();
    }
  });

  it('a plain refusal of the write changes nothing, and the error says the store is full', async () => {
    const before = await storeBefore();
    const set = vi.spyOn(local, 'set').mockRejectedValue(new Error(QUOTA_TEXT));
    try {
      await expect(importEntries(thirtyRecords(), 'keep', NOW)).rejects.toThrow(QUOTA_TEXT);
    } finally {
      set.mockRestore();
    }
    expect(await local.get(null)).toEqual(before);
    // And the same file goes in whole once there is room.
    expect(await importEntries(thirtyRecords(), 'keep', NOW)).toEqual({
      added: 29,
      replaced: 0,
      kept: 1,
      keptDiffering: 0,
      exercises: NO_EXERCISES,
    });
    expect(await readDays(thirtyRecords().map((r) => r.date))).toHaveLength(31);
  });

  it('writes every day of the file in one storage write, leaving other days as they were', async () => {
    const before = await storeBefore();
    const set = vi.spyOn(local, 'set');
    try {
      expect(await importEntries(thirtyRecords(), 'keep', NOW)).toEqual({
        added: 29,
        replaced: 0,
        kept: 1,
        keptDiffering: 0,
        exercises: NO_EXERCISES,
      });
      expect(set).toHaveBeenCalledTimes(1);
      expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual(
        Array.from({ length: 10 }, (_, d) => `rec:${addDays(FIRST, d)}`),
      );
    } finally {
      set.mockRestore();
    }
    expect((await local.get('rec:2026-10-01'))['rec:2026-10-01']).toEqual(before['rec:2026-10-01']);
    const first = (await readDays([FIRST])).map((r) => r.id);
    expect(first.sort()).toEqual(['mine', `p-${FIRST}`, `r-${FIRST}`, `s-${FIRST}`]);
  });

  it('keeps an unreadable day aside before the import replaces it, never drops it', async () => {
    await local.set({ [`rec:${FIRST}`]: 'garbage' });
    expect(await importEntries(thirtyRecords(), 'keep', NOW)).toEqual({
      added: 30,
      replaced: 0,
      kept: 0,
      keptDiffering: 0,
      exercises: NO_EXERCISES,
    });
    expect(await listKeptAside()).toEqual([
      expect.objectContaining({ key: `rec:${FIRST}`, reason: 'dayUnreadable', value: 'garbage' }),
    ]);
    expect(await readDays([FIRST])).toHaveLength(3);
  });

  it('a refused import puts an unreadable day back as it was, and its kept-aside copy stays', async () => {
    await local.set({ [`rec:${FIRST}`]: 'garbage' });
    const restore = quotaOf(bytesOf(await local.get(null)) + 2048);
    try {
      await expect(importEntries(thirtyRecords(), 'keep', NOW)).rejects.toThrow(QUOTA_TEXT);
    } finally {
      restore();
    }
    expect((await local.get(`rec:${FIRST}`))[`rec:${FIRST}`]).toBe('garbage');
    expect(await readDays(thirtyRecords().map((r) => r.date))).toEqual([]);
    expect(await listKeptAside()).toEqual([expect.objectContaining({ key: `rec:${FIRST}`, value: 'garbage' })]);
  });

  it('another writer of the same days at the same time loses nothing, and two imports do not deadlock', async () => {
    const file = thirtyRecords();
    const late = makeRating(
      { id: 'late', at: Date.parse(`${addDays(FIRST, 9)}T16:00:00Z`), source: 'prompt', score: 1 },
      TZ,
    );
    const [a, , b] = await Promise.all([
      importEntries(file, 'keep', NOW),
      addRecords([late]),
      importEntries([...file].reverse(), 'keep', NOW),
    ]);
    expect(a.added + b.added).toBe(30);
    expect(await readDays(file.map((r) => r.date))).toHaveLength(31);
  });

  it('says so when the undo itself fails, rather than claiming nothing changed', async () => {
    await storeBefore();
    const realSet = local.set.bind(local);
    const set = vi.spyOn(local, 'set').mockImplementationOnce(async (items: Record<string, unknown>) => {
      const [key, value] = Object.entries(items)[0]!;
      await realSet({ [key]: value });
      throw new Error(QUOTA_TEXT);
    });
    set.mockRejectedValue(new Error('IO error: disk gone'));
    const remove = vi.spyOn(local, 'remove').mockRejectedValue(new Error('IO error: disk gone'));
    try {
      await expect(importEntries(thirtyRecords(), 'keep', NOW)).rejects.toMatchObject({ name: 'ImportNotUndoneError' });
    } finally {
      set.mockRestore();
      remove.mockRestore();
    }
  });
});
