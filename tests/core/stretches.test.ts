import { describe, expect, it } from 'vitest';
import { makeRating } from '../../utils/core/data/records';
import { pickStretches, STRETCHES, stretchCount } from '../../utils/core/content/stretches';
import type { Region } from '../../utils/core/content/regions';

const NOW = Date.UTC(2026, 10, 23, 12);
const rate = (score: number, regions: Region[], daysAgo = 1) =>
  makeRating(
    { id: `${score}${regions.join()}${daysAgo}`, at: NOW - daysAgo * 86_400_000, source: 'prompt', score, regions },
    'UTC',
  );

describe('stretch picking', () => {
  it('uses plain library order without ratings', () => {
    expect(pickStretches([], NOW, 3).map((s) => s.id)).toEqual(STRETCHES.slice(0, 3).map((s) => s.id));
  });

  it('puts the worst-rated region first, then the next', () => {
    const picked = pickStretches([rate(7, ['lowerBack']), rate(3, ['wrists']), rate(6, ['lowerBack'])], NOW, 3);
    expect(picked.map((s) => s.area)).toEqual(['lowerBack', 'wrists', 'lowerBack']);
  });

  it('maps regions without their own stretches to the nearest area, and ignores old ratings', () => {
    expect(pickStretches([rate(8, ['elbows'])], NOW, 2)[0]!.area).toBe('wrists');
    expect(pickStretches([rate(9, ['knees'], 30)], NOW, 1)[0]!.id).toBe(STRETCHES[0]!.id);
  });

  it('covers the six areas the brief asks for', () => {
    expect(new Set(STRETCHES.map((s) => s.area))).toEqual(
      new Set(['neck', 'shoulders', 'upperBack', 'lowerBack', 'wrists', 'hips']),
    );
    expect(STRETCHES.every((s) => s.seconds >= 20 && s.seconds <= 40)).toBe(true);
  });

  it('offers 2 stretches for a short break and 3 otherwise', () => {
    expect(stretchCount(60)).toBe(2);
    expect(stretchCount(300)).toBe(3);
  });
});
