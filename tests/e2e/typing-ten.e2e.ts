/**
 * Issue 13, part 4, in real Chromium: typing 10 always gives 10. A slow "1", a pause of 1.5 s, then
 * "0" stores one rating of 10 (it stored 1 in the prompt window, and 1 then 0 in the popup); "1"
 * then Enter stores 1.
 */
import { describe, expect, it } from 'vitest';
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

const ratings = async (l: Parameters<typeof storedRecords>[0]) =>
  (await storedRecords(l)).filter((r) => r.type === 'rating').map((r) => r.score);

describe('typing 10 at any speed, in real Chromium', () => {
  it('prompt window and popup: "1", a 1.5 s pause, "0" is one rating of 10; "1" then Enter is 1', async () => {
    const l = await launch();
    try {
      const minute = await browserMinuteOfDay(l);
      await setSettings(
        l,
        fastSettings((s) => {
          s.pain = { enabled: true, times: [minute], afterBreak: false };
        }),
      );
      const prompt = await promptPage(l);
      await prompt.getByRole('button', { name: '6 of 10' }).waitFor();
      await prompt.keyboard.press('1');
      await prompt.getByText(/press 0 for 10, or Enter to save 1/).waitFor();
      await prompt.screenshot({ path: `${SCREENSHOTS}prompt-typed-one.png` });
      await new Promise((r) => setTimeout(r, 1500));
      expect(await ratings(l)).toEqual([]);
      await prompt.keyboard.press('0');
      expect(
        await waitFor(
          () => ratings(l),
          (s) => s.length > 0,
        ),
      ).toEqual([10]);

      const popup = await l.context.newPage();
      await popup.goto(l.url('popup.html'));
      await popup.getByRole('button', { name: '6 of 10' }).first().waitFor();
      await popup.keyboard.press('1');
      await new Promise((r) => setTimeout(r, 1500));
      await popup.keyboard.press('0');
      await popup.getByText(/^Saved: 10 at/).waitFor();
      await popup.keyboard.press('1');
      await popup.keyboard.press('Enter');
      await popup.getByText(/^Saved: 1 at/).waitFor();
      await new Promise((r) => setTimeout(r, 500));
      expect(await ratings(l)).toEqual([10, 10, 1]);
    } finally {
      await l.close();
    }
  }, 60_000);
});
