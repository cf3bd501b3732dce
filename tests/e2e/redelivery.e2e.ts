/**
 * Issue 12, break 6, in real Chromium: a prompt stored by a worker that was stopped before it could
 * show it (no window, no notification) is shown when the worker starts again.
 */
import { describe, expect, it } from 'vitest';
import {
  fastSettings,
  isPromptUrl,
  launch,
  promptPage,
  schedulerState,
  setSettings,
  stopWorker,
  waitFor,
} from './extension';

describe('a waiting prompt is always delivered, in real Chromium', () => {
  it('a prompt stored just before the worker stopped gets its window when the worker is back', async () => {
    const l = await launch();
    try {
      await setSettings(l, fastSettings());
      const state = await waitFor(
        () => schedulerState(l),
        (s) => !!s?.lastTick,
      );
      // What a worker stopped right after storing a prompt leaves behind: the prompt in the stored
      // state, and nothing on screen.
      await stopWorker(l);
      const now = Date.now();
      const pending = {
        id: `p${now}`,
        kinds: ['posture'],
        open: ['posture'],
        shownAt: now,
        expiresAt: now + 600_000,
        manual: false,
        postureItem: 0,
        snoozesLeft: { posture: 3 },
      };
      await l.probe.evaluate((s) => chrome.storage.local.set({ scheduler: s }), {
        ...state,
        pending,
        lastPromptAt: now,
        wakeAt: pending.expiresAt,
      });
      expect(l.context.pages().some((p) => isPromptUrl(p.url()))).toBe(false);

      // The worker comes back (any event starts it; here DevTools does).
      const cdp = await l.context.newCDPSession(l.probe);
      await cdp.send('ServiceWorker.enable');
      const back = Date.now();
      await cdp.send('ServiceWorker.startWorker', { scopeURL: l.url('') });
      const prompt = await promptPage(l, 5_000);
      await prompt.getByRole('button', { name: 'Already good' }).waitFor({ timeout: 5_000 });
      expect(Date.now() - back).toBeLessThan(5_000);
      // Shown once: a second start does not open it again.
      await stopWorker(l);
      await cdp.send('ServiceWorker.startWorker', { scopeURL: l.url('') });
      await new Promise((r) => setTimeout(r, 1500));
      expect(l.context.pages().filter((p) => isPromptUrl(p.url()) && !p.isClosed())).toHaveLength(1);
      await cdp.detach();
    } finally {
      await l.close();
    }
  }, 60_000);
});
