/**
 * `npm run bench`: Limber's figures against the budgets set in this file (README.md, "Performance"), in real headless
 * Chromium.
 * Not a test. Timings are medians over repeated runs and ratios to a baseline measured in the same
 * run (machines here are noisy). Prints one table, writes it as JSON, and exits non-zero only when a
 * figure is over its budget.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../e2e/chromium-path.mjs';
import {
  fastSettings,
  launch,
  promptPage,
  schedulerState,
  seedBuckets,
  setSettings,
  stopWorker,
  waitFor,
} from '../e2e/extension';
import { seededHistory, TZ } from '../e2e/summary-fixtures';
import { generateHistory, toBuckets } from '../fixtures/history';
import { at, Sim } from '../core/scheduler-harness';
import { addDays } from '../../utils/core/time/local-time';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { summarizeDays } from '../../utils/core/stats/weekly-stats';
import type { CDPSession, Page } from 'playwright-core';
import type { Launched } from '../e2e/extension';

const LOADS = Number(process.env.BENCH_LOADS ?? 15);
const OUT = fileURLToPath(new URL('../../.output/', import.meta.url));
const EXT = `${OUT}chrome-mv3`;
const BENCH_EXT = `${OUT}bench-extension`;

interface Row {
  group: string;
  figure: string;
  value: number;
  unit: string;
  /** Over budget when value > budget (or < budget for `atLeast`). */
  budget?: number;
  atLeast?: boolean;
  /** Value divided by the baseline measured in the same run. */
  ratio?: number;
  note?: string;
}
const rows: Row[] = [];
const add = (r: Row): void => void rows.push(r);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const kB = (bytes: number): number => bytes / 1024;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** JS and CSS a page loads: its script, the chunks it preloads, its stylesheets (gzipped). */
function pageBytes(dir: string, html: string): { js: number; css: number } {
  const text = readFileSync(`${dir}/${html}`, 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\.?\/?([^"]+\.(js|css))"/g)].map((m) => [m[1]!, m[2]!] as const);
  let js = 0;
  let css = 0;
  for (const [file, ext] of refs) {
    const bytes = gz(`${dir}/${file}`);
    if (ext === 'js') js += bytes;
    else css += bytes;
  }
  return { js, css };
}

// 1. Bundle size ------------------------------------------------------------------------------
const baseline = pageBytes(`${OUT}bench-pages`, 'baseline.html');
add({ group: 'size', figure: 'baseline page (bare Preact + polyfill), JS', value: kB(baseline.js), unit: 'kB gz' });
for (const page of ['popup', 'prompt', 'summary', 'options']) {
  const { js, css } = pageBytes(EXT, `${page}.html`);
  const budget = page === 'popup' || page === 'prompt' ? 25 : undefined;
  add({ group: 'size', figure: `${page} JS`, value: kB(js), unit: 'kB gz', budget, ratio: js / baseline.js });
  add({ group: 'size', figure: `${page} CSS`, value: kB(css), unit: 'kB gz' });
}
add({ group: 'size', figure: 'background JS', value: kB(gz(`${EXT}/background.js`)), unit: 'kB gz' });

// The extension as built, plus the two benchmark pages (a baseline and a store probe).
rmSync(BENCH_EXT, { recursive: true, force: true });
cpSync(EXT, BENCH_EXT, { recursive: true });
cpSync(`${OUT}bench-pages`, `${BENCH_EXT}/bench`, { recursive: true });

async function markTime(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 30_000 });
  return page.evaluate((m) => performance.getEntriesByName(m)[0]!.startTime, mark);
}

async function heapMB(_page: Page, cdp: CDPSession): Promise<number> {
  // Collect garbage first, so the figure is what the page keeps, not what it has not freed yet.
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
}

/** Median navigation-start → mark over LOADS loads, and the page's JS heap after the last one. */
async function loadTimes(l: Launched, path: string, mark: string): Promise<{ ms: number; heap: number }> {
  const page = await l.context.newPage();
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) times.push(await markTime(page, l.url(path), mark));
  // Memory of one fresh load, settled.
  await markTime(page, l.url(path), mark);
  await page.waitForTimeout(500);
  const cdp = await l.context.newCDPSession(page);
  const heap = await heapMB(page, cdp);
  await page.close();
  return { ms: median(times), heap };
}

