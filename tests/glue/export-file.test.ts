/**
 * The export made a chunk of days at a time is, byte for byte, what the whole-file functions make
 * of one read of everything; it never reads everything at once where keys can be listed, reports
 * its progress, and stops when cancelled.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { makeRating } from '../../utils/core/data/records';
import { tombstoneOf } from '../../utils/core/data/tombstone';
import { exportFile } from '../../components/summary/export-file';
import { readAllEntries, readRangeChecked } from '../../utils/storage/records';
import { EXERCISES_KEY, loadExercises } from '../../utils/storage/exercises';
import type { OwnExercise } from '../../utils/core/content/own-exercises';
import { generateHeavyHistory, toBuckets } from '../fixtures/history';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Tombstone } from '../../utils/core/data/tombstone';

const NOW = Date.UTC(2026, 2, 1, 12);
const local = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };

/** Lets the store list its keys (those stored now), as Chrome 130+ and Firefox 143+ do. */
async function listable(): Promise<void> {
  const keys = Object.keys(await fakeBrowser.storage.local.get(null));
  local.getKeys = async () => keys;
}

const OWN: OwnExercise[] = [
  { id: 'own-a', name: 'Chin tuck', how: 'Slowly', regions: ['neck'], holdSec: 20, gentle: true },
  { id: 'own-b', name: 'Doorway stretch', how: '', regions: ['shoulders'], holdSec: 30, gentle: false },
];

/**
 * Six weeks of a heavy user, some entries deleted, an unreadable entry, a setting and two own
 * exercises beside them.
 */
async function seed(): Promise<void> {
  const records: (LimberRecord | Tombstone)[] = generateHeavyHistory({
    from: '2026-01-05',
    to: '2026-02-15',
    timeZone: 'Europe/Berlin',
  });
  for (const i of [3, 400, 401, 1200]) records[i] = tombstoneOf(records[i] as LimberRecord, NOW - i);
  const buckets = toBuckets(records as LimberRecord[]);
  buckets['rec:2026-01-14']!.records.push({ junk: true } as unknown as LimberRecord);
  await fakeBrowser.storage.local.set({ ...buckets, settings: { v: 1 }, [EXERCISES_KEY]: OWN });
}

async function expected(range: { from: string; to: string } | null): Promise<{ json: string; csv: string }> {
  const { records, deleted } = range ? await readRangeChecked(range.from, range.to) : await readAllEntries();
  return { json: toExportJson(records, range, NOW, deleted, await loadExercises()), csv: toCsv(records) };
}

async function exported(
  range: { from: string; to: string } | null,
  days?: number,
): Promise<{ json: string; csv: string; count: number }> {
  const json = await exportFile('json', range, NOW, { days });
  const csv = await exportFile('csv', range, NOW, { days });
  expect(csv.count).toBe(json.count);
  expect([json.blob.type, csv.blob.type]).toEqual(['application/json', 'text/csv;charset=utf-8']);
  return { json: await json.blob.text(), csv: await csv.blob.text(), count: json.count };
}

beforeEach(seed);
afterEach(() => {
  delete local.getKeys;
  vi.restoreAllMocks();
});

