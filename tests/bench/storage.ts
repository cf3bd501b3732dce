/** 5. Storage: the size of five years of history, and reading one week as history grows. */
import { seedBuckets } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { generateHistory, toBuckets } from '../fixtures/history';
import { addDays } from '../../utils/core/time/local-time';
import { add, median } from './common';
import type { Launched } from '../e2e/extension';

/** Five years of history as seeded for the summary page: bytes in use and per record. */
export async function measureStorageSize(l: Launched): Promise<void> {
  // 5. Storage: size of five years ---------------------------------------------------------------
  const used = await l.probe.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const records = Object.entries(all)
      .filter(([k]) => k.startsWith('rec:'))
      .reduce((n, [, v]) => n + (v as { records: unknown[] }).records.length, 0);
    return { bytes: await chrome.storage.local.getBytesInUse(null), records };
  });
  add({
    group: 'storage',
    figure: `5 years of history (${used.records} records)`,
    value: used.bytes / 1024 / 1024,
    unit: 'MB',
    budget: 10,
    note: 'storage.local quota without unlimitedStorage',
  });
  add({ group: 'storage', figure: 'bytes per record', value: used.bytes / used.records, unit: 'B' });
}

export async function measureReadWeek(l: Launched): Promise<void> {
  // 5. Reading one week must not grow with history: 1 month, 1 year, 5 years stored.
  const readTimes: Record<string, number> = {};
  for (const [label, days] of [
    ['1 month', 30],
    ['1 year', 365],
    ['5 years', 5 * 365],
  ] as const) {
    await l.probe.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      await chrome.storage.local.remove(Object.keys(all).filter((k) => k.startsWith('rec:')));
    });
    const end = '2026-11-20';
    await seedBuckets(l, toBuckets(generateHistory({ from: addDays(end, -days), to: end, timeZone: TZ })));
    const probe = await l.context.newPage();
    await probe.goto(l.url('bench/store-probe.html'));
    await probe.waitForFunction(() => 'limberReadWeek' in globalThis);
    const samples: number[] = [];
    for (let i = 0; i < 25; i++) {
      const r = await probe.evaluate(() =>
        (
          globalThis as unknown as { limberReadWeek(d: string): Promise<{ ms: number; records: number }> }
        ).limberReadWeek('2026-11-09'),
      );
      if (r.records !== 135) throw new Error(`expected one workweek of 135 records, read ${r.records}`);
      samples.push(r.ms);
    }
    await probe.close();
    readTimes[label] = median(samples);
  }
  for (const [label, ms] of Object.entries(readTimes)) {
    add({
      group: 'storage',
      figure: `read one week, ${label} stored (median of 25)`,
      value: ms,
      unit: 'ms',
      ratio: ms / readTimes['1 month']!,
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
}
