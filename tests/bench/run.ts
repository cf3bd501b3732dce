/**
 * `npm run bench`: figures against the budgets of BRIEF §6, in real headless Chromium.
 * Not a test: it prints medians (and ratios to a baseline measured in the same run), writes them
 * as JSON, and exits non-zero only when a figure is over its budget.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { browserLocalDate, launch, seedBuckets } from '../e2e/extension';
import { seededHistory, TZ } from '../e2e/summary-fixtures';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Row {
  figure: string;
  value: number;
  unit: string;
  budget: number | null;
  baseline?: number;
}

const rows: Row[] = [];
const l = await launch({ timeZone: TZ });
try {
  await seedBuckets(l, seededHistory(await browserLocalDate(l)));
  const bytes = await l.probe.evaluate(() => chrome.storage.local.getBytesInUse(null));
  rows.push({ figure: 'storage.local, 5 years of history', value: bytes / 1024 / 1024, unit: 'MB', budget: 10 });

  // Summary: navigation start to "charts drawn" (a performance mark the page sets after paint).
  const page = await l.context.newPage();
  const drawn: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(l.url('summary.html'));
    await page.waitForFunction(() => performance.getEntriesByName('limber-summary-drawn').length > 0, null, { timeout: 30_000 });
    drawn.push(await page.evaluate(() => performance.getEntriesByName('limber-summary-drawn')[0]!.startTime));
    // Baseline, loaded the same way in the same run: the popup's first paint. The ratio says how
    // much slower the summary is than the lightest page, whatever this machine's speed.
    await page.goto(l.url('popup.html'));
    await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { timeout: 30_000 });
    baseline.push(await page.evaluate(() => performance.getEntriesByType('paint')[0]!.startTime));
  }
  rows.push({ figure: `summary drawn, 5 years stored (median of ${LOADS})`, value: median(drawn), unit: 'ms', budget: 200, baseline: median(baseline) });
} finally {
  await l.close();
}

const pad = (s: string, n: number): string => s.padEnd(n);
console.log(`\n${pad('figure', 48)} ${pad('value', 10)} ${pad('budget', 10)} ${pad('ratio', 8)} result`);
let over = 0;
for (const r of rows) {
  const ok = r.budget === null || r.value <= r.budget;
  if (!ok) over++;
  const ratio = r.baseline ? `${(r.value / r.baseline).toFixed(1)}×` : '';
  console.log(`${pad(r.figure, 48)} ${pad(`${r.value.toFixed(r.unit === 'MB' ? 2 : 1)} ${r.unit}`, 10)} ${pad(r.budget === null ? '' : `${r.budget} ${r.unit}`, 10)} ${pad(ratio, 8)} ${ok ? 'pass' : 'OVER'}`);
}
console.log('ratio: against the popup\'s first paint in the same run');
const dir = new URL('../../.test-results/', import.meta.url).pathname;
mkdirSync(dir, { recursive: true });
const file = `${dir}bench.json`;
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), rows }, null, 2));
console.log(`\nJSON: ${file}`);
process.exit(over ? 1 : 0);