const READY = 'limber-rating-ready';
const l = await launch({ timeZone: TZ, extensionDir: BENCH_EXT });
try {
  // 2. Time to interactive and 3. memory --------------------------------------------------------
  // Nothing scheduled: the pages are measured on their own.
  await setSettings(
    l,
    fastSettings((s) => (s.pain = { enabled: false, times: [], afterBreak: false })),
  );
  const base = await loadTimes(l, 'bench/baseline.html', READY);
  add({ group: 'interactive', figure: `baseline page, button ready (median of ${LOADS})`, value: base.ms, unit: 'ms' });
  const popup = await loadTimes(l, 'popup.html', READY);
  add({
    group: 'interactive',
    figure: `popup, rating buttons enabled`,
    value: popup.ms,
    unit: 'ms',
    budget: 100,
    ratio: popup.ms / base.ms,
  });
  // A pain prompt waiting, as the scheduler would leave it, for the prompt window to show.
  await l.probe.evaluate(async () => {
    const { scheduler } = await chrome.storage.local.get('scheduler');
    const now = Date.now();
    const pending = {
      id: `p${now}`,
      kinds: ['pain'],
      open: ['pain'],
      shownAt: now,
      expiresAt: now + 3600_000,
      manual: false,
      postureItem: 0,
      snoozesLeft: { pain: 3 },
    };
    await chrome.storage.local.set({ scheduler: { ...(scheduler as object), pending, wakeAt: now + 3600_000 } });
  });
  const prompt = await loadTimes(l, 'prompt.html', READY);
  add({
    group: 'interactive',
    figure: `prompt window, rating buttons enabled`,
    value: prompt.ms,
    unit: 'ms',
    budget: 100,
    ratio: prompt.ms / base.ms,
  });

  await seedBuckets(l, seededHistory(await l.probe.evaluate(() => new Date().toLocaleDateString('sv'))));
  const summary = await loadTimes(l, 'summary.html', 'limber-summary-drawn');
  add({
    group: 'interactive',
    figure: `summary, charts drawn, 5 years stored`,
    value: summary.ms,
    unit: 'ms',
    budget: 200,
    ratio: summary.ms / base.ms,
  });
  const options = await loadTimes(l, 'options.html', 'limber-options-ready');
  add({
    group: 'interactive',
    figure: `options, form ready`,
    value: options.ms,
    unit: 'ms',
    ratio: options.ms / base.ms,
  });

  add({ group: 'memory', figure: 'baseline page, JS heap', value: base.heap, unit: 'MB' });
  for (const [name, m] of [
    ['popup', popup],
    ['prompt window', prompt],
    ['summary (5 years stored)', summary],
    ['options', options],
  ] as const) {
    add({
      group: 'memory',
      figure: `${name}, JS heap after load`,
      value: m.heap,
      unit: 'MB',
      ratio: m.heap / base.heap,
    });
  }

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

  // 4. Cold start: a stopped worker, its alarm fires, the prompt window opens.
  await l.probe.evaluate(async () => {
    const { scheduler } = await chrome.storage.local.get('scheduler');
    await chrome.storage.local.set({ scheduler: { ...(scheduler as object), pending: null, wakeAt: null } });
  });
  for (const p of l.context.pages()) if (p !== l.probe) await p.close();
  await setSettings(
    l,
    fastSettings((s) => (s.posture = { enabled: true, everySec: 3 })),
  );
  const cold: number[] = [];
  let lastWake = 0;
  for (let i = 0; i < 8; i++) {
    const page = await promptPage(l, 30_000);
    await waitFor(
      () => schedulerState(l),
      (s) => s.pending?.open.includes('posture'),
    );
    // The first prompt follows a settings change, not an alarm on a stopped worker.
    if (i > 0) cold.push((await page.evaluate(() => performance.timeOrigin)) - lastWake);
    await page.getByRole('button', { name: 'Already good' }).click();
    const after = await waitFor(
      () => schedulerState(l),
      (s) => s.pending === null && s.wakeAt !== null,
    );
    lastWake = after.wakeAt;
    if (!page.isClosed()) await page.waitForEvent('close');
    await stopWorker(l);
  }
  add({
    group: 'background',
    figure: `cold start: alarm time → prompt window open (median of ${cold.length})`,
    value: median(cold),
    unit: 'ms',
    note: 'worker stopped before each alarm',
  });

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
} finally {
  await l.close();
}

