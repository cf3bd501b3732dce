import { describe, expect, it } from 'vitest';
import { launch, schedulerState, SCREENSHOTS, seedPrompt, stopWorker, storedRecords, waitFor } from './extension';

describe("the popup's rating before the rest of the popup has loaded (real Chromium)", () => {
  it('works with only its first script: the click is stored by the page, and the stopped background, woken by the stored rating, settles the waiting pain prompt', async () => {
    const l = await launch();
    try {
      await seedPrompt(l);
      await stopWorker(l);
      const page = await l.context.newPage();
      // Everything after the first script is refused: the page is the static markup and that script.
      await page.route(/\/chunks\/mount-[^/]*\.js$/, (r) => r.abort());
      const requested: string[] = [];
      page.on('request', (r) => void requested.push(new URL(r.url()).pathname));
      await page.goto(l.url('popup.html'));
      const six = page.getByRole('button', { name: '6 of 10' });
      await expect(six.isEnabled()).resolves.toBe(true);
      expect(await page.getByRole('group', { name: 'How much pain right now?' }).count()).toBe(1);
      await six.click();
      const [rating] = await waitFor(
        () => storedRecords(l),
        (rs) => rs.length === 1,
      );
      expect(rating).toMatchObject({ type: 'rating', score: 6, source: 'manual' });
      expect(await six.getAttribute('aria-pressed')).toBe('true');
      await waitFor(
        () => schedulerState(l),
        (s) => s.pending === null,
      );
      await page.screenshot({ path: `${SCREENSHOTS}popup-first-script-only.png` });
      // What it ran: its own script and the one chunk that script imports (the size check and the
      // benchmark count the rest, loaded after).
      const scripts = requested.filter((p) => p.endsWith('.js'));
      expect(scripts.slice(0, 2)).toEqual([expect.stringMatching(/\/popup-/), expect.stringMatching(/\/first-/)]);
    } finally {
      await l.close();
    }
  }, 60_000);

  it('reads digit keys with only its first script: "1", a pause, "0" stores one rating of 10', async () => {
    const l = await launch();
    try {
      const page = await l.context.newPage();
      await page.route(/\/chunks\/mount-[^/]*\.js$/, (r) => r.abort());
      await page.goto(l.url('popup.html'));
      await expect(page.getByRole('button', { name: '6 of 10' }).isEnabled()).resolves.toBe(true);
      await page.keyboard.press('1');
      await page.getByText(/press 0 for 10, or Enter to save 1/).waitFor();
      await new Promise((r) => setTimeout(r, 500));
      expect(await storedRecords(l)).toEqual([]);
      await page.keyboard.press('0');
      const stored = await waitFor(
        () => storedRecords(l),
        (rs) => rs.length > 0,
      );
      expect(stored.map((r) => (r.type === 'rating' ? r.score : r.type))).toEqual([10]);
      expect(await page.getByText(/press 0 for 10/).count()).toBe(0);
    } finally {
      await l.close();
    }
  }, 60_000);
});
