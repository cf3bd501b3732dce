/**
 * The summary's "All history" export as JSON, twenty heavy years stored: the time from the click to
 * the file, the longest main-thread task meanwhile (the page must not freeze), whether progress was
 * shown, and the JS heap at its peak (memory bounded).
 */
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { add, removeDir, sleep } from './common';
import { observed } from './observe';
import type { BrowserContext, Page } from 'playwright-core';

/**
 * The JS heap while `during` runs, through the page's DevTools session: in use, sampled every 100 ms
 * (garbage included: V8 lets the heap grow before it collects), and retained, after a full GC forced
 * every 300 ms: what the export really holds, the figure that says whether memory is bounded.
 */
async function peakHeap<T>(
  context: BrowserContext,
  page: Page,
  during: () => Promise<T>,
): Promise<{ result: T; peakMB: number; retainedMB: number }> {
  const cdp = await context.newCDPSession(page);
  let peak = 0;
  let retained = 0;
  let done = false;
  const sampler = (async () => {
    for (let i = 1; !done; i++) {
      const r = await cdp.send('Runtime.getHeapUsage').catch(() => null);
      if (r) peak = Math.max(peak, r.usedSize);
      // The first at once: a short export (one year: half a second) gets samples too.
      if (i % 3 === 1) {
        await cdp.send('HeapProfiler.collectGarbage').catch(() => null);
        const g = await cdp.send('Runtime.getHeapUsage').catch(() => null);
        if (g && !done) retained = Math.max(retained, g.usedSize);
      }
      await sleep(100);
    }
  })();
  try {
    const result = await during();
    // No sample taken is no figure, not a zero.
    return { result, peakMB: peak / 1024 / 1024, retainedMB: retained ? retained / 1024 / 1024 : Number.NaN };
  } finally {
    done = true;
    await sampler;
    await cdp.detach().catch(() => {});
  }
}

/** Returns the peak JS heap retained during it, in MB (NaN when the export failed). */
export async function measureExport(context: BrowserContext, summaryUrl: string, label: string): Promise<number> {
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => {
    crashed = true;
  });
  const file = join(tmpdir(), `limber-bench-export-${Date.now()}.json`);
  try {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto(summaryUrl);
    await page.waitForFunction(() => performance.getEntriesByName('limber-summary-drawn').length > 0, null, {
      timeout: 60_000,
    });
    await page.getByRole('radio', { name: /all history/i }).check();
    await sleep(300);
    const progress = page.locator('progress, [role="progressbar"]');
    let progressSeen = false;
    const { result, peakMB, retainedMB } = await peakHeap(context, page, async () => {
      const from = await page.evaluate(() => performance.now());
      const t0 = Date.now();
      const download = page.waitForEvent('download', { timeout: 180_000 });
      // Settled even when the page dies first: then the click or the wait below reports it.
      download.catch(() => {});
      await page.getByRole('button', { name: /^(download|export) json/i }).click();
      // Whether the page shows its progress while it works, looked for until the file comes.
      let waiting = true;
      const watch = (async () => {
        while (waiting && !progressSeen) {
          progressSeen = (await progress.count().catch(() => 0)) > 0;
          await sleep(50);
        }
      })();
      const d = await download;
      const ms = Date.now() - t0;
      waiting = false;
      await watch;
      await d.saveAs(file);
      return { ms, from };
    });
    const tasks = (await observed(page)).longTasks.filter((t) => t.start + t.duration >= result.from);
    const longest = Math.max(0, ...tasks.map((t) => t.duration));
    const size = statSync(file).size / 1024 / 1024;
    add({
      group: 'export',
      figure: `all history as JSON, ${label}: click → file`,
      unit: 'ms',
      value: result.ms,
      note: `${size.toFixed(1)} MB file; progress ${progressSeen ? 'shown' : 'not seen'}`,
    });
    // Information only: Chromium's 'longtask' entries miss work run from a storage callback (they
    // showed 0 for the old export that froze the page for 2.8 s of CPU). tests/e2e/export-all.e2e.ts
    // measures the longest main-thread work from a performance trace and asserts it.
    add({
      group: 'export',
      figure: '  longest task seen by PerformanceObserver (misses storage callbacks)',
      unit: 'ms',
      value: longest,
      note: `${tasks.length} long tasks (> 50 ms); not a verdict, see tests/e2e/export-all.e2e.ts`,
    });
    add({ group: 'export', figure: '  peak JS heap in use during it (every 100 ms)', unit: 'MB', value: peakMB });
    add({
      group: 'export',
      figure: '  peak JS heap retained during it (after a GC, every 300 ms)',
      unit: 'MB',
      value: retainedMB,
    });
    return retainedMB;
  } catch (err) {
    add({
      group: 'export',
      figure: `all history as JSON, ${label}`,
      unit: '',
      value: Number.NaN,
      failed: true,
      note: crashed ? 'the page crashed' : err instanceof Error ? err.message.split('\n')[0] : String(err),
    });
    return Number.NaN;
  } finally {
    removeDir(file);
    if (!page.isClosed()) await page.close().catch(() => {});
  }
}