// 3. The service worker must be stopped by the browser when idle: nothing may keep it alive.
// Watched from outside through the DevTools HTTP target list, which attaches to nothing: an
// attached debugger (as Playwright attaches to service workers) would itself keep it running.
{
  const profile = mkdtempSync(join(tmpdir(), 'limber-idle-'));
  const proc = spawn(
    findChromium(),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${BENCH_EXT}`,
      `--load-extension=${BENCH_EXT}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let port = '';
  for (let i = 0; i < 100 && !port; i++) {
    await sleep(100);
    try {
      port = readFileSync(`${profile}/DevToolsActivePort`, 'utf8').split('\n')[0]!;
    } catch {
      // not written yet
    }
  }
  const workerRunning = async (): Promise<boolean> => {
    const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string }[];
    return list.some(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://') && t.url.endsWith('/background.js'),
    );
  };
  let seenAt = 0;
  let stoppedAt = 0;
  const begin = Date.now();
  while (Date.now() - begin < 90_000 && !stoppedAt) {
    const running = await workerRunning().catch(() => false);
    if (running && !seenAt) seenAt = Date.now();
    if (!running && seenAt) stoppedAt = Date.now();
    await sleep(1000);
  }
  const exited = new Promise((r) => proc.once('exit', r));
  proc.kill();
  await exited;
  rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
  add({
    group: 'background',
    figure: 'service worker stopped by the browser when idle, after',
    value: stoppedAt ? (stoppedAt - seenAt) / 1000 : Infinity,
    unit: 's',
    budget: 45,
    note: stoppedAt
      ? 'nothing keeps it alive (Chrome stops an idle worker after 30 s)'
      : seenAt
        ? 'still running after 90 s'
        : 'never seen running',
  });
}

// 4. Wake-ups over a simulated workday, default settings, the user answering every prompt.
{
  const sim = new Sim(DEFAULT_SETTINGS, TZ);
  sim.send({ type: 'start', idle: 'active' }, at('2026-11-23 09:00'));
  let wakes = 0;
  let prompts = 0;
  for (let guard = 0; guard < 500; guard++) {
    const wake = sim.state.wakeAt;
    if (wake === null || wake > at('2026-11-23 17:00')) break;
    wakes++;
    const plan = sim.send({ type: 'alarm' }, wake);
    if (!plan.show) continue;
    prompts++;
    for (const kind of plan.show.open) {
      const answer =
        kind === 'pain' ? { action: 'rated', score: 3 } : kind === 'posture' ? { action: 'good' } : { action: 'done' };
      sim.send({ type: 'answer', promptId: plan.show.id, kind, answer } as never, wake + 20_000);
    }
  }
  add({
    group: 'background',
    figure: `simulated 8-hour workday: wake-ups (${wakes}) per prompt shown (${prompts})`,
    value: wakes / prompts,
    unit: '×',
    budget: 1,
    note: 'the floor is one wake-up per prompt',
  });
}

// 6. The statistics themselves, in operations per second.
{
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
    budget: 100,
    atLeast: true,
  });
  add({
    group: 'statistics',
    figure: 'summary over 12 weeks',
    value: ops(twelve),
    unit: 'ops/s',
    budget: 20,
    atLeast: true,
  });
}

// The table ----------------------------------------------------------------------------------
const fmt = (r: Row): string =>
  r.value === Infinity ? '∞' : r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(r.unit === 'B' ? 0 : 2);
const over = (r: Row): boolean => r.budget !== undefined && (r.atLeast ? r.value < r.budget : r.value > r.budget);
const w = [12, 62, 12, 8, 12, 8];
console.log(
  `\n${['group', 'figure', 'value', 'unit', 'budget', '×base'].map((h, i) => h.padEnd(w[i]!)).join(' ')} result`,
);
for (const r of rows) {
  const budget = r.budget === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${r.budget}`;
  const cells = [r.group, r.figure, fmt(r), r.unit, budget, r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}`];
  console.log(
    `${cells.map((c, i) => c.padEnd(w[i]!)).join(' ')} ${r.budget === undefined ? '' : over(r) ? 'OVER' : 'pass'}${r.note ? `  (${r.note})` : ''}`,
  );
}
mkdirSync(`${OUT}../.test-results`, { recursive: true });
const file = fileURLToPath(new URL('../../.test-results/bench.json', import.meta.url));
writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), loads: LOADS, rows }, null, 2));
console.log(`\n×base: the figure divided by the baseline page (bare Preact + polyfill) measured in the same run.`);
console.log(`JSON: ${file}`);
process.exit(rows.some(over) ? 1 : 0);
