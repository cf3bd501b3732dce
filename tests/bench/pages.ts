/** 2. Time to interactive and 3. memory of each page, against a bare Preact page. */
import { fastSettings, seedBuckets, setSettings } from '../e2e/extension';
import { seededHistory } from '../e2e/summary-fixtures';
import { add, LOADS, median } from './common';
import type { CDPSession, Page } from 'playwright-core';
import type { Launched } from '../e2e/extension';

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

export async function measurePages(l: Launched): Promise<void> {
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
}
