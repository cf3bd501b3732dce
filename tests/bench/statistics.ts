/**
 * The statistics themselves, in operations per second (median of 5 runs of 300 ms). Information: a
 * rate is a time, and times on a busy machine get no verdict.
 */
import { generateHistory } from '../fixtures/history';
import { TZ } from '../e2e/summary-fixtures';
import { addDays } from '../../utils/core/time/local-time';
import { summarizeDays } from '../../utils/core/stats/weekly-stats';
import { add, median } from './common';

export function measureStatistics(): void {
  const records = generateHistory({ from: '2026-08-31', to: '2026-11-22', timeZone: TZ });
  const ops = (dates: string[]): number => {
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      let n = 0;
      const t0 = performance.now();
      while (performance.now() - t0 < 300) {
        summarizeDays(records, dates);
        n++;
      }
      runs.push(n / ((performance.now() - t0) / 1000));
    }
    return median(runs);
  };
  const week = Array.from({ length: 7 }, (_, i) => addDays('2026-11-16', i));
  const twelve = Array.from({ length: 84 }, (_, i) => addDays('2026-08-31', i));
  add({
    group: 'statistics',
    figure: `weekly summary of one week (${records.length} records given)`,
    value: ops(week),
    unit: 'ops/s',
  });
  add({
    group: 'statistics',
    figure: 'summary over 12 weeks',
    value: ops(twelve),
    unit: 'ops/s',
  });
}
