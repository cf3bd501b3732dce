/**
 * The background, as information: cold start of a stopped worker (its alarm → the prompt window
 * open), and wake-ups over a simulated workday (the scheduler core run on a clock, not a browser).
 */
import { fastSettings, promptPage, schedulerState, setSettings, stopWorker, waitFor } from '../e2e/extension';
import { TZ } from '../e2e/summary-fixtures';
import { at, Sim } from '../core/scheduler-harness';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { add, stats } from './common';
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
    figure: 'cold start: alarm time → prompt window open',
    unit: 'ms',
    ...stats(cold),
    note: 'worker stopped before each alarm',
  });
}

// 4. Wake-ups over a simulated workday, default settings, the user answering every prompt.
export function measureWorkdayWakeups(): void {
  const plain = simulateWorkday([]);
  add({
    group: 'simulated',
    figure: `8-hour workday: wake-ups (${plain.wakes}) per prompt shown (${plain.prompts})`,
    value: plain.wakes / plain.prompts,
    unit: '×',
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
    group: 'simulated',
    figure: `+ 1 h meeting, 1 h fullscreen: wake-ups (${held.wakes}) per prompt (${held.prompts})`,
    value: held.wakes / held.prompts,
    unit: '×',
    note: `not counting the hold's own below; ${held.heldKinds} kinds held came after it in ${held.afterHold} prompts`,
  });
  add({
    group: 'simulated',
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
