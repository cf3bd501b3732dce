/**
 * Usable and click → stored, for the floor, the bare Preact page, the popup and the prompt window,
 * loaded side by side: each round loads every page (LOADS times, in turn), the order rotated each
 * round, so drift over the run falls on all pages alike. Every load is a fresh document in one tab
 * (observe.ts, loadIn).
 */
import { add, LOADS, ROUNDS, rotated, sampled, sleep } from './common';
import { BLANK, clickFive, loadIn, observed, waitStored, waitUsable } from './observe';
import { FLOOR, SCENES } from './scenes';
import type { Page } from 'playwright-core';
import type { Launched } from '../e2e/extension';
import type { Budget } from './common';
import type { Scene } from './scenes';

interface Sample {
  usable: number;
  click: number;
}

/** One load: navigation → usable, then a click on "5" → the rating in storage. */
async function loadAndClick(l: Launched, page: Page, scene: Scene): Promise<Sample> {
  const search = (await scene.prepare?.(l)) ?? '';
  // Whatever the last load left running (the background storing) settles first.
  await sleep(100);
  try {
    await loadIn(page, l.url(BLANK), l.url(scene.path) + search);
    await waitUsable(page);
    await clickFive(page);
    await waitStored(page);
    const o = await observed(page);
    if (!scene.key.test(o.storedKey ?? '')) throw new Error(`${scene.name}: rating stored under ${o.storedKey}`);
    return { usable: o.usable!, click: o.stored! - o.click! };
  } finally {
    // The page is left (its timers stop), and its storage put back, even when the load failed.
    await page.goto(l.url(BLANK)).catch(() => {});
    await scene.after?.(l);
  }
}

const USABLE: Budget[] = [
  { on: 'ratio', max: 1.15 },
  { on: 'p90Ratio', max: 1.3 },
];
const CLICK: Budget[] = [{ on: 'ratio', max: 2 }];

export async function measurePages(l: Launched): Promise<void> {
  const samples = new Map<Scene, Sample[]>(SCENES.map((s) => [s, []]));
  const stage = await l.context.newPage();
  try {
    // One load of each first, not counted: the first load of a page compiles its scripts.
    for (const scene of SCENES) await loadAndClick(l, stage, scene);
    for (let r = 0; r < ROUNDS; r++) {
      const order = rotated(SCENES, r);
      for (let i = 0; i < LOADS; i++)
        for (const scene of order) samples.get(scene)!.push(await loadAndClick(l, stage, scene));
    }
  } finally {
    await stage.close();
  }
  const floor = samples.get(FLOOR)!;
  for (const [scene, xs] of samples) {
    add(
      sampled(
        {
          group: 'usable',
          figure: `${scene.name}: navigation → 11 rating buttons enabled`,
          unit: 'ms',
          ...(scene.limber ? { budgets: USABLE } : {}),
        },
        xs.map((s) => s.usable),
        floor.map((s) => s.usable),
      ),
    );
  }
  for (const [scene, xs] of samples) {
    add(
      sampled(
        {
          group: 'click',
          figure: `${scene.name}: click on 5 → rating in storage.local`,
          unit: 'ms',
          ...(scene.limber ? { budgets: CLICK } : {}),
        },
        xs.map((s) => s.click),
        floor.map((s) => s.click),
      ),
    );
  }
}
