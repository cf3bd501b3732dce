/**
 * The breathing break in real Chromium with the system's "reduce motion" on: it arrives by itself
 * when switched on, its guide runs in words and a stepping bar while the circle holds still, and
 * Done stores a breathing break with the seconds it ran. Without reduced motion the circle moves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { currentSettings, launch, promptPage, setSettings, storedRecords, waitFor } from './extension';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function runBreathing(reducedMotion: 'reduce' | 'no-preference') {
  ext = await launch({ reducedMotion });
  const l = ext;
  await setSettings(
    l,
    currentSettings((s) => (s.breathing = { enabled: true, everySec: 3 })),
  );
  const prompt = await promptPage(l);
  await prompt.getByRole('heading', { level: 1, name: 'Breathing break' }).waitFor();
  await prompt.getByRole('button', { name: 'Start 1 minute' }).click();
  await prompt.getByRole('status').filter({ hasText: 'Breathe in' }).waitFor();
  const circle = prompt.locator('.breathing-circle');
  const look = () =>
    circle.evaluate((el) => ({
      transform: getComputedStyle(el).transform,
      transition: getComputedStyle(el).transitionDuration,
    }));
  const inPhase = await look();
  await prompt.getByRole('status').filter({ hasText: 'Breathe out' }).waitFor({ timeout: 6000 });
  const outPhase = await look();
  return { l, prompt, inPhase, outPhase };
}

describe('the breathing break in real Chromium', () => {
  it('with reduced motion: the words and the bar guide, the circle holds still; Done stores it', async () => {
    const { l, prompt, inPhase, outPhase } = await runBreathing('reduce');
    expect(inPhase).toEqual({ transform: 'none', transition: '0s' });
    expect(outPhase).toEqual(inPhase);
    const bar = prompt.getByRole('progressbar', { name: 'Minute of breathing' });
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThanOrEqual(4);
    await prompt.getByRole('button', { name: 'Done' }).click();
    const records = await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.kind === 'breathing'),
    );
    const rec = records.find((r) => r.kind === 'breathing');
    expect(rec).toMatchObject({ type: 'break', kind: 'breathing', outcome: 'done' });
    expect(rec.seconds).toBeGreaterThanOrEqual(4);
  });

  it('without reduced motion the circle grows and shrinks with the breath', async () => {
    const { inPhase, outPhase } = await runBreathing('no-preference');
    expect(inPhase.transition).toBe('4s');
    expect(outPhase.transition).toBe('6s');
  });
});
