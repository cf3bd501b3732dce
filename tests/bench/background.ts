/**
 * The background's real lifetime, in a Chromium of its own driven through a pipe (cdp-pipe.ts) that
 * attaches to no worker: the idle worker stopped by the browser, and the worker's starts over a
 * scripted scenario. Starts are seen from outside (target discovery: a service-worker target appears
 * when the worker starts and goes when it stops); before each step the worker is stopped, then one
 * thing happens, and a start within WAIT_MS counts as a wake-up for it.
 */
import { fastSettings } from '../e2e/extension';
import { add, BENCH_EXT, sleep } from './common';
import { launchPiped } from './cdp-pipe';
import type { PipedBrowser } from './cdp-pipe';

const REPS = 4;
const WAIT_MS = 1500;
const IDLE_BUDGET_S = 35;

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The background worker's starts and whether it is running, as target discovery reports them. */
function watchWorker(b: PipedBrowser) {
  const running = new Set<string>();
  const w = { starts: 0, running, extensionId: '', firstSeen: 0, lastStopped: 0 };
  b.on('Target.targetCreated', (p) => {
    const t = (p as { targetInfo: TargetInfo }).targetInfo;
    if (t.type !== 'service_worker' || !t.url.endsWith('/background.js')) return;
    w.extensionId ||= new URL(t.url).host;
    w.firstSeen ||= Date.now();
    w.starts++;
    running.add(t.targetId);
  });
  b.on('Target.targetDestroyed', (p) => {
    if (running.delete((p as { targetId: string }).targetId)) w.lastStopped = Date.now();
  });
  return w;
}

async function until(ok: () => boolean, timeout: number): Promise<boolean> {
  const end = Date.now() + timeout;
  while (!ok()) {
    if (Date.now() > end) return false;
    await sleep(50);
  }
  return true;
}

export async function measureBackground(): Promise<void> {
  const b = launchPiped(BENCH_EXT);
  try {
    const w = watchWorker(b);
    await b.send('Target.setDiscoverTargets', { discover: true });
    // 1. Left alone after its start (install, the welcome page), the browser stops the worker.
    if (!(await until(() => w.firstSeen > 0, 15_000))) throw new Error('the background worker never started');
    const stopped = await until(() => w.running.size === 0, 90_000);
    add({
      group: 'background',
      figure: 'idle worker stopped by the browser, after',
      unit: 's',
      value: stopped ? (w.lastStopped - w.firstSeen) / 1000 : Number.POSITIVE_INFINITY,
      budgets: [{ on: 'value', max: IDLE_BUDGET_S }],
      note: stopped ? 'nothing keeps it alive (Chrome stops an idle worker after 30 s)' : 'still running after 90 s',
    });
    await wakeScenario(b, w);
  } finally {
    await b.close();
  }
}

