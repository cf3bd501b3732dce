/**
 * 5. Storage: the size of five years of history, and reading one week as history grows, up to twenty
 * years of a heavy user (issue 12): its size, and the summary and settings pages drawn with it stored.
 */
import { browserLocalDate, seedBuckets } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { generateHeavyHistory, generateHistory, toBuckets } from '../fixtures/history';
import { addDays } from '../../utils/core/time/local-time';
import { weekStartOf } from '../../utils/core/time/week';
import { add, LOADS, median, rows } from './common';
import type { Page } from 'playwright-core';
import type { Launched } from '../e2e/extension';
import type { LimberRecord } from '../../utils/core/data/records';

/** Bytes in use (Chromium's own count) and the records stored. */
async function storedSize(l: Launched): Promise<{ bytes: number; records: number }> {
  return l.probe.evaluate(async () => {
    const keys = (await chrome.storage.local.getKeys()).filter((k) => k.startsWith('rec:'));
    let records = 0;
    for (let i = 0; i < keys.length; i += 500) {
      const part = await chrome.storage.local.get(keys.slice(i, i + 500));
      for (const v of Object.values(part)) records += (v as { records: unknown[] }).records.length;
    }
    return { bytes: await chrome.storage.local.getBytesInUse(null), records };
  });
}

/** Five years of history as seeded for the summary page: bytes in use and per record. */
export async function measureStorageSize(l: Launched): Promise<void> {
  // 5. Storage: size of five years ---------------------------------------------------------------
  const used = await storedSize(l);
  add({
    group: 'storage',
    figure: `5 years of history (${used.records} records)`,
    value: used.bytes / 1024 / 1024,
    unit: 'MB',
    // No budget: with unlimitedStorage, Chrome's 10 MB quota no longer applies (see the 20-year row).
    note: 'standard profile: 27 records a workday',
  });
  add({ group: 'storage', figure: 'bytes per record', value: used.bytes / used.records, unit: 'B' });
}

/** Navigation start → `mark`, median over LOADS loads of one page. */
async function markTimes(l: Launched, path: string, mark: string): Promise<number> {
  const page: Page = await l.context.newPage();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(l.url(path));
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
    times.push(await page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark));
  }
  await page.close();
  return median(times);
}

/** The settings page's storage figure: from scrolling to the data group (once the form is ready) to shown. */
async function figureAfterScroll(l: Launched): Promise<number> {
  const page = await l.context.newPage();
  const times: number[] = [];
  const mark = (m: string) => page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, m);
  for (let i = 0; i < LOADS; i++) {
    await page.goto(l.url('options.html'));
    await page.waitForFunction(() => performance.getEntriesByName('limber-options-ready').length > 0);
    const scrolled = await page.evaluate(() => {
      document.getElementById('data')!.scrollIntoView();
      return performance.now();
    });
    await page.waitForFunction(() => performance.getEntriesByName('limber-storage-shown').length > 0);
    times.push((await mark('limber-storage-shown'))! - scrolled);
  }
  await page.close();
  return median(times);
}

/** Size of twenty heavy years, and the pages that read history drawn with them stored. */
async function measureTwentyYears(l: Launched, records: number): Promise<void> {
  const used = await storedSize(l);
  if (used.records !== records) throw new Error(`seeded ${records} records, found ${used.records}`);
  add({
    group: 'storage',
    figure: `20 years, heavy user (${used.records} records, 51 a workday)`,
    value: used.bytes / 1024 / 1024,
    unit: 'MB',
    budget: 40,
    note: 'unlimitedStorage: no quota; guards the bytes a record takes',
  });
  add({ group: 'storage', figure: 'bytes per record, heavy user', value: used.bytes / used.records, unit: 'B' });
  const base = rows.find((r) => r.figure.startsWith('baseline page, button ready'))?.value;
  const summary = await markTimes(l, 'summary.html', 'limber-summary-drawn');
  add({
    group: 'interactive',
    figure: `summary, charts drawn, 20 heavy years stored`,
    value: summary,
    unit: 'ms',
    budget: 200,
    ratio: base ? summary / base : undefined,
  });
  const options = await markTimes(l, 'options.html', 'limber-options-ready');
  add({
    group: 'interactive',
    figure: `options, form ready, 20 heavy years stored`,
    value: options,
    unit: 'ms',
    ratio: base ? options / base : undefined,
  });
  add({
    group: 'interactive',
    figure: `options, storage figure shown after the data group scrolls into view, 20 heavy years`,
    value: await figureAfterScroll(l),
    unit: 'ms',
  });
}

// A heavy week holds about twice the records of a standard one: 20 heavy years are compared with a
// heavy month, so the ratio shows what history adds, not what a bigger week costs.
const HISTORIES = [
  ['1 month', 30, generateHistory],
  ['1 year', 365, generateHistory],
  ['5 years', 5 * 365, generateHistory],
  ['1 heavy month', 30, generateHeavyHistory],
  ['20 heavy years', 20 * 365, generateHeavyHistory],
] as const;

export async function measureReadWeek(l: Launched): Promise<void> {
  // 5. Reading one week must not grow with history: 1 month, 1 year, 5 years, 20 heavy years stored.
  const readTimes: Record<string, number> = {};
  const end = await browserLocalDate(l);
  // A whole week before this one, inside every history.
  const week = addDays(weekStartOf(end, 1), -14);
  for (const [label, days, generate] of HISTORIES) {
    await l.probe.evaluate(async () => {
      const keys = await chrome.storage.local.getKeys();
      await chrome.storage.local.remove(keys.filter((k) => k.startsWith('rec:')));
    });
    const history: LimberRecord[] = generate({ from: addDays(end, -days), to: end, timeZone: TZ });
    const expected = history.filter((r) => r.date >= week && r.date <= addDays(week, 6)).length;
    await seedBuckets(l, toBuckets(history));
    const probe = await l.context.newPage();
    await probe.goto(l.url('bench/store-probe.html'));
    await probe.waitForFunction(() => 'limberReadWeek' in globalThis);
    const samples: number[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await probe.evaluate(
        (from) =>
          (
            globalThis as unknown as { limberReadWeek(d: string): Promise<{ ms: number; records: number }> }
          ).limberReadWeek(from),
        week,
      );
      if (r.records !== expected) throw new Error(`expected one week of ${expected} records, read ${r.records}`);
      samples.push(r.ms);
    }
    await probe.close();
    readTimes[label] = median(samples);
    if (label === '20 heavy years') await measureTwentyYears(l, history.length);
  }
  for (const [label, ms] of Object.entries(readTimes)) {
    add({
      group: 'storage',
      figure: `read one week, ${label} stored (median of 25)`,
      value: ms,
      unit: 'ms',
      ratio: ms / readTimes[label.includes('heavy') ? '1 heavy month' : '1 month']!,
    });
  }
  add({
    group: 'storage',
    figure: 'read one week: 5 years ÷ 1 month',
    value: readTimes['5 years']! / readTimes['1 month']!,
    unit: '×',
    budget: 2,
    note: 'flat within noise',
  });
  add({
    group: 'storage',
    figure: 'read one week: 20 heavy years ÷ 1 heavy month',
    value: readTimes['20 heavy years']! / readTimes['1 heavy month']!,
    unit: '×',
    budget: 2,
    note: 'flat within noise',
  });
}
