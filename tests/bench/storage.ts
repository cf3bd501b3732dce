/// <reference types="chrome" />
/**
 * History in storage: writing it in (seeding), what it takes on disk, and reading one week through
 * Limber's own record store, which must not slow down as history grows (1 month, 1 year and 5 years
 * of a standard profile here; twenty heavy years against one in history.ts).
 */
import { browserLocalDate } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { generateHistory, toBuckets } from '../fixtures/history';
import { addDays } from '../../utils/core/time/local-time';
import { weekStartOf } from '../../utils/core/time/week';
import { add, median } from './common';
import type { BrowserContext, Page } from 'playwright-core';
import type { Launched } from '../e2e/extension';

export type Buckets = Record<string, { records: { date: string }[] }>;

/** Bytes in use (Chromium's own count) and the records stored, read through an extension page. */
export async function storedSize(probe: Page): Promise<{ bytes: number; records: number }> {
  return probe.evaluate(async () => {
    const keys = (await chrome.storage.local.getKeys()).filter((k) => k.startsWith('rec:'));
    let records = 0;
    for (let i = 0; i < keys.length; i += 500) {
      const part = await chrome.storage.local.get(keys.slice(i, i + 500));
      for (const v of Object.values(part)) records += (v as { records: unknown[] }).records.length;
    }
    return { bytes: await chrome.storage.local.getBytesInUse(null), records };
  });
}

/**
 * Replaces the stored history with `buckets`, in chunks, each sent as JSON text (Playwright's own
 * copy of an object this large takes four times as long).
 */
export async function seedHistory(probe: Page, buckets: Buckets): Promise<void> {
  await probe.evaluate(async () => {
    const keys = (await chrome.storage.local.getKeys()).filter((k) => k.startsWith('rec:'));
    for (let i = 0; i < keys.length; i += 2000) await chrome.storage.local.remove(keys.slice(i, i + 2000));
  });
  const entries = Object.entries(buckets);
  for (let i = 0; i < entries.length; i += 250) {
    const chunk = JSON.stringify(Object.fromEntries(entries.slice(i, i + 250)));
    await probe.evaluate((json) => chrome.storage.local.set(JSON.parse(json)), chunk);
  }
}

/** Records in the week starting `week`. */
export const recordsIn = (buckets: Buckets, week: string): number =>
  Object.values(buckets).reduce(
    (n, b) => n + b.records.filter((r) => r.date >= week && r.date <= addDays(week, 6)).length,
    0,
  );

/** A page running Limber's record store (the benchmark's store-probe page). */
export async function storePage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => 'limberReadWeek' in globalThis);
  return page;
}

/** One read of the week starting `week`, in ms, checked against the records expected. */
export async function readWeekOnce(page: Page, week: string, expected: number): Promise<number> {
  const r = await page.evaluate(
    (from) =>
      (globalThis as unknown as { limberReadWeek(d: string): Promise<{ ms: number; records: number }> }).limberReadWeek(
        from,
      ),
    week,
  );
  if (r.records !== expected) throw new Error(`expected one week of ${expected} records, read ${r.records}`);
  return r.ms;
}

/** A whole week before this one, inside every history. */
export const sampleWeek = (today: string): string => addDays(weekStartOf(today, 1), -14);

export async function measureStorage(l: Launched): Promise<void> {
  const end = await browserLocalDate(l);
  const week = sampleWeek(end);
  const read: Record<string, number> = {};
  for (const [label, days] of [
    ['1 month', 30],
    ['1 year', 365],
    ['5 years', 5 * 365],
  ] as const) {
    const buckets = toBuckets(generateHistory({ from: addDays(end, -days), to: end, timeZone: TZ }));
    await seedHistory(l.probe, buckets);
    const page = await storePage(l.context, l.url('bench/store-probe.html'));
    const xs: number[] = [];
    for (let i = 0; i < 25; i++) xs.push(await readWeekOnce(page, week, recordsIn(buckets, week)));
    await page.close();
    read[label] = median(xs);
    if (label === '5 years') {
      const used = await storedSize(l.probe);
      add({
        group: 'storage',
        figure: `5 years of history, standard profile (${used.records} records)`,
        unit: 'MB',
        value: used.bytes / 1024 / 1024,
        note: '27 records a workday',
      });
      add({ group: 'storage', figure: 'bytes per record, 5 years', unit: 'B', value: used.bytes / used.records });
    }
  }
  for (const [label, ms] of Object.entries(read)) {
    add({
      group: 'storage',
      figure: `read one week, ${label} stored (median of 25)`,
      unit: 'ms',
      value: ms,
    });
  }
  add({
    group: 'storage',
    figure: 'read one week: 5 years ÷ 1 month',
    unit: '×',
    value: read['5 years']! / read['1 month']!,
    budgets: [{ on: 'value', max: 2 }],
    note: 'flat within noise',
  });
  // What the history browser leaves behind is its own; this one goes back to no history.
  await seedHistory(l.probe, {});
}