async function wakeScenario(b: PipedBrowser, w: ReturnType<typeof watchWorker>): Promise<void> {
  const ext = (path: string): string => `chrome-extension://${w.extensionId}/${path}`;
  const open = async (url: string): Promise<{ targetId: string; sessionId: string }> => {
    const { targetId } = await b.send<{ targetId: string }>('Target.createTarget', { url });
    const { sessionId } = await b.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    return { targetId, sessionId };
  };
  const evaluate = async <T>(sessionId: string, expression: string): Promise<T> => {
    const r = await b.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (r.exceptionDetails) throw new Error(`in page: ${r.exceptionDetails.text} (${expression.slice(0, 80)})`);
    return r.result.value;
  };
  const loaded = async (sessionId: string, ready = 'true'): Promise<void> => {
    const end = Date.now() + 15_000;
    while (
      !(await evaluate<boolean>(sessionId, `document.readyState === 'complete' && (${ready})`).catch(() => false))
    ) {
      if (Date.now() > end) throw new Error('page did not load');
      await sleep(50);
    }
  };

  // The driver: an extension page (the benchmark's empty one) that writes storage, sets the alarm,
  // and counts the events the extension's pages receive, so each step shows its event happened.
  const driver = await open(ext('bench/probe.html'));
  await loaded(driver.sessionId);
  await evaluate(
    driver.sessionId,
    `(() => {
      const seen = (globalThis.__events = { removed: 0, bounds: 0, alarm: 0, sync: 0, local: 0 });
      chrome.windows.onRemoved.addListener(() => seen.removed++);
      chrome.windows.onBoundsChanged?.addListener(() => seen.bounds++);
      chrome.alarms.onAlarm.addListener(() => seen.alarm++);
      chrome.storage.onChanged.addListener((_, area) => seen[area === 'sync' ? 'sync' : 'local']++);
    })()`,
  );
  const events = (kind: string): Promise<number> => evaluate<number>(driver.sessionId, `globalThis.__events.${kind}`);
  const setSettings = async (snoozeSec: number): Promise<void> =>
    void (await evaluate(
      driver.sessionId,
      `chrome.storage.sync.set({ settings: ${JSON.stringify(fastSettings((s) => (s.snooze = { sec: snoozeSec, limit: 3 })))} })`,
    ));
  await setSettings(5);
  await sleep(1000);

  /** Stops the worker and waits until nothing starts it again. */
  const quiesce = async (): Promise<void> => {
    await b.send('ServiceWorker.enable', {}, driver.sessionId);
    for (let i = 0; i < 10; i++) {
      await b.send('ServiceWorker.stopAllWorkers', {}, driver.sessionId);
      await until(() => w.running.size === 0, 5000);
      await sleep(300);
      if (w.running.size === 0) return;
    }
    throw new Error('the background worker keeps restarting');
  };

  const step = async (
    name: string,
    act: (i: number) => Promise<void>,
    opts: { setup?: (i: number) => Promise<void>; event?: string; budget?: number } = {},
  ): Promise<void> => {
    let wakes = 0;
    let delivered = 0;
    for (let i = 0; i < REPS; i++) {
      await opts.setup?.(i);
      await sleep(500);
      await quiesce();
      const starts = w.starts;
      const before = opts.event ? await events(opts.event) : 0;
      await act(i);
      await sleep(WAIT_MS);
      if (w.starts > starts) wakes++;
      if (opts.event && (await events(opts.event)) > before) delivered++;
    }
    add({
      group: 'wake-ups',
      figure: `${name}: worker started`,
      unit: `of ${REPS}`,
      value: wakes,
      ...(opts.budget !== undefined ? { budgets: [{ on: 'value', max: opts.budget }] } : {}),
      note: opts.event ? `the event reached an extension page ${delivered} of ${REPS} times` : undefined,
    });
  };

  await step(
    'an unrelated window opened and closed',
    async () => {
      const { targetId } = await b.send<{ targetId: string }>('Target.createTarget', {
        url: 'about:blank',
        newWindow: true,
      });
      await sleep(300);
      await b.send('Target.closeTarget', { targetId });
    },
    { event: 'removed', budget: 0 },
  );

  let windowId = 0;
  let resized = '';
  await step(
    'a window resized',
    async (i) => {
      await b.send('Browser.setWindowBounds', { windowId, bounds: { width: 900 + 20 * (i + 1), height: 700 } });
    },
    {
      event: 'bounds',
      setup: async (i) => {
        if (i > 0) return;
        const { targetId } = await b.send<{ targetId: string }>('Target.createTarget', {
          url: 'about:blank',
          newWindow: true,
        });
        resized = targetId;
        ({ windowId } = await b.send<{ windowId: number }>('Browser.getWindowForTarget', { targetId }));
      },
    },
  );
  await b.send('Target.closeTarget', { targetId: resized });

  let popup: { targetId: string; sessionId: string } | null = null;
  const closePopup = async (): Promise<void> => {
    if (popup) await b.send('Target.closeTarget', { targetId: popup.targetId });
    popup = null;
  };
  const usable = `[...document.querySelectorAll('.rating-btn')].filter((x) => !x.disabled && x.getAttribute('aria-disabled') !== 'true').length >= 11`;
  await step('the popup opened (nothing clicked)', async () => {
    await closePopup();
    popup = await open(ext('popup.html'));
    await loaded(popup.sessionId, usable);
  });
  await step('a settings change stored by a page', (i) => setSettings(6 + i), { event: 'sync' });
  await step(
    'a rating stored by the popup',
    async () => {
      await evaluate(popup!.sessionId, `document.querySelectorAll('.rating-btn')[5].click()`);
    },
    {
      event: 'local',
      setup: async () => {
        await closePopup();
        popup = await open(ext('popup.html'));
        await loaded(popup.sessionId, usable);
      },
    },
  );
  await closePopup();
  await step(
    'the wake alarm fired',
    async () =>
      void (await evaluate(driver.sessionId, `chrome.alarms.create('limber-wake', { when: Date.now() + 200 })`)),
    { event: 'alarm' },
  );
}