describe('an export a chunk of days at a time', () => {
  it.each([1, 3, 14, 1000])('all history, %i days a read: byte for byte the whole-file export', async (days) => {
    await listable();
    const want = await expected(null);
    const got = await exported(null, days);
    expect(got.json).toBe(want.json);
    expect(got.csv).toBe(want.csv);
    expect(got.count).toBe((JSON.parse(want.json) as { records: unknown[] }).records.length);
    expect((JSON.parse(got.json) as { deleted: unknown[] }).deleted).toHaveLength(4);
    expect((JSON.parse(got.json) as { exercises: unknown[] }).exercises).toEqual(OWN);
  });

  it('never reads all of storage where keys can be listed; each read asks for a chunk of days', async () => {
    await listable();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await exportFile('json', null, NOW, { days: 5 });
    // Days a chunk at a time, and the own exercises (one key) once, for the file's end.
    const asked = get.mock.calls.map((c) => c[0]).filter((k) => k !== EXERCISES_KEY);
    expect(get.mock.calls.length - asked.length).toBe(1);
    expect(asked).not.toContain(null);
    expect(asked.length).toBeGreaterThan(5);
    expect(asked.every((keys) => Array.isArray(keys) && keys.length <= 5)).toBe(true);
  });

  it('where keys cannot be listed: the same bytes, from one read', async () => {
    const want = await expected(null);
    const got = await exported(null, 3);
    expect(got.json).toBe(want.json);
    expect(got.csv).toBe(want.csv);
  });

  it.each([true, false])('a range (keys listed: %s): the same bytes as the whole-file export', async (list) => {
    if (list) await listable();
    const range = { from: '2026-01-10', to: '2026-02-02' };
    const want = await expected(range);
    const got = await exported(range, 4);
    expect(got.json).toBe(want.json);
    expect(got.csv).toBe(want.csv);
    expect(JSON.parse(got.json)).toMatchObject({ from: range.from, to: range.to });
  });

  it('nothing stored: a file with no records, and progress to the end', async () => {
    await fakeBrowser.storage.local.clear();
    await listable();
    const progress: [number, number][] = [];
    const { blob, count } = await exportFile('json', null, NOW, { onProgress: (d, t) => progress.push([d, t]) });
    expect(await blob.text()).toBe(toExportJson([], null, NOW));
    expect(count).toBe(0);
    expect(progress).toEqual([[0, 0]]);
    expect(await (await exportFile('csv', null, NOW)).blob.text()).toBe(toCsv([]));
  });

  it('travel across the date line: an entry of a later day that is earlier in time comes first', async () => {
    await fakeBrowser.storage.local.clear();
    const rate = (id: string, at: number, zone: string) => makeRating({ id, at, source: 'manual', score: 3 }, zone);
    // Dated the 23rd at 23:00 UTC, then the 24th at 11:00 UTC on the 23rd (UTC+14), then UTC-12.
    const entries = [
      rate('late-23rd', Date.UTC(2026, 10, 23, 23), 'UTC'),
      rate('noon-23rd', Date.UTC(2026, 10, 23, 11, 30), 'UTC'),
      rate('early-24th', Date.UTC(2026, 10, 23, 11), 'Pacific/Kiritimati'),
      rate('west-23rd', Date.UTC(2026, 10, 24, 2), 'Etc/GMT+12'),
      rate('mid-25th', Date.UTC(2026, 10, 25, 12), 'UTC'),
    ];
    await fakeBrowser.storage.local.set(toBuckets(entries));
    await listable();
    const totals = new Set<number>();
    const { blob } = await exportFile('json', null, NOW, { days: 1, onProgress: (_, total) => totals.add(total) });
    const json = await blob.text();
    const ids = (JSON.parse(json) as { records: LimberRecord[] }).records.map((r) => r.id);
    expect(ids).toEqual(['early-24th', 'noon-23rd', 'late-23rd', 'west-23rd', 'mid-25th']);
    expect(json).toBe((await expected(null)).json);
    expect(totals).toEqual(new Set([3])); // in order from the chunks alone, not from a second, whole read
  });

  it('an entry stored under a date that does not match its time: the export starts again from one read', async () => {
    await listable();
    const forged = { ...makeRating({ id: 'forged', at: Date.UTC(2026, 0, 6, 9), source: 'manual', score: 1 }, 'UTC') };
    forged.date = '2026-02-10';
    const key = 'rec:2026-02-10';
    const bucket = (await fakeBrowser.storage.local.get(key))[key] as { v: 1; records: unknown[] };
    await fakeBrowser.storage.local.set({ [key]: { v: 1, records: [...bucket.records, forged] } });
    const totals = new Set<number>();
    const { blob } = await exportFile('json', null, NOW, { days: 7, onProgress: (_, total) => totals.add(total) });
    expect(await blob.text()).toBe((await expected(null)).json);
    // Counted in days, then again in records from the one read.
    expect(totals.size).toBe(2);
  });

  it('an entry outside its range (stored under another day) is refused, not written under a false header', async () => {
    await listable();
    const stray = makeRating({ id: 'stray', at: Date.UTC(2025, 5, 1, 9), source: 'manual', score: 1 }, 'UTC');
    await fakeBrowser.storage.local.set({ 'rec:2026-01-20': { v: 1, records: [stray] } });
    await expect(exportFile('json', { from: '2026-01-19', to: '2026-01-21' }, NOW)).rejects.toThrow(RangeError);
  });

  it('cancelled: stops at the next chunk and makes nothing', async () => {
    await listable();
    const stop = new AbortController();
    const progress: number[] = [];
    const run = exportFile('json', null, NOW, {
      days: 3,
      signal: stop.signal,
      onProgress: (done) => {
        progress.push(done);
        if (progress.length === 2) stop.abort();
      },
    });
    await expect(run).rejects.toThrow(/abort/i);
    expect(progress).toEqual([3, 6]);
  });
});
