import { launch } from '../../e2e/extension';
import { BENCH_EXT } from '../common';
import { prepareBenchExtension } from '../sizes';
import { setPending, quietSettings, clearRatings } from '../scenes';
import { clickFive, waitStored, observePage } from '../observe';
const CLICK = process.env.CLICK === '1';
prepareBenchExtension();
const l = await launch({ extensionDir: BENCH_EXT });
await quietSettings(l);
await setPending(l, false);
await l.context.addInitScript(observePage);
const page = await l.context.newPage();
await page.addInitScript(() => {
  const o = new MutationObserver(() => {
    const b = document.querySelectorAll<HTMLButtonElement>('button.rating-btn');
    if (b.length >= 11 && ![...b].some((x) => x.disabled)) { performance.mark('usable'); o.disconnect(); }
  });
  o.observe(document, { childList: true, subtree: true, attributes: true });
});
const res: Record<string, number[][]> = { floor: [], popup: [] };
for (let i = 0; i < 30; i++)
  for (const [name, path] of [['floor', 'bench/floor.html'], ['popup', 'popup.html']] as const) {
    await new Promise((r) => setTimeout(r, 100));
    await page.goto(l.url('bench/probe.html'));
    await page.goto(l.url(path));
    await page.waitForFunction(() => performance.getEntriesByName('usable').length > 0);
    if (CLICK) { await clickFive(page); await waitStored(page); }
    const r = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return [nav.responseEnd, nav.domInteractive, performance.getEntriesByName('script-start')[0]?.startTime ?? -1, performance.getEntriesByName('usable')[0]!.startTime];
    });
    res[name]!.push(r);
    await page.goto(l.url('bench/probe.html'));
    if (CLICK) { await setPending(l, false); await clearRatings(l); }
  }
const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [name, rows] of Object.entries(res))
  console.log(name, ['responseEnd', 'domInteractive', 'scriptStart', 'usable'].map((k, i) => `${k}=${med(rows.map((r) => r[i]!)).toFixed(1)}`).join(' '));
await l.close();
