/** The background: cold start of a stopped worker, the worker stopped when idle, wake-ups in a workday. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../e2e/chromium-path.mjs';
import { fastSettings, promptPage, schedulerState, setSettings, stopWorker, waitFor } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { at, Sim } from '../core/scheduler-harness';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { add, BENCH_EXT, median } from './common';
import type { Launched } from '../e2e/extension';
import type { Busy, Plan, SchedulerEvent } from '../../utils/core/scheduler';

export async function measureColdStart(l: Launched): Promise<void> {
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
}

// 3. The service worker must be stopped by the browser when idle: nothing may keep it alive.
// Watched from outside through the DevTools HTTP target list, which attaches to nothing: an
// attached debugger (as Playwright attaches to service workers) would itself keep it running.
export async function measureIdleWorker(): Promise<void> {
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
export function measureWorkdayWakeups(): void {
  const plain = simulateWorkday([]);
  add({
    group: 'background',
    figure: `simulated 8-hour workday: wake-ups (${plain.wakes}) per prompt shown (${plain.prompts})`,
    value: plain.wakes / plain.prompts,
    unit: '×',
    budget: 1,
    note: 'the floor is one wake-up per prompt',
  });
  // The same day with a 60-minute meeting (10:10) and a 60-minute fullscreen video (14:10), each
  // with something falling due under it. Information, not a budget: the cost of holds, apart.
  const held = simulateWorkday([
    { at: '10:10', event: { type: 'meeting', choice: '60m' } },
    // As Chrome reports them: its window size event ends a fullscreen hold (no 30-s look-again).
    { at: '14:10', event: { type: 'busy', busy: { fullscreen: true, audible: false, fullscreenEvents: true } } },
    { at: '15:10', event: { type: 'busy', busy: { fullscreen: false, audible: false, fullscreenEvents: true } } },
  ]);
  add({
    group: 'background',
    figure: `+ 1 h meeting, 1 h fullscreen: wake-ups (${held.wakes}) per prompt (${held.prompts})`,
    value: held.wakes / held.prompts,
    unit: '×',
    note: `not counting the hold's own below; ${held.heldKinds} kinds held came after it in ${held.afterHold} prompts`,
  });
  add({
    group: 'background',
    figure: `  + hold: ${held.lookAgain} look-agains, ${held.holdEnds} meeting end, ${held.holdEvents} events`,
    value: held.lookAgain + held.holdEnds + held.holdEvents,
    unit: 'wakes',
    note: 'look-again every 5 min under fullscreen in Chrome (every 30 s under sound, and in Firefox)',
  });
}

interface WorkdayCount {
  /** The schedule's own alarms (due times, also those inside a hold), and prompts shown. */
  wakes: number;
  prompts: number;
  /** Alarms while something waited under fullscreen or sound (the hold's look-again), and the meeting's end. */
  lookAgain: number;
  holdEnds: number;
  /** The meeting and window events themselves (each one wakes the background). */
  holdEvents: number;
  /** Kinds that fell due under a hold, and the prompts that brought them after. */
  heldKinds: number;
  afterHold: number;
}

/**
 * 09:00–17:00 on a Monday, default settings, every prompt answered 20 s after it shows, every alarm
 * fired at its time; `events` (meeting, window state) arrive at their wall-clock times, and every
 * alarm carries the browser's state then, as the background's alarm listener does.
 */
function simulateWorkday(events: { at: string; event: SchedulerEvent }[]): WorkdayCount {
  const day = '2026-11-23';
  const sim = new Sim(DEFAULT_SETTINGS, TZ);
  let busy: Busy = { fullscreen: false, audible: false };
  const count: WorkdayCount = {
    wakes: 0,
    prompts: 0,
    lookAgain: 0,
    holdEnds: 0,
    holdEvents: 0,
    heldKinds: 0,
    afterHold: 0,
  };
  const queue = events.map((e) => ({ when: at(`${day} ${e.at}`), event: e.event }));
  const answer = (plan: Plan, now: number): void => {
    if (!plan.show) return;
    count.prompts++;
    const held = plan.records.find((r) => r.type === 'hold');
    if (held) count.afterHold++;
    for (const kind of plan.show.open) {
      const a =
        kind === 'pain' ? { action: 'rated', score: 3 } : kind === 'posture' ? { action: 'good' } : { action: 'done' };
      sim.send({ type: 'answer', promptId: plan.show.id, kind, answer: a } as never, now + 20_000);
    }
  };
  const end = at(`${day} 17:00`);
  sim.send({ type: 'start', idle: 'active', busy }, at(`${day} 09:00`));
  for (let guard = 0; guard < 2000; guard++) {
    const wake = sim.state.wakeAt;
    const next = queue[0];
    if (next && (wake === null || next.when <= wake)) {
      queue.shift();
      if (next.event.type === 'busy') busy = next.event.busy;
      count.holdEvents++;
      answer(sim.send(next.event, next.when), next.when);
      continue;
    }
    if (wake === null || wake > end) break;
    const before = sim.state;
    const holding = sim.plans.at(-1)?.plan.holding ?? [];
    if (before.held && holding.some((r) => r !== 'meeting')) count.lookAgain++;
    else if (before.meeting && wake >= before.meeting.until) count.holdEnds++;
    else count.wakes++;
    answer(sim.send({ type: 'alarm', busy }, wake), wake);
  }
  count.heldKinds = sim.records
    .filter((r) => r.type === 'hold')
    .reduce((n, r) => n + (r as { kinds: unknown[] }).kinds.length, 0);
  return count;
}
