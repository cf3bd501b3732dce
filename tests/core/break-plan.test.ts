import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakLengthSec, breakPlan, MIN_REST_SEC } from '../../utils/core/content/break-plan';
import { pickStretches, STRETCHES, stretchCount } from '../../utils/core/content/stretches';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import type { BreakPlan } from '../../utils/core/content/break-plan';

/** The plan a break of `lengthSec` gets with the usual picks (no ratings, nothing hidden). */
function planFor(lengthSec: number, flare: boolean): BreakPlan {
  const stretches = pickStretches([], 0, stretchCount(lengthSec, flare), { gentleOnly: flare });
  return breakPlan(stretches, lengthSec, flare);
}

const restOf = (p: BreakPlan) => p.segments.find((s) => s.kind !== 'stretch');

describe('a break that fills its length', () => {
  it.each([
    { lengthSec: 60, flare: false, perRound: 2, rounds: 1, rest: null },
    { lengthSec: 90, flare: false, perRound: 2, rounds: 1, rest: { kind: 'move', seconds: 30 } },
    { lengthSec: 120, flare: false, perRound: 3, rounds: 1, rest: { kind: 'move', seconds: 30 } },
    { lengthSec: 120, flare: true, perRound: 2, rounds: 1, rest: { kind: 'breathe', seconds: 60 } },
    { lengthSec: 300, flare: false, perRound: 3, rounds: 2, rest: { kind: 'move', seconds: 120 } },
    { lengthSec: 600, flare: false, perRound: 3, rounds: 3, rest: { kind: 'move', seconds: 330 } },
  ])('$lengthSec s, flare $flare: $rounds round(s) of $perRound, then $rest.kind', (c) => {
    const plan = planFor(c.lengthSec, c.flare);
    expect(plan.stretches).toHaveLength(c.perRound);
    expect(plan.rounds).toBe(c.rounds);
    expect(restOf(plan) ?? null).toEqual(c.rest);
    expect(plan.totalSec).toBe(c.lengthSec);
    // Each round goes through the same stretches in the same order.
    const stretchSegments = plan.segments.filter((s) => s.kind === 'stretch');
    expect(stretchSegments.map((s) => s.stretch.id)).toEqual(
      Array.from({ length: c.rounds }, () => plan.stretches.map((s) => s.id)).flat(),
    );
  });

  it('fills a 10-minute break and more, the stretches never over 3 rounds', () => {
    for (const lengthSec of [600, 1200, 3600]) {
      const plan = planFor(lengthSec, false);
      expect(plan.totalSec).toBe(lengthSec);
      expect(plan.rounds).toBe(3);
    }
  });

  it('leaves out a rest under 20 s, never longer than the break', () => {
    const plan = breakPlan(STRETCHES.slice(0, 3), 100, false);
    expect(plan.totalSec).toBe(90);
    expect(restOf(plan)).toBeUndefined();
    expect(100 - plan.totalSec).toBeLessThan(MIN_REST_SEC);
  });

  it('still guides a break when every stretch is hidden: all of it on one’s feet', () => {
    expect(breakPlan([], 300, false)).toEqual({
      stretches: [],
      segments: [{ kind: 'move', seconds: 300 }],
      rounds: 0,
      totalSec: 300,
    });
  });

  it('uses the length flare mode applies: 2 minutes at most', () => {
    expect(breakLengthSec(DEFAULT_SETTINGS, false)).toBe(300);
    expect(breakLengthSec(DEFAULT_SETTINGS, true)).toBe(120);
    expect(breakLengthSec({ stretch: { ...DEFAULT_SETTINGS.stretch, lengthSec: 60 } }, true)).toBe(60);
  });
});

describe('the plan table in docs/clinical-basis.md ("Stretch break")', () => {
  it('says what the code does for each length', () => {
    const text = readFileSync(new URL('../../docs/clinical-basis.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('\n## Stretch break\n'), text.indexOf('\n## Stretches\n'));
    const lines = section.split('\n').filter((l) => /^\| \d+ s/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    for (const line of lines) {
      const [length, flare, perRound, rounds, rest] = line.slice(2, -2).split(' | ');
      const plan = planFor(Number.parseInt(length!, 10), flare === 'yes');
      const r = restOf(plan);
      const restText = !r ? 'none' : `${r.kind === 'move' ? 'on your feet' : 'slow breathing'}, ${r.seconds} s`;
      expect([plan.stretches.length, plan.rounds, restText], line).toEqual([Number(perRound), Number(rounds), rest]);
    }
  });
});
