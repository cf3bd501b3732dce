/**
 * The round trip a diary you can correct must survive: export, correct and delete here, import
 * the old export again. Nothing that differs is replaced without the choice; a deletion stays a
 * deletion; an old (version 1) file still imports; an import never loses a change written to the
 * same day at the same moment.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { toExportJson } from '../../utils/core/data/export-json';
import { parseImport } from '../../utils/core/data/import-json';
import { makeRating } from '../../utils/core/data/records';
import { periodFigures } from '../../utils/core/stats/period';
import { changeRating, deleteEntry } from '../../utils/storage/entries';
import { importEntries, previewImport } from '../../utils/storage/import';
import { addRecords, readDaysChecked, readRangeChecked } from '../../utils/storage/records';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Entry } from '../../utils/core/data/tombstone';

/** A file without own exercises: none added, replaced or kept. */
const NO_EXERCISES = { added: 0, replaced: 0, keptDiffering: 0 };

const TZ = 'Europe/Berlin';
const MON = '2026-11-23';
const SUN = '2026-11-29';
const local = fakeBrowser.storage.local;
const at = (date: string, h: number): number => Date.parse(`${date}T${String(h).padStart(2, '0')}:00:00+01:00`);
const NOW = at('2026-12-01', 12);

const a = makeRating({ id: 'a', at: at(MON, 9), source: 'prompt', score: 4 }, TZ);
const b = makeRating({ id: 'b', at: at(MON, 15), source: 'prompt', score: 6, note: 'after lunch' }, TZ);
const c = makeRating({ id: 'c', at: at('2026-11-25', 10), source: 'manual', score: 2 }, TZ);

/** The JSON export of the week, as the data panel writes it. */
async function exportWeek(): Promise<string> {
  const { records, deleted } = await readRangeChecked(MON, SUN);
  return toExportJson(records, { from: MON, to: SUN }, NOW, deleted);
}

function entriesOf(text: string): Entry[] {
  const parsed = parseImport(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return [...parsed.records, ...parsed.deleted];
}

const stored = async (date: string, id: string): Promise<unknown> =>
  (await readDaysChecked([date])).records.find((r) => r.id === id) ??
  (await readDaysChecked([date])).deleted.find((r) => r.id === id);

describe('an old export imported after a change and a deletion here', () => {
  /** Stores a, b, c; exports; changes a (4 → 7) and deletes b here. Returns the old file's entries. */
  async function exportThenCorrect(): Promise<Entry[]> {
    await addRecords([a, b, c]);
    const file = entriesOf(await exportWeek());
    expect(await changeRating(MON, 'a', { score: 7 }, NOW - 3_600_000)).toMatchObject({ score: 7 });
    expect(await deleteEntry(MON, 'b', NOW - 1_800_000)).toEqual(b);
    return file;
  }

  it('the preview says 1 differs and 1 was deleted here (c is the same)', async () => {
    const file = await exportThenCorrect();
    expect(await previewImport(file)).toEqual({ fresh: 0, same: 1, differ: 1, deletedHere: 1, unreadable: 0 });
  });

  it("'keep' changes nothing stored", async () => {
    const file = await exportThenCorrect();
    const before = await local.get(null);
    expect(await importEntries(file, 'keep', NOW)).toEqual({
      added: 0,
      replaced: 0,
      kept: 3,
      keptDiffering: 2,
      exercises: NO_EXERCISES,
    });
    expect(await local.get(null)).toEqual(before);
  });

  it("'replace' writes the file's score (marked as changed) and brings the deleted one back", async () => {
    const file = await exportThenCorrect();
    expect(await importEntries(file, 'replace', NOW)).toEqual({
      added: 0,
      replaced: 2,
      kept: 1,
      keptDiffering: 0,
      exercises: NO_EXERCISES,
    });
    const back = (await stored(MON, 'a')) as RatingRecord;
    expect(back.score).toBe(4);
    // Changed here to 7, then back to the file's 4: the mark says so, and what it first said.
    expect(back.edited).toEqual({ at: NOW, fromScore: 4, fromAt: a.at });
    expect(await stored(MON, 'b')).toEqual(b);
    const week = await readRangeChecked(MON, SUN);
    expect(week.deleted).toEqual([]);
    expect(week.records.map((r) => r.id).sort()).toEqual(['a', 'b', 'c']);
  });
});

describe('deletions travel with the export', () => {
  it('an export made after a delete carries it; imported into an empty store, the entry stays deleted', async () => {
    await addRecords([a, b, c]);
    await deleteEntry(MON, 'b', NOW);
    const text = await exportWeek();
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.deleted.map((d) => [d.id, d.was])).toEqual([['b', 'rating']]);
    expect(parsed.ok && parsed.records.map((r) => r.id)).toEqual(['a', 'c']);

    await local.clear();
    const file = entriesOf(text);
    expect(await previewImport(file)).toMatchObject({ fresh: 3, differ: 0, deletedHere: 0 });
    await importEntries(file, 'keep', NOW);
    const week = await readRangeChecked(MON, SUN);
    expect(week.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(week.deleted.map((d) => d.id)).toEqual(['b']);
    // Not in any figure: two ratings, 4 and 2.
    expect(periodFigures(week.records, MON, 1).summary.pain).toMatchObject({ count: 2, avg: 3 });

    // Importing the file that still has b, into this store: asks (b was deleted here) before bringing it back.
    await local.clear();
    await importEntries(file, 'keep', NOW);
    const old = entriesOf(toExportJson([a, b, c], null, NOW));
    expect(await previewImport(old)).toMatchObject({ same: 2, deletedHere: 1 });
    await importEntries(old, 'keep', NOW);
    expect(await stored(MON, 'b')).toMatchObject({ type: 'deleted', id: 'b' });
  });

  it('a version 1 file (no marks, no deletions) still imports', async () => {
    const v1 = JSON.stringify({
      format: 'limber-export',
      version: 1,
      exportedAt: 'x',
      from: null,
      to: null,
      records: [a, c],
    });
    const file = entriesOf(v1);
    expect(await importEntries(file, 'keep', NOW)).toEqual({
      added: 2,
      replaced: 0,
      kept: 0,
      keptDiffering: 0,
      exercises: NO_EXERCISES,
    });
    expect((await readRangeChecked(MON, SUN)).records).toEqual([a, c]);
  });

  it('a stored entry this version cannot read is never replaced, whatever the choice', async () => {
    const unreadable = { ...a, v: 9, score: 'a lot' };
    await local.set({ [`rec:${MON}`]: { v: 1, records: [unreadable] } });
    const file = entriesOf(toExportJson([a], null, NOW));
    expect(await previewImport(file)).toMatchObject({ unreadable: 1, differ: 0 });
    expect(await importEntries(file, 'replace', NOW)).toEqual({
      added: 0,
      replaced: 0,
      kept: 1,
      keptDiffering: 0,
      exercises: NO_EXERCISES,
    });
    expect(await local.get(`rec:${MON}`)).toEqual({ [`rec:${MON}`]: { v: 1, records: [unreadable] } });
  });
});

describe('an import and a change of the same day at the same moment', () => {
  it('both survive: no lost write', async () => {
    await addRecords([a]);
    const file = entriesOf(toExportJson([b, c], null, NOW));
    await Promise.all([importEntries(file, 'keep', NOW), changeRating(MON, 'a', { score: 9 }, NOW)]);
    const week = await readRangeChecked(MON, SUN);
    expect(week.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(week.records[0]).toMatchObject({ id: 'a', score: 9 });
  });
});
