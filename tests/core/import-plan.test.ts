/**
 * How an imported entry meets the stored one under its id (import-plan.ts), what the import asks
 * about, and what a chosen replacement writes.
 */
import { describe, expect, it } from 'vitest';
import { countMatches, importMatch, needsChoice, replacement } from '../../utils/core/data/import-plan';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { tombstoneOf } from '../../utils/core/data/tombstone';
import type { ImportCounts, ImportMatch } from '../../utils/core/data/import-plan';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Entry } from '../../utils/core/data/tombstone';

const AT = Date.UTC(2026, 10, 23, 9);
const NOW = AT + 3 * 86_400_000;
const rated = makeRating({ id: 'r1', at: AT, source: 'prompt', score: 4, note: 'stiff' }, 'UTC');
const brk = makeBreak({ id: 'b1', at: AT, kind: 'stretch', outcome: 'done' }, 'UTC');
/** The same content with its keys written in the reverse order (as another program might). */
const reordered = (e: object): unknown => Object.fromEntries(Object.entries(e).reverse());
const gone = (e: RatingRecord | typeof brk, at = NOW) => tombstoneOf(e, at);

describe('importMatch: the file entry against what is stored under its id', () => {
  it.each<{ name: string; file: Entry; stored: unknown; match: ImportMatch }>([
    { name: 'nothing stored: fresh', file: rated, stored: undefined, match: 'fresh' },
    { name: 'the same content: same', file: rated, stored: { ...rated }, match: 'same' },
    { name: 'the same content, keys in another order: same', file: rated, stored: reordered(rated), match: 'same' },
    { name: 'a break, the same: same', file: brk, stored: reordered(brk), match: 'same' },
    { name: 'another score: differ', file: rated, stored: { ...rated, score: 7 }, match: 'differ' },
    { name: 'another note: differ', file: rated, stored: { ...rated, note: 'sore' }, match: 'differ' },
    { name: 'no note here: differ', file: rated, stored: { ...rated, note: undefined }, match: 'differ' },
    { name: 'deleted here, a record in the file: deletedHere', file: rated, stored: gone(rated), match: 'deletedHere' },
    { name: 'deleted in the file, a record here: differ', file: gone(rated), stored: rated, match: 'differ' },
    { name: 'deleted in both: same', file: gone(rated), stored: gone(rated), match: 'same' },
    { name: 'deleted in both at other times: same', file: gone(rated), stored: gone(rated, NOW + 1), match: 'same' },
    { name: 'a deletion, nothing stored: fresh', file: gone(brk), stored: undefined, match: 'fresh' },
    {
      name: 'stored unreadable (newer version): unreadable',
      file: rated,
      stored: { ...rated, v: 9 },
      match: 'unreadable',
    },
    { name: 'stored unreadable (not an object): unreadable', file: rated, stored: 'r1', match: 'unreadable' },
    { name: 'a deletion over an unreadable entry: unreadable', file: gone(rated), stored: null, match: 'unreadable' },
  ])('$name', ({ file, stored, match }) => {
    expect(importMatch(file, stored)).toBe(match);
  });
});

describe('what the import counts and whether it asks', () => {
  const zero: ImportCounts = { fresh: 0, same: 0, differ: 0, deletedHere: 0, unreadable: 0 };

  it('counts each kind of match', () => {
    const matches: ImportMatch[] = ['fresh', 'same', 'same', 'differ', 'deletedHere', 'unreadable', 'fresh'];
    expect(countMatches(matches)).toEqual({ fresh: 2, same: 2, differ: 1, deletedHere: 1, unreadable: 1 });
    expect(countMatches([])).toEqual(zero);
  });

  it.each<{ name: string; counts: Partial<ImportCounts>; asks: boolean }>([
    { name: 'nothing at all', counts: {}, asks: false },
    { name: 'only new and same ones', counts: { fresh: 5, same: 12 }, asks: false },
    { name: 'unreadable stored ones are left alone: no question', counts: { same: 1, unreadable: 3 }, asks: false },
    { name: 'one that differs', counts: { fresh: 5, differ: 1 }, asks: true },
    { name: 'one deleted here', counts: { same: 2, deletedHere: 1 }, asks: true },
  ])('$name: asks = $asks', ({ counts, asks }) => {
    expect(needsChoice({ ...zero, ...counts })).toBe(asks);
  });
});

describe("replacement: what is written when the file's version is chosen", () => {
  const edited = (r: RatingRecord, at: number, fromScore: number): RatingRecord => ({
    ...r,
    edited: { at, fromScore, fromAt: r.at },
  });

  it('a rating changed by hand in the file (no mark): marked as changed now, from the stored score', () => {
    const file = { ...rated, score: 8 };
    expect(replacement(file, rated, NOW)).toEqual({ ...file, edited: { at: NOW, fromScore: 4, fromAt: AT } });
  });

  it('a rating added later here stays marked as added when an older copy without the mark replaces it', () => {
    const stored = { ...rated, added: AT + 5000 };
    const file = { ...rated, score: 8 };
    expect(replacement(file, stored, NOW)).toEqual({
      ...file,
      added: AT + 5000,
      edited: { at: NOW, fromScore: 4, fromAt: AT },
    });
  });

  it('over a stored rating already changed: the mark keeps what it first said', () => {
    const stored = edited({ ...rated, score: 6 }, AT + 1000_000, 4);
    const file = { ...rated, score: 8 };
    expect(replacement(file, stored, NOW)).toEqual({ ...file, edited: { at: NOW, fromScore: 4, fromAt: AT } });
  });

  it('a file rating carrying its own newer change mark is written as the file has it', () => {
    const stored = edited({ ...rated, score: 6 }, AT + 1000_000, 4);
    const file = edited({ ...rated, score: 8 }, AT + 2000_000, 4);
    expect(replacement(file, stored, NOW)).toBe(file);
    const unmarked = edited({ ...rated, score: 8 }, AT + 2000_000, 4);
    expect(replacement(unmarked, rated, NOW)).toBe(unmarked);
  });

  it('a file rating whose mark is older than the stored one: marked now, from what was first said', () => {
    const stored = edited({ ...rated, score: 6 }, AT + 2000_000, 3);
    const file = edited({ ...rated, score: 8 }, AT + 1000_000, 4);
    expect(replacement(file, stored, NOW)).toEqual({ ...file, edited: { at: NOW, fromScore: 3, fromAt: AT } });
  });

  it.each<{ name: string; file: Entry; stored: Entry }>([
    { name: 'a record back over its deletion here', file: rated, stored: gone(rated) },
    { name: "the file's deletion over a stored record", file: gone(rated), stored: rated },
    { name: 'a break', file: { ...brk, outcome: 'skipped' }, stored: brk },
  ])('$name: written as the file has it', ({ file, stored }) => {
    expect(replacement(file, stored, NOW)).toBe(file);
  });
});
