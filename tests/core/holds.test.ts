/**
 * Held prompts over a period: how many holds, how long in all and at the longest, why, how many
 * prompts were held and what became of them; and a hold is never a missed or unanswered prompt
 * in the adherence figures (docs/clinical-basis.md, "Holds").
 */
import { describe, expect, it } from 'vitest';
import { makeBreak, makeHold, makeRating } from '../../utils/core/data/records';
import { adherence } from '../../utils/core/stats/adherence';
import { holdFigures, noHolds } from '../../utils/core/stats/holds';
import { summarizeDays } from '../../utils/core/stats/weekly-stats';
import type { HoldReason } from '../../utils/core/data/hold-reason';
import type { HeldKind, LimberRecord } from '../../utils/core/data/records';
import type { HoldFigures } from '../../utils/core/stats/holds';

const AT = Date.UTC(2026, 10, 23, 10);
const MIN = 60_000;
let n = 0;
const hold = (reasons: HoldReason[], minutes: number, kinds: HeldKind[], shown: HeldKind[] = kinds) =>
  makeHold({ id: `hold-${n++}`, at: AT, ms: minutes * MIN, reasons, kinds, shown }, 'UTC');
const figures = (over: Partial<HoldFigures>): HoldFigures => ({ ...noHolds(), ...over });

describe('hold figures of a period', () => {
  it.each<[string, LimberRecord[], HoldFigures]>([
    ['no records: nothing held', [], noHolds()],
    [
      'other records are not holds',
      [
        makeBreak({ id: 'b', at: AT, kind: 'stretch', outcome: 'missed' }, 'UTC'),
        makeRating({ id: 'r', at: AT, source: 'prompt', score: 3 }, 'UTC'),
      ],
      noHolds(),
    ],
    [
      'one meeting, two prompts held and both shown after',
      [hold(['meeting'], 45, ['posture', 'stretch'])],
      figures({
        holds: 1,
        totalMs: 45 * MIN,
        longestMs: 45 * MIN,
        byReason: { fullscreen: 0, audible: 0, meeting: 1 },
        held: 2,
        shown: 2,
      }),
    ],
    [
      'a hold that outlasted work: nothing shown, all no longer relevant',
      [hold(['fullscreen'], 120, ['posture', 'eyes'], [])],
      figures({
        holds: 1,
        totalMs: 120 * MIN,
        longestMs: 120 * MIN,
        byReason: { fullscreen: 1, audible: 0, meeting: 0 },
        held: 2,
        dropped: 2,
      }),
    ],
    [
      'a week of holds: totals, the longest, by reason (two reasons count under each)',
      [
        hold(['meeting'], 90, ['stretch', 'pain'], ['stretch']),
        hold(['audible'], 30, ['posture']),
        hold(['fullscreen', 'audible'], 50, ['eyes', 'posture']),
        hold(['meeting'], 80, ['peg']),
      ],
      figures({
        holds: 4,
        totalMs: 250 * MIN,
        longestMs: 90 * MIN,
        byReason: { fullscreen: 1, audible: 2, meeting: 2 },
        held: 6,
        shown: 5,
        dropped: 1,
      }),
    ],
    [
      'a kind listed twice is one prompt; shown outside what was held is not counted',
      [hold(['meeting'], 10, ['posture', 'posture'], ['posture', 'eyes'])],
      figures({
        holds: 1,
        totalMs: 10 * MIN,
        longestMs: 10 * MIN,
        byReason: { fullscreen: 0, audible: 0, meeting: 1 },
        held: 1,
        shown: 1,
      }),
    ],
    [
      'a hold with nothing listed still counts as a hold',
      [hold(['audible'], 5, [])],
      figures({ holds: 1, totalMs: 5 * MIN, longestMs: 5 * MIN, byReason: { fullscreen: 0, audible: 1, meeting: 0 } }),
    ],
  ])('%s', (_, records, expected) => {
    expect(holdFigures(records)).toEqual(expected);
  });
});

describe('holds in the period summary and the adherence figures', () => {
  const week: LimberRecord[] = [
    makeBreak({ id: 'b1', at: AT, kind: 'stretch', outcome: 'done', seconds: 300, guided: 'completed' }, 'UTC'),
    makeBreak({ id: 'b2', at: AT, kind: 'posture', outcome: 'missed' }, 'UTC'),
    hold(['meeting'], 60, ['stretch', 'posture'], []),
    hold(['fullscreen'], 20, ['eyes']),
  ];

  it('a hold is neither a prompt shown nor a missed one', () => {
    const a = adherence(week);
    expect([a.answered, a.shown]).toEqual([1, 2]);
    expect(a.breaks.missed).toBe(0);
    expect(a.breaksOffered).toBe(1);
  });

  it("the summary carries the period's holds, and only the period's", () => {
    const other = { ...hold(['audible'], 15, ['pain']), date: '2026-11-30' };
    const s = summarizeDays([...week, other], ['2026-11-23']);
    expect(s.holds).toEqual(holdFigures(week));
    expect(s.holds.holds).toBe(2);
    expect(s.days[0]!.breaks.missed).toBe(0);
  });
});
