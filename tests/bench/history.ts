/// <reference types="chrome" />
/**
 * A heavy user's history, one year against twenty, side by side: two copies of the extension in one
 * browser, each with its own storage (one heavy year in the first, twenty in the second), their pages
 * loaded in the same rotated rounds with the floor, so the ratio of twenty years to one carries no
 * drift between two stretches of the run. Then, with twenty years: what they take on disk, the
 * settings page's storage figure, and the "All history" export (export.ts).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fastSettings, launch } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { add, BENCH_EXT, BENCH_EXT_B, LOADS, median, ROUNDS, rotated, sampled, scratch, sleep } from './common';
import { measureExport } from './export';
import { HEAVY_PER_WORKDAY, heavyBuckets } from './heavy-history';
import { BLANK, loadIn, observed, observePage, waitUsable } from './observe';
import { readWeekOnce, recordsIn, sampleWeek, seedHistory, storedSize, storePage } from './storage';
import type { Page } from 'playwright-core';

const DRAWN = 'limber-summary-drawn';
const OPTIONS_READY = 'limber-options-ready';

/** The id Chromium gives an unpacked extension: its absolute path's SHA-256, first 32 hex digits as a–p. */
const extensionId = (dir: string): string =>
  [...createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32)]
    .map((c) => String.fromCharCode(97 + Number.parseInt(c, 16)))
    .join('');

interface Copy {
  url(path: string): string;
  probe: Page;
}

async function markTime(stage: Page, blank: string, url: string, mark: string): Promise<number> {
  await loadIn(stage, blank, url);
  await stage.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
  return stage.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
}

/** The settings page's storage figure: from scrolling to the data group (once the form is ready) to shown. */
async function storageShown(stage: Page, c: Copy): Promise<number> {
  await markTime(stage, c.url(BLANK), c.url('options.html'), OPTIONS_READY);
  const scrolled = await stage.evaluate(() => {
    document.getElementById('data')!.scrollIntoView();
    return performance.now();
  });
  await stage.waitForFunction(() => performance.getEntriesByName('limber-storage-shown').length > 0, null, {
    timeout: 60_000,
  });
  return (await stage.evaluate(() => performance.getEntriesByName('limber-storage-shown')[0]!.startTime)) - scrolled;
}

async function interleaved(
  loads: [string, () => Promise<number>][],
  rounds: number,
): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = Object.fromEntries(loads.map(([k]) => [k, []]));
  for (const [, load] of loads) await load();
  for (let r = 0; r < rounds; r++) {
    for (const [key, load] of rotated(loads, r)) {
      await sleep(50);
      out[key]!.push(await load());
    }
  }
  return out;
}

