/**
 * JS heap of each page alone. Every extension page of one extension shares a renderer process and
 * its heap, so the probe and every other extension page are closed first (a blank tab, in another
 * process, keeps the browser open), garbage is collected, and the heap is read; the probe is reopened
 * afterwards.
 */
import { add, median, rotated, sleep, stats } from './common';
import { waitUsable } from './observe';
import { FLOOR, PROMPT, SCENES, setPending } from './scenes';
import type { Launched } from '../e2e/extension';
import type { Scene } from './scenes';

const LOADS_EACH = 3;

async function heapAlone(l: Launched, scene: Scene, search: string): Promise<number> {
  const page = await l.context.newPage();
  try {
    await page.goto(l.url(scene.path) + search, { waitUntil: 'commit' });
    await waitUsable(page);
    await sleep(1000);
    const cdp = await l.context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
  } finally {
    await page.close();
  }
}

export async function measureHeap(l: Launched, probePath: string): Promise<void> {
  // Each page's storage is set through the probe before it closes: a prompt waiting for the prompt
  // window, none for the others.
  const keeper = await l.context.newPage();
  const heaps = new Map<Scene, number[]>(SCENES.map((s) => [s, []]));
  try {
    for (let r = 0; r < LOADS_EACH; r++) {
      for (const scene of rotated(SCENES, r)) {
        await l.probe.goto(l.url(probePath));
        // The prompt window at the address the background gives it.
        const search = (await setPending(l, scene === PROMPT)) ?? '';
        for (const p of l.context.pages()) if (p !== keeper) await p.close();
        heaps.get(scene)!.push(await heapAlone(l, scene, search));
        l.probe = await l.context.newPage();
      }
    }
  } finally {
    if (l.probe.isClosed()) l.probe = await l.context.newPage();
    await l.probe.goto(l.url(probePath));
    await setPending(l, false);
    await keeper.close();
  }
  const floor = heaps.get(FLOOR)!;
  for (const [scene, xs] of heaps) {
    const s = stats(xs);
    add({
      group: 'memory',
      figure: `${scene.name}: JS heap, page alone, after GC`,
      unit: 'MB',
      ...s,
      ratio: s.value / median(floor),
      note: `${LOADS_EACH} loads`,
    });
  }
}
