/**
 * The morning check in real Chromium: switched on, it arrives by itself at the first active minute
 * of a work day (here: work hours all day, so that minute is now), is answered in the prompt
 * window, and stores exactly one morning record; the day's check is then done. Then, in the
 * diary, by keyboard: an answer changed and another cleared, stored with the mark of what it first
 * said, and the entry says so.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  browserLocalDate,
  currentSettings,
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

const withMorning = () => currentSettings((s) => (s.morning = { enabled: true }));

describe('the morning check in real Chromium', () => {
  it('arrives by itself at the first active minute of a work day, stores one record, and is changed in the diary', async () => {
    ext = await launch();
    const l = ext;
    await setSettings(l, withMorning());
    const prompt = await promptPage(l);
    await prompt.getByRole('heading', { level: 1, name: 'Morning check' }).waitFor();
    const sleep = prompt.getByRole('group', { name: 'How did you sleep last night?' });
    await sleep.getByRole('button', { name: '5 of 10' }).click();
    await prompt.getByRole('radio', { name: 'Under 30 minutes' }).check();
    await prompt
      .getByRole('group', { name: 'How tired are you right now?' })
      .getByRole('button', { name: '2 of 10' })
      .click();
    await prompt.getByRole('button', { name: 'Save morning check' }).click();
    const today = await browserLocalDate(l);
    const records = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length > 0,
    );
    expect(records).toEqual([
      expect.objectContaining({ v: 2, type: 'morning', date: today, sleep: 5, stiffness: 'under30', fatigue: 2 }),
    ]);
    await prompt.getByText('Saved.').waitFor();
    // The day's check is done: nothing waits, and the next wake-up is not another morning check today.
    const state = await waitFor(
      () => schedulerState(l),
      (s) => s.pending === null,
    );
    expect(state.morning).toEqual({ done: today });
    // Asked once a day: a settings change (which wakes the background) brings no second check.
    await setSettings(l, { ...withMorning(), snooze: { sec: 6, limit: 3 } });
    await new Promise((r) => setTimeout(r, 1500));
    expect((await schedulerState(l)).pending).toBeNull();
    expect(await storedRecords(l)).toHaveLength(1);

    // The diary changes it: sleep 5 → 6 by Tab and Enter, stiffness cleared; Enter saves.
    const diary = await l.context.newPage();
    await diary.goto(l.url('diary.html'));
    await diary.getByRole('button', { name: /^Edit the morning check of / }).click();
    const form = diary.getByRole('form', { name: /^Edit the morning check of / });
    const five = form
      .getByRole('group', { name: 'How did you sleep last night?' })
      .getByRole('button', { name: '5 of 10' });
    await expect.poll(() => five.evaluate((b) => b === document.activeElement)).toBe(true);
    await diary.keyboard.press('Tab');
    await diary.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Clear the answer: How long were you stiff after getting up?' }).click();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await diary.getByText('Changes saved.').waitFor();
    const [changed] = await waitFor(
      () => storedRecords(l),
      (rs) => rs[0]?.edited !== undefined,
    );
    expect(changed).toMatchObject({
      sleep: 6,
      fatigue: 2,
      edited: { from: { sleep: 5, stiffness: 'under30', fatigue: 2 } },
    });
    expect(changed.stiffness).toBeUndefined();
    await diary
      .getByText(/first answered: sleep 5 of 10 \(10 = worst\), stiffness under 30 min, fatigue 2 of 10$/)
      .waitFor();
  });
});