export async function measureHistory(): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'limber-bench-'));
  scratch.push(profile);
  const l = await launch({ timeZone: TZ, extensionDir: `${BENCH_EXT},${BENCH_EXT_B}`, profileDir: profile });
  try {
    await l.context.addInitScript(observePage);
    const copy = async (dir: string): Promise<Copy> => {
      const url = (path: string): string => `chrome-extension://${extensionId(dir)}/${path}`;
      const probe = await l.context.newPage();
      await probe.goto(url(BLANK));
      await probe.evaluate((s) => chrome.storage.sync.set({ settings: s }), fastSettings());
      return { url, probe };
    };
    const year = await copy(BENCH_EXT);
    const twenty = await copy(BENCH_EXT_B);
    // The welcome pages of the two installs (given a moment to open), and the popup launch() opened.
    await sleep(1000);
    for (const p of l.context.pages()) if (p !== year.probe && p !== twenty.probe) await p.close();

    const today = await year.probe.evaluate(() => new Date().toLocaleDateString('sv'));
    const t0 = Date.now();
    const one = heavyBuckets(today, 365, TZ);
    const many = heavyBuckets(today, 20 * 365, TZ);
    await seedHistory(year.probe, one.buckets);
    await seedHistory(twenty.probe, many.buckets);
    console.log(`bench: 1 and 20 heavy years made and stored in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    await sizeOf(twenty.probe, many.records);

    // Reading one week, one year stored against twenty, alternately.
    const week = sampleWeek(today);
    const pages = [year, twenty].map(async (c) => storePage(l.context, c.url('bench/store-probe.html')));
    const [readYear, readTwenty] = await Promise.all(pages);
    const reads = await interleaved(
      [
        ['year', () => readWeekOnce(readYear!, week, recordsIn(one.buckets, week))],
        ['twenty', () => readWeekOnce(readTwenty!, week, recordsIn(many.buckets, week))],
      ],
      25,
    );
    add(sampled({ group: 'storage', figure: 'read one week, 1 heavy year stored', unit: 'ms' }, reads.year!));
    add(sampled({ group: 'storage', figure: 'read one week, 20 heavy years stored', unit: 'ms' }, reads.twenty!));
    add({
      group: 'storage',
      figure: 'read one week: 20 heavy years ÷ 1 heavy year',
      unit: '×',
      value: median(reads.twenty!) / median(reads.year!),
      budgets: [{ on: 'value', max: 2 }],
      note: 'flat within noise',
    });

    const stage = await l.context.newPage();
    const floor = async (): Promise<number> => {
      await loadIn(stage, year.url(BLANK), year.url('bench/floor.html'));
      await waitUsable(stage);
      return (await observed(stage)).usable!;
    };
    const page = (c: Copy, path: string, mark: string) => () => markTime(stage, c.url(BLANK), c.url(path), mark);
    const t = await interleaved(
      [
        ['floor', floor],
        ['summary1', page(year, 'summary.html', DRAWN)],
        ['summary20', page(twenty, 'summary.html', DRAWN)],
        ['options1', page(year, 'options.html', OPTIONS_READY)],
        ['options20', page(twenty, 'options.html', OPTIONS_READY)],
      ],
      ROUNDS * Math.max(1, Math.round(LOADS / 2)),
    );
    for (const [key, figure] of [
      ['summary1', 'summary drawn, 1 heavy year stored'],
      ['summary20', 'summary drawn, 20 heavy years stored'],
      ['options1', 'settings page ready, 1 heavy year stored'],
      ['options20', 'settings page ready, 20 heavy years stored'],
    ] as const)
      add(sampled({ group: 'history', figure, unit: 'ms' }, t[key]!, t.floor));
    add({
      group: 'history',
      figure: 'summary drawn: 20 heavy years ÷ 1 heavy year',
      unit: '×',
      value: median(t.summary20!) / median(t.summary1!),
      budgets: [{ on: 'value', max: 1.5 }],
      note: 'medians, same rounds',
    });
    add({
      group: 'history',
      figure: 'settings page ready: 20 heavy years ÷ 1 heavy year',
      unit: '×',
      value: median(t.options20!) / median(t.options1!),
    });
    const shown: number[] = [];
    for (let i = 0; i < 5; i++) shown.push(await storageShown(stage, twenty));
    add(
      sampled(
        {
          group: 'history',
          figure: 'settings page: storage figure shown after scrolling to it, 20 heavy years',
          unit: 'ms',
        },
        shown,
      ),
    );
    await stage.close();
    // Last: an export that runs out of memory takes the page, or the browser, with it. Memory is
    // bounded when 20 times the history does not take many times the heap: the export holds a
    // chunk of days at a time and hands each chunk's text to a Blob.
    const peakOne = await measureExport(l.context, year.url('summary.html'), '1 heavy year');
    const peakTwenty = await measureExport(l.context, twenty.url('summary.html'), '20 heavy years');
    add({
      group: 'export',
      figure: 'peak JS heap retained during the export: 20 heavy years ÷ 1 heavy year',
      unit: '×',
      value: peakTwenty / peakOne,
      budgets: [{ on: 'value', max: 2 }],
      note: '20 times the history; bounded if the heap does not grow with it',
    });
  } finally {
    await l.context.close().catch((err) => console.warn(`bench: closing the history browser: ${String(err)}`));
  }
}

async function sizeOf(probe: Page, records: number): Promise<void> {
  const used = await storedSize(probe);
  if (used.records !== records) throw new Error(`seeded ${records} records, found ${used.records}`);
  add({
    group: 'storage',
    figure: `20 heavy years of history (${used.records} records)`,
    unit: 'MB',
    value: used.bytes / 1024 / 1024,
    note: `${HEAVY_PER_WORKDAY} records a workday; unlimitedStorage: no quota`,
  });
  add({
    group: 'storage',
    figure: 'bytes per record, 20 heavy years',
    unit: 'B',
    value: used.bytes / used.records,
    budgets: [{ on: 'value', max: 160 }],
    note: 'guards the bytes a record takes (was: 20 heavy years ≤ 40 MB at 51 a workday)',
  });
}
