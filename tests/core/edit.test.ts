import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addProblem, atMinutes, CORRECTION_MS, changeProblem, editRating, markAdded } from '../../utils/core/data/edit';
import { isRecord, makeRating } from '../../utils/core/data/records';
import { isoLocal } from '../../utils/core/time/week';
import type { RatingChange } from '../../utils/core/data/edit';

const MADE = Date.UTC(2026, 10, 23, 8, 12); // 09:12 in Berlin
const r = makeRating(
  { id: 'r', at: MADE, source: 'prompt', score: 8, regions: ['neck'], note: 'call' },
  'Europe/Berlin',
);
const MIN = 60_000;
const TZ = 'Europe/Berlin';

describe('editRating marks what changed later, not a correction of the click', () => {
  it('a correction where the rating was given, within a minute, is not marked; the same change in the diary is', () => {
    const corrected = editRating(r, { score: 3 }, MADE + 30_000, TZ, true);
    expect(corrected.score).toBe(3);
    expect(corrected.edited).toBeUndefined();
    expect(editRating(r, { score: 3 }, MADE + CORRECTION_MS + 1, TZ, true).edited).toEqual({
      at: MADE + CORRECTION_MS + 1,
      fromScore: 8,
      fromAt: MADE,
    });
    expect(editRating(r, { score: 3 }, MADE + 30_000, TZ).edited).toEqual({
      at: MADE + 30_000,
      fromScore: 8,
      fromAt: MADE,
    });
  });

  it.each<[string, RatingChange, number, Partial<typeof r>]>([
    [
      'score after the window: marked with the first score and time',
      { score: 3 },
      MADE + CORRECTION_MS + 1,
      { score: 3, edited: { at: MADE + CORRECTION_MS + 1, fromScore: 8, fromAt: MADE } },
    ],
    [
      'time moved within its day, at its own offset',
      { minutes: 7 * 60 },
      MADE + 10 * MIN,
      { at: Date.UTC(2026, 10, 23, 6, 0), edited: { at: MADE + 10 * MIN, fromScore: 8, fromAt: MADE } },
    ],
    ['regions emptied are removed', { regions: [] }, MADE + 10 * MIN, { regions: undefined }],
    ['an empty note removes it', { note: '   ' }, MADE + 10 * MIN, { note: undefined }],
    ['a note is trimmed', { note: '  after lunch ' }, MADE + 10 * MIN, { note: 'after lunch' }],
  ])('%s', (_name, change, now, expected) => {
    const next = editRating(r, change, now, TZ);
    for (const [k, v] of Object.entries(expected)) expect(next[k as keyof typeof r]).toEqual(v);
    expect(next.date).toBe(r.date);
    expect(next.id).toBe(r.id);
    expect(isRecord(next)).toBe(true);
    expect(isoLocal(next.at, next.tz).slice(0, 10)).toBe(next.date);
  });

  it('a change that changes nothing returns the record itself, unmarked', () => {
    expect(editRating(r, { score: 8, regions: ['neck'], note: ' call ' }, MADE + 10 * MIN, TZ)).toBe(r);
  });

  it('regions given in another order are no change: no mark', () => {
    const two = { ...r, regions: ['neck' as const, 'lowerBack' as const] };
    expect(editRating(two, { regions: ['lowerBack', 'neck'] }, MADE + 10 * MIN, TZ)).toBe(two);
  });

  it.each([
    // Spring forward (29 March 2026): made at 01:30 (+01:00), moved to 14:00 (+02:00).
    ['2026-03-29', Date.UTC(2026, 2, 29, 0, 30), 60, 14 * 60, Date.UTC(2026, 2, 29, 12, 0), 120],
    // Fall back (25 October 2026): made at 01:30 (+02:00), moved to 14:00 (+01:00).
    ['2026-10-25', Date.UTC(2026, 9, 24, 23, 30), 120, 14 * 60, Date.UTC(2026, 9, 25, 13, 0), 60],
    // Made at +09:00 (travel), moved within its day at its own offset.
    ['2026-11-23', Date.UTC(2026, 10, 23, 0, 0), 540, 10 * 60, Date.UTC(2026, 10, 23, 1, 0), 540],
  ])(
    'a time moved across a DST change on %s gets the offset of its new time',
    (date, at, tz, minutes, want, wantTz) => {
      const rec = { ...r, date, at, tz };
      const next = editRating(rec, { minutes }, Date.UTC(2026, 11, 31), TZ);
      expect([next.at, next.tz, next.date]).toEqual([want, wantTz, date]);
      expect(isoLocal(next.at, next.tz).slice(0, 16)).toBe(`${date}T${String(minutes / 60).padStart(2, '0')}:00`);
    },
  );

  it('a time after the spring-forward change, earlier than now on that clock, is not refused as future', () => {
    const rec = { ...r, date: '2026-03-29', at: Date.UTC(2026, 2, 29, 0, 30), tz: 60 };
    const now = Date.UTC(2026, 2, 29, 12, 5); // 14:05 local
    expect(changeProblem(rec, { minutes: 14 * 60 }, now, TZ)).toBeNull();
    expect(changeProblem(rec, { minutes: 14 * 60 + 10 }, now, TZ)).toBe('future');
  });

  it('a second change keeps what the rating first said and moves the mark to now', () => {
    const once = editRating(r, { score: 3 }, MADE + 10 * MIN, TZ);
    const twice = editRating(once, { score: 5, minutes: 540 }, MADE + 20 * MIN, TZ);
    expect(twice.edited).toEqual({ at: MADE + 20 * MIN, fromScore: 8, fromAt: MADE });
  });

  it('an added rating corrected where it was given is marked only after a minute', () => {
    const added = { ...r, added: MADE + 60 * MIN };
    expect(editRating(added, { score: 2 }, MADE + 60 * MIN + 30_000, TZ, true).edited).toBeUndefined();
    expect(editRating(added, { score: 2 }, MADE + 62 * MIN, TZ, true).edited).toEqual({
      at: MADE + 62 * MIN,
      fromScore: 8,
      fromAt: MADE,
    });
  });

  it.each<[RatingChange, number, string]>([
    [{ score: 11 }, MADE + MIN, 'score'],
    [{ score: 2.5 }, MADE + MIN, 'score'],
    [{ minutes: 1440 }, MADE + MIN, 'time'],
    [{ minutes: -1 }, MADE + MIN, 'time'],
    [{ minutes: 9 * 60 + 30 }, MADE + MIN, 'future'],
    [{ note: 'x'.repeat(501) }, MADE + MIN, 'noteTooLong'],
  ])('refuses %j', (change, now, problem) => {
    expect(changeProblem(r, change, now, TZ)).toBe(problem);
    expect(() => editRating(r, change, now, TZ)).toThrow(RangeError);
  });

  it('any valid change keeps a record that imports (date matches time and offset)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (score, minutes, tz) => {
          const rec = { ...r, tz, at: atMinutes({ date: r.date, tz }, 0) };
          const next = editRating(rec, { score, minutes }, Date.UTC(2030, 0, 1), TZ);
          expect(isoLocal(next.at, next.tz).slice(0, 10)).toBe(rec.date);
          expect(isRecord(next)).toBe(true);
        },
      ),
    );
  });
});

describe('adding a missed rating', () => {
  const now = Date.UTC(2026, 10, 24, 12);
  it.each<[number, ReturnType<typeof addProblem>]>([
    [now - 3 * 3600_000, null],
    [now + 60_000, 'future'],
    [now - 367 * 86_400_000, 'tooOld'],
  ])('a rating at %d is refused for: %s', (at, problem) => expect(addProblem(at, now)).toBe(problem));

  it('marks a rating about an earlier time as added now; one about this moment is not marked', () => {
    expect(markAdded(r, MADE + 10 * MIN).added).toBe(MADE + 10 * MIN);
    expect(markAdded(r, MADE + 5_000).added).toBeUndefined();
  });
});
