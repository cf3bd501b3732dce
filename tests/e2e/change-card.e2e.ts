/**
 * The summary's change card in each of its states, and the time-of-day rows from the default pain
 * times, in real Chromium with seeded weeks: screenshots to be looked at, and the words checked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, atWallTime } from '../../utils/core/time/local-time';
import { makeRating } from '../../utils/core/data/records';
import { toBuckets } from '../fixtures/history';
import { launch, seedBuckets, SCREENSHOTS } from './extension';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Launched } from './extension';

const TZ = 'Europe/Berlin';
/** A Monday; each state gets two weeks from here on: the week before and the week shown. */
const FIRST = '2025-01-06';
let n = 0;

/** Scores over the days from `monday` on, two a day at 11:00 and 14:30 (the default times). */
function week(monday: string, scores: readonly number[]): LimberRecord[] {
  return scores.map((score, i) =>
    makeRating(
      {
        id: `c${n++}`,
        at: atWallTime(addDays(monday, Math.floor(i / 2)), i % 2 ? 14 * 60 + 30 : 11 * 60, TZ),
        source: 'prompt',
        score,
      },
      TZ,
    ),
  );
}
const ten = (a: number, b = a, split = 5): number[] => Array.from({ length: 10 }, (_, i) => (i < split ? a : b));

interface State {
  name: string;
  before: number[];
  after: number[];
  verdict: string;
  de: string;
}
const STATES: State[] = [
  {
    name: 'not-enough',
    before: [6],
    after: [3, 3],
    verdict: '-50 % · not enough ratings to compare',
    de: '-50 % · zu wenige Bewertungen für einen Vergleich',
  },
  { name: 'same', before: ten(5), after: ten(5, 6, 8), verdict: '+4 % · about the same', de: '+4 % · etwa gleich' },
  {
    name: 'minimal-lower',
    before: ten(6),
    after: ten(5, 6, 6),
    verdict: '-10 % · slightly lower: a minimal change',
    de: '-10 % · etwas niedriger: eine geringe Veränderung',
  },
  {
    name: 'moderate-lower',
    before: ten(6),
    after: ten(4, 5, 8),
    verdict: '-30 % · lower: a moderate, meaningful change',
    de: '-30 % · niedriger: eine deutliche, bedeutsame Veränderung',
  },
  {
    name: 'substantial-lower',
    before: ten(6),
    after: ten(3),
    verdict: '-50 % · much lower: a substantial change',
    de: '-50 % · viel niedriger: eine erhebliche Veränderung',
  },
  {
    name: 'minimal-higher-points',
    before: ten(2),
    after: ten(3),
    verdict: '+50 % · slightly higher: a minimal change',
    de: '+50 % · etwas höher: eine geringe Veränderung',
  },
  {
    name: 'moderate-higher',
    before: ten(4),
    after: ten(5, 6, 4),
    verdict: '+40 % · higher: a moderate, meaningful change',
    de: '+40 % · höher: eine deutliche, bedeutsame Veränderung',
  },
  {
    name: 'substantial-higher',
    before: ten(4),
    after: ten(6),
    verdict: '+50 % · much higher: a substantial change',
    de: '+50 % · viel höher: eine erhebliche Veränderung',
  },
];
const shownWeek = (i: number): string => addDays(FIRST, 14 * i + 7);
/** A week with ratings at each default pain time and outside them. */
const TOD_WEEK = shownWeek(STATES.length);

function records(): LimberRecord[] {
  const out = STATES.flatMap((s, i) => [...week(addDays(shownWeek(i), -7), s.before), ...week(shownWeek(i), s.after)]);
  const at = (day: number, hhmm: [number, number], score: number) =>
    makeRating(
      { id: `t${n++}`, at: atWallTime(addDays(TOD_WEEK, day), hhmm[0] * 60 + hhmm[1], TZ), source: 'manual', score },
      TZ,
    );
  out.push(
    at(0, [11, 2], 3),
    at(1, [11, 40], 4),
    at(0, [14, 35], 5),
    at(1, [15, 10], 6),
    at(0, [17, 0], 7),
    at(2, [16, 20], 6),
    at(2, [8, 30], 2),
    at(3, [21, 0], 5),
  );
  return out;
}

async function states(l: Launched, lang: 'en' | 'de'): Promise<void> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  for (const [i, s] of STATES.entries()) {
    await page.goto(l.url(`summary.html?week=${shownWeek(i)}`));
    const card = page.locator('.change-card');
    await card.waitFor();
    await expect.poll(() => card.locator('.change-verdict').innerText()).toBe(lang === 'en' ? s.verdict : s.de);
    await card.screenshot({ path: `${SCREENSHOTS}change-card-${lang}-${s.name}.png` });
  }
  await page.goto(l.url(`summary.html?week=${shownWeek(3)}`));
  await page.locator('.overview').screenshot({ path: `${SCREENSHOTS}change-overview-${lang}.png` });
  // The clinician report says the change in the same words.
  await page.goto(l.url(`report.html?week=${shownWeek(3)}&weeks=1`));
  const key = page.locator('.report .key');
  await key.getByText(STATES[3]![lang === 'en' ? 'verdict' : 'de']).waitFor();
  await key.screenshot({ path: `${SCREENSHOTS}change-report-${lang}.png` });
  await page.goto(l.url(`summary.html?week=${TOD_WEEK}`));
  const tod = page.locator('section[aria-labelledby="tod-title"]');
  await tod.locator('li').first().waitFor();
  const rows = await tod.locator('li').allInnerTexts();
  // en-US: the browser's own 12-hour clock.
  if (lang === 'en')
    expect(rows.map((r) => r.replace(/\s+/g, ' '))).toEqual([
      'Around 11:00 AM 3.5 · 2 ratings',
      'Around 2:30 PM 5.5 · 2 ratings',
      'Around 5:00 PM 6.5 · 2 ratings',
      'Other times 3.5 · 2 ratings',
    ]);
  await tod.screenshot({ path: `${SCREENSHOTS}time-of-day-${lang}.png` });
  await page.close();
}

describe('the change card and time-of-day rows in real Chromium', () => {
  let en: Launched;
  let de: Launched;
  beforeAll(async () => {
    [en, de] = await Promise.all([launch({ timeZone: TZ, lang: 'en' }), launch({ timeZone: TZ, lang: 'de' })]);
    const buckets = toBuckets(records());
    await Promise.all([seedBuckets(en, buckets), seedBuckets(de, buckets)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([en?.close(), de?.close()]);
  });

  it('shows each state with its words, in English', async () => {
    await states(en, 'en');
  });

  it('shows each state with its words, in German', async () => {
    await states(de, 'de');
  });
});
