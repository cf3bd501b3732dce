/**
 * Every script a page loads, counted from the browser's network events (CDP), lazy chunks included:
 * those requested before the page was usable, and all of them once it has settled. Sizes are the
 * built files gzipped at level 9 (extension pages are served from disk, with no transfer encoding).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { add, BENCH_EXT, kB, median, sleep } from './common';
import { observed, waitUsable } from './observe';
import { FLOOR, POPUP, PREACT, PROMPT, setPending } from './scenes';
import type { Launched } from '../e2e/extension';
import type { Scene } from './scenes';

const LOADS_EACH = 3;
/** How long after usable a page counts as settled: its lazy chunks and late imports have come. */
const SETTLE_MS = 1500;

const gzCache = new Map<string, number>();
export function gzFile(path: string): number {
  let n = gzCache.get(path);
  if (n === undefined) {
    n = gzipSync(readFileSync(path), { level: 9 }).length;
    gzCache.set(path, n);
  }
  return n;
}

interface Loaded {
  before: string[];
  all: string[];
}

interface Request {
  id: string;
  url: string;
  wallMs: number;
  script: boolean;
}

/** One load of `scene`: the extension's script files it requested, before usable and in all. */
async function scriptsOf(l: Launched, scene: Scene, promptWaiting: boolean): Promise<Loaded> {
  // The popup with a prompt waiting opens as ever; the prompt window at its address (prepare).
  const search = promptWaiting ? void (await setPending(l, true)) : await scene.prepare?.(l);
  await sleep(100);
  const page = await l.context.newPage();
  const cdp = await l.context.newCDPSession(page);
  const requests: Request[] = [];
  const finished = new Set<string>();
  cdp.on('Network.requestWillBeSent', (e) =>
    requests.push({
      id: e.requestId,
      url: e.request.url,
      wallMs: e.wallTime * 1000,
      script: e.type === 'Script' || /\.m?js$/.test(new URL(e.request.url).pathname),
    }),
  );
  cdp.on('Network.loadingFinished', (e) => void finished.add(e.requestId));
  try {
    await cdp.send('Network.enable');
    await page.goto(l.url(scene.path) + (search ?? ''), { waitUntil: 'commit' });
    await waitUsable(page);
    await sleep(SETTLE_MS);
    const o = await observed(page);
    const usableAt = o.origin + o.usable!;
    const scripts = requests.filter((r) => r.script && finished.has(r.id) && r.url.startsWith('chrome-extension://'));
    const path = (r: Request): string => new URL(r.url).pathname;
    return {
      before: [...new Set(scripts.filter((r) => r.wallMs <= usableAt).map(path))],
      all: [...new Set(scripts.map(path))],
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
    // No prompt left waiting for the next page.
    await setPending(l, false);
  }
}

const bytes = (files: readonly string[]): number => files.reduce((n, f) => n + gzFile(`${BENCH_EXT}${f}`), 0);

/** The load of median size among `loads`. */
function medianLoad(loads: string[][]): string[] {
  const m = median(loads.map(bytes));
  return loads.find((files) => bytes(files) === m) ?? loads[0]!;
}

export async function measureNetwork(l: Launched): Promise<void> {
  const runs = async (scene: Scene, promptWaiting = false): Promise<Loaded[]> => {
    const out: Loaded[] = [];
    for (let i = 0; i < LOADS_EACH; i++) out.push(await scriptsOf(l, scene, promptWaiting));
    return out;
  };
  const floorLoads = await runs(FLOOR);
  const floorAll = bytes(medianLoad(floorLoads.map((x) => x.all)));
  const floorBefore = bytes(medianLoad(floorLoads.map((x) => x.before)));
  const report = (name: string, loads: Loaded[], allLoads: string[][], limber: boolean, also = ''): void => {
    const before = medianLoad(loads.map((x) => x.before));
    const all = medianLoad(allLoads);
    add({
      group: 'JS loaded',
      figure: `${name}: JS before usable`,
      unit: 'kB gz',
      value: kB(bytes(before)),
      ratio: bytes(before) / floorBefore,
      ...(limber ? { budgets: [{ on: 'value', max: 8 }] } : {}),
      note: `${before.length} requests`,
      detail: before,
    });
    add({
      group: 'JS loaded',
      figure: `${name}: requests before usable`,
      unit: 'requests',
      value: before.length,
      ...(limber ? { budgets: [{ on: 'value', max: 3 }] } : {}),
    });
    add({
      group: 'JS loaded',
      figure: `${name}: all JS, ${SETTLE_MS / 1000} s after usable${also}`,
      unit: 'kB gz',
      value: kB(bytes(all)),
      ratio: bytes(all) / floorAll,
      ...(limber ? { budgets: [{ on: 'value', max: 20 }] } : {}),
      note: `${all.length} requests`,
      detail: all,
    });
  };
  report(
    'floor',
    floorLoads,
    floorLoads.map((x) => x.all),
    false,
  );
  const preact = await runs(PREACT);
  report(
    'preact',
    preact,
    preact.map((x) => x.all),
    false,
  );
  // The popup's "all": its own load and, in the same round, a load with a prompt waiting, whose view
  // it imports lazily.
  const popup = await runs(POPUP);
  const popupPrompt = await runs(POPUP, true);
  report(
    'popup',
    popup,
    popup.map((x, i) => [...new Set([...x.all, ...popupPrompt[i]!.all])]),
    true,
    ', and with a prompt waiting',
  );
  const prompt = await runs(PROMPT);
  report(
    'prompt window',
    prompt,
    prompt.map((x) => x.all),
    true,
  );
}
