/**
 * `npm run bench`: what users feel, measured in real headless Chromium against reference pages built
 * here (a floor page with no framework, and a bare Preact page) in the same run, and held to the
 * budgets of issue 16 (README.md, "Performance"). Verdicts fall only on ratios, sizes and counts;
 * times in ms are information (machines here are noisy). Prints one table and writes
 * .test-results/bench.json before anything is cleaned up; exits 1 only when a figure is over its
 * budget or could not be measured.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { add, BENCH_EXT, removeDir, scratch, sleep } from './common';
import { measureBackground } from './background';
import { measureHeap } from './heap';
import { measureHistory } from './history';
import { measureNetwork } from './network';
import { BLANK, observePage } from './observe';
import { measurePages } from './pages';
import { failing, printReport } from './report';
import { quietSettings } from './scenes';
import { measureSizes, prepareBenchExtension } from './sizes';
import { measureStatistics } from './statistics';
import { measureStorage } from './storage';
import { measureColdStart, measureWorkdayWakeups } from './worker';
import type { Launched } from '../e2e/extension';

const PROBE = BLANK;
const began = Date.now();
// A promise the browser drops when it crashes must not end the run before the table is printed.
process.on('unhandledRejection', (err) => console.error(`bench: unhandled: ${String(err)}`));

// BENCH_PARTS=usable/click,size: only those parts (for a quick look while working; verdicts then
// cover only what was measured).
const only = process.env.BENCH_PARTS?.split(',').map((p) => p.trim());

/** Runs one part; if it fails, its failure is a row of the table and the other parts still run. */
async function part(name: string, run: () => unknown): Promise<void> {
  if (only && name !== 'browser' && !only.includes(name)) return;
  const t0 = Date.now();
  try {
    await run();
    console.log(`bench: ${name} measured in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    console.error(`bench: ${name} failed: ${err instanceof Error ? err.stack : message}`);
    add({
      group: name,
      figure: `${name}: could not be measured`,
      unit: '',
      value: Number.NaN,
      failed: true,
      note: message,
    });
  }
}

prepareBenchExtension();
await part('size', measureSizes);

const profile = mkdtempSync(join(tmpdir(), 'limber-bench-'));
let l: Launched | null = null;
await part('browser', async () => {
  l = await launch({ timeZone: TZ, extensionDir: BENCH_EXT, profileDir: profile });
  await l.context.addInitScript(observePage);
  // The probe, kept open to read and write storage, is an empty page: every extension page shares
  // one renderer, and Limber's own popup there would re-render on every change the pages make.
  await l.probe.goto(l.url(PROBE));
  // Every figure below rests on the init script running in extension pages from their start.
  if (!(await l.probe.evaluate(() => '__bench' in globalThis)))
    throw new Error('the init script did not run on an extension page');
  await quietSettings(l);
  await sleep(500);
});
if (l) {
  const b: Launched = l;
  await part('usable/click', () => measurePages(b));
  await part('JS loaded', () => measureNetwork(b));
  await part('memory', () => measureHeap(b, PROBE));
  await part('cold start', async () => {
    await measureColdStart(b);
    await quietSettings(b);
  });
  await part('storage', () => measureStorage(b));
  await b.context.close().catch((err) => console.warn(`bench: closing the browser: ${String(err)}`));
}
await part('history', measureHistory);
await part('wake-ups', measureBackground);
await part('simulated', measureWorkdayWakeups);
await part('statistics', measureStatistics);

printReport();
console.log(`bench: ${((Date.now() - began) / 1000).toFixed(0)} s in all`);
for (const dir of [profile, ...scratch]) removeDir(dir);
process.exit(failing().length ? 1 : 0);
