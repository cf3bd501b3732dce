import { afterEach, describe, expect, it } from 'vitest';
import {
  browserMinuteOfDay,
  fastSettings,
  launch,
  promptPage,
  schedulerState,
  setSettings,
  stopWorker,
  storedRecords,
  waitFor,
  writeRatings,
} from './extension';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('resilience in real Chromium', () => {
  it('goes on after the service worker is stopped mid-cycle: no prompt lost or doubled', async () => {
    ext = await launch();
    const l = ext;
    await setSettings(
      l,
      fastSettings((s) => (s.posture = { enabled: true, everySec: 4 })),
    );

    const answerNext = async (): Promise<string> => {
      const state = await waitFor(
        () => schedulerState(l),
        (s) => s.pending?.open.includes('posture'),
      );
      const page = await promptPage(l);
      await page.getByRole('button', { name: 'Already good' }).click();
      await waitFor(
        () => storedRecords(l),
        (rs) => rs.some((r) => r.id === `${state.pending.id}:posture`),
      );
      if (!page.isClosed()) await page.waitForEvent('close');
      return state.pending.id;
    };

    const first = await answerNext();
    // Stop the worker as Chrome does after 30 s without events; the alarm must wake a new one,
    // which rebuilds everything from storage.
    await stopWorker(l);
    const second = await answerNext();
    // And once more while a prompt is waiting.
    await waitFor(
      () => schedulerState(l),
      (s) => s.pending?.open.includes('posture'),
    );
    await stopWorker(l);
    const third = await answerNext();
    const fourth = await answerNext();

    expect(new Set([first, second, third, fourth]).size).toBe(4);
    const posture = (await storedRecords(l)).filter((r) => r.kind === 'posture');
    expect(posture.map((r) => r.id).sort()).toEqual([first, second, third, fourth].map((id) => `${id}:posture`).sort());
    expect(posture.every((r) => r.outcome === 'done')).toBe(true);
  });

  it('3 pages writing 50 ratings each at the same time store all 150, while a prompt window saves details', async () => {
    ext = await launch();
    const l = ext;
    // A rating made in the prompt window, whose details are saved while the popups write.
    await setSettings(
      l,
      fastSettings((s) => (s.pain = { enabled: true, times: [], afterBreak: false })),
    );
    const minute = await browserMinuteOfDay(l);
    await setSettings(
      l,
      fastSettings((s) => (s.pain = { enabled: true, times: [minute], afterBreak: false })),
    );
    const prompt = await promptPage(l);
    await prompt.getByRole('button', { name: '7 of 10' }).click();
    const [seed] = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length === 1,
    );
    await prompt.getByRole('button', { name: 'Shoulders' }).click();

    const pages = await Promise.all([0, 1, 2].map(() => l.context.newPage()));
    await Promise.all(pages.map((p) => p.goto(l.url('popup.html'))));
    await Promise.all(pages.map((p) => p.getByRole('button', { name: '4 of 10' }).waitFor()));
    const writers = pages.map((p, w) => writeRatings(p, 50, w * 3));
    const details = (async () => {
      await new Promise((r) => setTimeout(r, 300));
      await prompt.getByRole('button', { name: 'Save details' }).click();
      await prompt.getByText('Details saved.').waitFor();
    })();
    await Promise.all([...writers, details]);

    const all = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length >= 151,
    );
    expect(all).toHaveLength(151);
    expect(new Set(all.map((r) => r.id)).size).toBe(151);
    expect(all.filter((r) => r.source === 'manual')).toHaveLength(150);
    expect(all.find((r) => r.id === seed.id)).toMatchObject({ score: 7, regions: ['shoulders'] });
  });
});
