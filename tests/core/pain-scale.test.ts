import { describe, expect, it } from 'vitest';
import { digitReader } from '../../utils/core/content/pain-scale';

describe('pain scale', () => {
  // Issue 13: typing 10 always gives 10, at any speed; one intention, one score. No clock at all.
  it.each([
    ['6', [6]],
    ['1 0', [10]],
    ['1 Enter', [1]],
    ['1 Escape', []],
    ['1', []],
    ['1 1 0', [10]],
    ['1 5', [5]],
    ['1 0 1 0', [10, 10]],
    ['0', [0]],
    ['Enter 0', [0]],
    ['4 1 0 7', [4, 10, 7]],
    ['a 1 b 0', [10]],
  ])('keys %s rate %j', (keys, scores) => {
    const out: number[] = [];
    const r = digitReader((s) => out.push(s));
    for (const k of keys.split(' ')) r.key(k);
    expect(out).toEqual(scores);
  });

  it('says when a "1" waits, and when it stops waiting', () => {
    const waiting: boolean[] = [];
    const r = digitReader(
      () => {},
      (w) => waiting.push(w),
    );
    r.key('1');
    r.key('1');
    r.key('0');
    r.key('1');
    r.key('Escape');
    expect(waiting).toEqual([true, false, true, false]);
  });

  it.each([
    ['0', [10]],
    ['Enter', [1]],
    ['Escape 3', [3]],
    ['7', [7]],
  ])('started with a "1" waiting, keys %s rate %j', (keys, scores) => {
    const out: number[] = [];
    const r = digitReader((s) => out.push(s), undefined, true);
    expect(r.one).toBe(true);
    for (const k of keys.split(' ')) r.key(k);
    expect(out).toEqual(scores);
    expect(r.one).toBe(false);
  });

  it('ignores keys that are not its own', () => {
    const r = digitReader(() => {});
    expect(r.key('a')).toBe(false);
    expect(r.key('Enter')).toBe(false);
    expect(r.key('1')).toBe(true);
    expect(r.key('Enter')).toBe(true);
  });
});
