import { describe, expect, it } from 'vitest';
import { bandOf, digitReader, TEN_CHORD_MS } from '../../utils/core/content/pain-scale';

describe('pain scale', () => {
  it.each([
    [0, 'none'],
    [1, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
    [10, 'severe'],
  ] as const)('%i is %s', (score, band) => expect(bandOf(score)).toBe(band));

  it('reads digits, and "1 then 0" as 10', () => {
    const out: number[] = [];
    const r = digitReader((s) => out.push(s));
    r.key('6', 0);
    r.key('1', 1000);
    r.key('0', 1100);
    r.key('1', 2000);
    r.flush(2000 + TEN_CHORD_MS);
    r.key('1', 5000);
    r.key('3', 5000 + TEN_CHORD_MS + 1);
    expect(r.key('a', 6000)).toBe(false);
    expect(out).toEqual([6, 10, 1, 1, 3]);
  });
});
