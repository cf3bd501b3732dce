/**
 * `npm run bench`: Limber's figures against the budgets set in the modules of tests/bench (README.md, "Performance"),
 * in real headless Chromium. This file runs them in order: sizes, pages, storage, the background worker, the
 * statistics, then the table (report.ts).
 * Not a test. Timings are medians over repeated runs and ratios to a baseline measured in the same
 * run (machines here are noisy). Prints one table, writes it as JSON, and exits non-zero only when a
 * figure is over its budget.
 */
import { launch } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { BENCH_EXT, rows } from './common';
import { measurePages } from './pages';
import { over, printReport } from './report';
import { measureSizes, prepareBenchExtension } from './sizes';
import { measureStatistics } from './statistics';
import { measureReadWeek, measureStorageSize } from './storage';
import { measureColdStart, measureIdleWorker, measureWorkdayWakeups } from './worker';

measureSizes();
prepareBenchExtension();

const l = await launch({ timeZone: TZ, extensionDir: BENCH_EXT });
try {
  await measurePages(l);
  await measureStorageSize(l);
  await measureColdStart(l);
  await measureReadWeek(l);
} finally {
  await l.close();
}

await measureIdleWorker();
measureWorkdayWakeups();
measureStatistics();

printReport();
process.exit(rows.some(over) ? 1 : 0);
