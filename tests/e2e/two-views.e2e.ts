/// <reference types="chrome" />
import { afterEach, describe, expect, it } from 'vitest';
import {
  browserMinuteOfDay,
  fastSettings,
  launch,
  promptPage,
  SCREENSHOTS,
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

describe('two views of one waiting prompt, in real Chromium', () => {
  it('rating 3 in the prompt window and 7 in prompt.html opened again: one rating kept, the other view told so', async () => {
    ext = await launch();
    const l = ext;
    const minute = await browserMinuteOfDay(l);
    // A pain time "now": the extension opens the prompt window by itself.
    await setSettings(
      l,
      fastSettings((s) => (s.pain = { enabled: true, times: [minute], afterBreak: false })),
    );
    const first = await promptPage(l);
    await first.getByRole('button', { name: '3 of 10' }).waitFor();
    const second = await l.context.newPage();
    await second.goto(l.url('prompt.html'));
    await second.getByRole('button', { name: '7 of 10' }).waitFor();

    // Both clicks in one task, the window's first: neither view can have heard of the other's
    // answer. (Pages of one extension share a process, so the window reaches the other view.)
    await first.evaluate(() => {
      const other = chrome.extension.getViews().find((w) => w !== window && w.location.pathname === '/prompt.html') as
        | Window
        | undefined;
      if (!other) throw new Error('the second view is not reachable');
      const button = (doc: Document, label: string): HTMLButtonElement =>
        doc.querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!;
      button(document, '3 of 10').click();
      button(other.document, '7 of 10').click();
    });

    // The part's status line (the safety notice keeps an empty, hidden announcer beside it).
    const painStatus = (page: typeof first) =>
      page.getByRole('region', { name: 'Pain rating' }).getByRole('status').filter({ hasText: /\S/ });
    await expect.poll(() => painStatus(first).textContent(), { timeout: 10_000 }).toMatch(/^Saved: 3 at .+\.$/);
    await expect
      .poll(() => painStatus(second).textContent(), { timeout: 10_000 })
      .toBe('Already answered in another window: pain 3 of 10. Your rating of 7 was not saved.');
    const records = await waitFor(
      () => storedRecords(l),
      (rs) => rs.length > 0,
    );
    expect(records.map((r) => [r.type, r.score])).toEqual([['rating', 3]]);
    await second.screenshot({ path: `${SCREENSHOTS}prompt-answered-elsewhere.png` });
    await second.emulateMedia({ colorScheme: 'dark' });
    await second.screenshot({ path: `${SCREENSHOTS}prompt-answered-elsewhere-dark.png` });

    // Details can be added only where the rating was saved: the other view offers none.
    expect(await second.getByRole('button', { name: 'Save details' }).count()).toBe(0);
    expect(await second.getByLabel('Note (optional)').count()).toBe(0);
    await first.getByLabel('Note (optional)').fill('after a long call');
    await first.getByRole('button', { name: 'Save details' }).click();
    await first.getByText('Details saved.').waitFor();
    const amended = await waitFor(
      () => storedRecords(l),
      (rs) => rs[0]?.note !== undefined,
    );
    expect(amended).toEqual([expect.objectContaining({ type: 'rating', score: 3, note: 'after a long call' })]);
    // The view that was told its answer was not saved stays open to say so.
    await new Promise((r) => setTimeout(r, 2000));
    expect(second.isClosed()).toBe(false);
  });
});
