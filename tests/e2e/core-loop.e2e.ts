import { afterEach, describe, expect, it } from 'vitest';
import {
  browserLocalDate,
  browserMinuteOfDay,
  fastSettings,
  launch,
  promptPage,
  schedulerState,
  setSettings,
  storedRecords,
  waitFor,
} from './extension';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('the core loop in real Chromium', () => {
  it('prompts by itself, stores a one-click rating, a posture answer and a snoozed break that comes back', async () => {
    ext = await launch({ timeZone: 'Europe/Berlin' });
    const l = ext;
    const minute = await browserMinuteOfDay(l);
    // A pain time "now": the installed extension opens the prompt window by itself.
    await setSettings(
      l,
      fastSettings((s) => (s.pain = { enabled: true, times: [minute], afterBreak: false })),
    );
    const prompt = await promptPage(l);
    await prompt.getByText('How much pain right now?').waitFor();
    // The window's address names the prompt, so its first script draws the scale before reading storage.
    const address = new URL(prompt.url()).searchParams;
    const waiting = (await schedulerState(l)).pending;
    expect([address.get('p'), address.get('k')]).toEqual([waiting?.id, 'pain']);
    await prompt.getByRole('button', { name: '6 of 10' }).click();
    const today = await browserLocalDate(l);
    const [rating] = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length === 1,
    );
    expect(rating).toMatchObject({ type: 'rating', score: 6, source: 'prompt', date: today, tz: expect.any(Number) });
    expect(rating.tz).toBe(await l.probe.evaluate(() => -new Date().getTimezoneOffset()));

    // Body regions and a note amend the same record.
    await prompt.getByRole('button', { name: 'Neck' }).click();
    await prompt.getByLabel('Note (optional)').fill('<b>long call</b>');
    await prompt.getByRole('button', { name: 'Save details' }).click();
    await prompt.getByText('Details saved.').waitFor();
    const amended = await waitFor(
      () => storedRecords(l),
      (rs) => rs[0]?.note !== undefined,
    );
    expect(amended).toHaveLength(1);
    expect(amended[0]).toMatchObject({ id: rating.id, score: 6, regions: ['neck'], note: '<b>long call</b>' });

    // A posture check on a 3-second interval arrives in the reused window.
    await setSettings(
      l,
      fastSettings((s) => (s.posture = { enabled: true, everySec: 3 })),
    );
    const posturePage = await promptPage(l);
    await posturePage.getByRole('button', { name: 'Fixed it' }).click();
    const withPosture = await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.kind === 'posture'),
    );
    expect(withPosture.find((r) => r.kind === 'posture')).toMatchObject({
      type: 'break',
      outcome: 'done',
      fixed: true,
      item: 0,
    });
    // Everything answered and no details to add: the window closes by itself.
    if (!posturePage.isClosed()) await posturePage.waitForEvent('close');

    // A stretch break, snoozed for 5 s, comes back.
    await setSettings(
      l,
      fastSettings((s) => (s.stretch = { enabled: true, everySec: 3, lengthSec: 60 })),
    );
    const stretchPage = await promptPage(l);
    await stretchPage.getByRole('button', { name: 'Start' }).waitFor();
    await stretchPage.getByRole('button', { name: 'Snooze 5 s' }).click();
    const snoozed = await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.kind === 'stretch'),
    );
    expect(snoozed.filter((r) => r.kind === 'stretch')).toEqual([expect.objectContaining({ outcome: 'snoozed' })]);
    const back = await waitFor(
      () => schedulerState(l),
      (s) => s.pending?.open.includes('stretch'),
      20_000,
    );
    expect(back.pending.snoozesLeft.stretch).toBe(2);
    const again = await promptPage(l);
    await again.getByRole('button', { name: 'Snooze 5 s' }).waitFor();
    await again.getByRole('button', { name: 'Done' }).click();
    const done = await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.kind === 'stretch' && r.outcome === 'done'),
    );
    expect(done.filter((r) => r.kind === 'stretch').map((r) => r.outcome)).toEqual(['snoozed', 'done']);
  });

  it('the popup shows what comes next and rates in one click', async () => {
    ext = await launch();
    const l = ext;
    await setSettings(
      l,
      fastSettings((s) => {
        s.posture = { enabled: true, everySec: 1800 };
        s.stretch = { enabled: true, everySec: 3600, lengthSec: 300 };
      }),
    );
    const popup = l.probe;
    const next = popup.getByRole('region', { name: 'Coming up' });
    await expect
      .poll(() => next.getByRole('listitem').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Pain rating\s+off$/),
        expect.stringMatching(/^Posture check\s+.+\(in 30 minutes\)$/),
        expect.stringMatching(/^Stretch break\s+.+\(in 60 minutes\)$/),
      ]);
    await popup.getByRole('button', { name: '3 of 10' }).click();
    await popup.getByText(/Saved: 3 at/).waitFor();
    const records = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length === 1,
    );
    expect(records[0]).toMatchObject({ type: 'rating', score: 3, source: 'manual' });

    await popup.getByRole('button', { name: '1 hour' }).click();
    await popup.getByText(/Paused until/).waitFor();
    await popup.getByRole('button', { name: 'Resume' }).click();
    await popup.getByRole('button', { name: '1 hour' }).waitFor();
  });
});
