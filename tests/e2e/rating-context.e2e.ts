/**
 * A rating's context in real Chromium: after a one-click rating in the prompt window, two tags
 * tapped are stored on that rating at once; the medication tag's name, saved with the details, is
 * offered again with the next rating.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  browserMinuteOfDay,
  currentSettings,
  launch,
  promptPage,
  seedPrompt,
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

describe('context on a rating in real Chromium', () => {
  it('stores two tags tapped after the score on that rating, and remembers the medicine', async () => {
    ext = await launch();
    const l = ext;
    const minute = await browserMinuteOfDay(l);
    await setSettings(
      l,
      currentSettings((s) => {
        s.pain = { enabled: true, times: [minute], afterBreak: false };
        s.context.own = ['Cold office'];
      }),
    );
    const prompt = await promptPage(l);
    await prompt.getByRole('button', { name: '6 of 10' }).click();
    const [rating] = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length === 1,
    );
    const context = prompt.getByRole('group', { name: 'What went with it? (optional)' });
    await context.getByRole('button', { name: 'Stress' }).click();
    await context.getByRole('button', { name: 'Cold office' }).click();
    const tagged = await waitFor(
      () => storedRecords(l),
      (rs) => rs[0]?.ownTags?.length === 1,
    );
    expect(tagged).toEqual([
      expect.objectContaining({ id: rating.id, score: 6, tags: ['stress'], ownTags: ['Cold office'] }),
    ]);

    await context.getByRole('button', { name: 'Medication' }).click();
    await prompt.getByLabel('Medicine (optional)').fill('Ibuprofen 400');
    await prompt.getByRole('button', { name: 'Save details' }).click();
    await prompt.getByText('Details saved.').waitFor();
    const withMedicine = await waitFor(
      () => storedRecords(l),
      (rs) => rs[0]?.medicine !== undefined,
    );
    expect(withMedicine[0]).toMatchObject({ tags: ['stress', 'medication'], medicine: 'Ibuprofen 400' });

    // The next rating offers the same medicine with the medication tag.
    await prompt.close();
    await seedPrompt(l, ['pain']);
    const rate = await l.context.newPage();
    await rate.goto(l.url('prompt.html'));
    await rate.getByRole('button', { name: '4 of 10' }).click();
    await rate
      .getByRole('group', { name: 'What went with it? (optional)' })
      .getByRole('button', { name: 'Medication' })
      .click();
    expect(await rate.getByLabel('Medicine (optional)').inputValue()).toBe('Ibuprofen 400');
    const second = await waitFor(
      () => storedRecords(l),
      (rs) => rs.some((r) => r.score === 4 && r.medicine),
    );
    expect(second.find((r) => r.score === 4)).toMatchObject({ tags: ['medication'], medicine: 'Ibuprofen 400' });
  });
});
