import { afterEach, describe, expect, it } from 'vitest';
import { fastSettings, launch, promptPage, schedulerState, setSettings, storedRecords, waitFor } from './extension';
import type { Launched } from './extension';

let ext: Launched | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

describe('the open prompt window follows the waiting prompt', () => {
  it('"Take a break now" while a posture check waits adds the stretch part to the open window, with a working snooze', async () => {
    ext = await launch();
    const l = ext;
    // Posture due within seconds; stretch breaks off the schedule, so only "break now" brings one.
    await setSettings(
      l,
      fastSettings((s) => (s.posture = { enabled: true, everySec: 3 })),
    );
    const prompt = await promptPage(l);
    await prompt.getByRole('button', { name: 'Fixed it' }).waitFor();
    const before = await schedulerState(l);
    expect(before.pending).toMatchObject({ kinds: ['posture'], open: ['posture'] });
    // Marks this very document: a reload would lose it.
    await prompt.evaluate(() => {
      (window as unknown as { limberMark: number }).limberMark = 1;
    });

    // "Take a break now" from the toolbar popup (it closes itself once sent).
    const popup = await l.context.newPage();
    await popup.goto(l.url('popup.html'));
    await popup.getByRole('button', { name: 'Take a break now' }).click();
    const after = await waitFor(
      () => schedulerState(l),
      (s) => s.pending?.kinds.includes('stretch'),
    );
    expect(after.pending).toMatchObject({ id: before.pending.id, open: ['posture', 'stretch'], manual: true });
    expect(after.pending.snoozesLeft.stretch).toBeGreaterThan(0);

    // The window already open shows the stretch part, without a reload, and its snooze works.
    await prompt.getByRole('region', { name: 'Stretch break' }).waitFor({ timeout: 5_000 });
    await prompt.getByRole('heading', { level: 1, name: 'Limber check-in' }).waitFor();
    expect(await prompt.evaluate(() => (window as unknown as { limberMark?: number }).limberMark)).toBe(1);
    expect(await prompt.getByRole('button', { name: 'No snoozes left' }).count()).toBe(0);
    const snooze = prompt.getByRole('button', { name: 'Snooze 5 s' });
    expect(await snooze.isEnabled()).toBe(true);
    await snooze.click();
    const records = await waitFor(
      () => storedRecords(l),
      (rs) => rs.filter((r) => r.outcome === 'snoozed').length === 2,
    );
    expect(records.map((r) => [r.kind, r.outcome]).sort()).toEqual([
      ['posture', 'snoozed'],
      ['stretch', 'snoozed'],
    ]);
  });
});
