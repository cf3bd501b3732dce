/**
 * Record version 2: the morning check, a rating's context, and the migration that reads version 1
 * entries (stored, or in an older export) as version 2 ones. Version 1 entries are written here as
 * the first release stored them (literal objects, not made by today's functions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withDetails } from '../../utils/core/data/details';
import { migrateEntry, readEntry } from '../../utils/core/data/migrate';
import { isLongStiffness, makeMorning, STIFFNESS } from '../../utils/core/data/morning';
import { isRecord, makeRating, RECORD_VERSION } from '../../utils/core/data/records';
import { CONTEXT_TAGS } from '../../utils/core/content/context-tags';
import { importMatch, replacement } from '../../utils/core/data/import-plan';
import type { RatingRecord } from '../../utils/core/data/records';

const AT = Date.UTC(2026, 10, 23, 7, 30);
const stamp1 = { v: 1, at: AT, tz: 60, date: '2026-11-23' };
const V1 = {
  rating: { ...stamp1, id: 'r', type: 'rating', source: 'prompt', score: 4, regions: ['neck'], note: 'n' },
  break: { ...stamp1, id: 'b', type: 'break', kind: 'stretch', outcome: 'done', seconds: 300, guided: 'completed' },
  peg: { ...stamp1, id: 'p', type: 'peg', pain: 4, enjoyment: 5, activity: 6 },
  hold: { ...stamp1, id: 'h', type: 'hold', ms: 60_000, reasons: ['meeting'], kinds: ['pain'], shown: [] },
  deleted: { ...stamp1, id: 'd', type: 'deleted', was: 'rating', deletedAt: AT + 1 },
} as const;

describe('migration: version 1 entries read as version 2', () => {
  it('is version 2 now', () => expect(RECORD_VERSION).toBe(2));

  it.each(Object.entries(V1))('a version 1 %s is read as the same entry, version 2', (_, entry) => {
    expect(readEntry(entry)).toEqual({ ...entry, v: 2 });
    expect(entry.v).toBe(1); // the stored object is not changed
  });

  it('leaves version 2 entries as they are, and reads neither unknown versions nor damage', () => {
    const current = makeRating({ id: 'x', at: AT, source: 'manual', score: 2 }, 'UTC');
    expect(migrateEntry(current)).toBe(current);
    expect(readEntry(current)).toBe(current);
    expect(readEntry({ ...V1.rating, v: 3 })).toBeNull();
    expect(readEntry({ ...V1.rating, v: 0 })).toBeNull();
    expect(readEntry({ ...V1.rating, score: 11 })).toBeNull();
    for (const raw of [null, 12345, 'ÿÿ', [V1.rating], undefined]) {
      expect(migrateEntry(raw)).toBe(raw);
      expect(readEntry(raw)).toBeNull();
    }
  });

  it('never makes a version 1 morning check readable (there was none)', () => {
    expect(readEntry({ ...stamp1, id: 'm', type: 'morning', sleep: 3 })).toEqual({
      ...stamp1,
      v: 2,
      id: 'm',
      type: 'morning',
      sleep: 3,
    });
    // Only the stamp changes: what version 2 cannot read stays unreadable.
    expect(readEntry({ ...stamp1, id: 'm', type: 'morning' })).toBeNull();
  });

  it('an import finds a stored version 1 entry the same as the file’s version 2 copy', () => {
    const file = readEntry(V1.rating)!;
    expect(importMatch(file, V1.rating)).toBe('same');
    expect(importMatch(readEntry(V1.deleted)!, V1.deleted)).toBe('same');
    expect(importMatch({ ...file, score: 5 } as RatingRecord, V1.rating)).toBe('differ');
    const replaced = replacement({ ...file, score: 5 } as RatingRecord, V1.rating, AT + 5) as RatingRecord;
    expect(replaced.edited).toEqual({ at: AT + 5, fromScore: 4, fromAt: AT });
  });
});

describe('the morning check record', () => {
  const make = (answers: object) => makeMorning({ id: 'm1', at: AT, ...answers }, 'Europe/Berlin');

  it.each([
    [{ sleep: 0 }, true],
    [{ sleep: 10, stiffness: 'over60', fatigue: 7 }, true],
    [{ stiffness: 'none' }, true],
    [{ fatigue: 10 }, true],
    [{}, false],
    [{ sleep: 11 }, false],
    [{ sleep: 2.5 }, false],
    [{ fatigue: -1 }, false],
    [{ stiffness: '45' }, false],
  ])('%j is a readable morning check: %s', (answers, ok) => {
    expect(isRecord(make(answers))).toBe(ok);
  });

  it('keeps only the answers given, with the local date and offset', () => {
    const m = make({ sleep: 3, stiffness: '30to60' });
    expect(m).toEqual({
      v: 2,
      id: 'm1',
      at: AT,
      tz: 60,
      date: '2026-11-23',
      type: 'morning',
      sleep: 3,
      stiffness: '30to60',
    });
  });

  it('counts 30 minutes or more as long stiffness', () => {
    expect(STIFFNESS.filter(isLongStiffness)).toEqual(['30to60', 'over60']);
    expect(isLongStiffness(undefined)).toBe(false);
  });
});

describe("a rating's context", () => {
  const base = makeRating({ id: 'r1', at: AT, source: 'prompt', score: 6 }, 'UTC');

  it.each([
    [{ tags: ['heat', 'stress'] }, true],
    [{ tags: [...CONTEXT_TAGS] }, true],
    [{ tags: ['coffee'] }, false],
    [{ ownTags: ['Yoga', 'Cold office'] }, true],
    [{ ownTags: ['a;b'] }, false],
    [{ ownTags: ['   '] }, false],
    [{ ownTags: ['x'.repeat(31)] }, false],
    [{ ownTags: Array.from({ length: 9 }, (_, i) => `t${i}`) }, false],
    [{ tags: ['medication'], medicine: 'Ibuprofen 400' }, true],
    [{ medicine: ' ' }, false],
    [{ medicine: 'x'.repeat(61) }, false],
  ])('%j is readable: %s', (context, ok) => {
    expect(isRecord({ ...base, ...context })).toBe(ok);
  });

  it('stores details trimmed, once each, and takes away what is emptied', () => {
    const r = withDetails(base, {
      tags: ['heat', 'medication', 'heat'],
      ownTags: [' Yoga ', 'Yoga', ''],
      medicine: '  Ibuprofen ',
      note: '  ok ',
      regions: ['neck'],
    });
    expect(r).toEqual({
      ...base,
      tags: ['heat', 'medication'],
      ownTags: ['Yoga'],
      medicine: 'Ibuprofen',
      note: 'ok',
      regions: ['neck'],
    });
    expect(isRecord(r)).toBe(true);
    const emptied = withDetails(r, { tags: [], ownTags: [], note: '', regions: [] });
    expect(emptied).toEqual(base);
  });

  it('keeps a medicine only with the medication tag, and leaves details not given as they were', () => {
    const r = withDetails(base, { tags: ['heat'], medicine: 'Ibuprofen' });
    expect(r.medicine).toBeUndefined();
    const withMed = withDetails(base, { tags: ['medication'], medicine: 'Ibuprofen' });
    expect(withDetails(withMed, { note: 'later' })).toEqual({ ...withMed, note: 'later' });
    expect(withDetails(withMed, { tags: ['stress'] }).medicine).toBeUndefined();
  });

  it('any details given make a readable rating (property)', () => {
    const text = fc.string({ maxLength: 40 });
    fc.assert(
      fc.property(
        fc.subarray([...CONTEXT_TAGS]),
        fc.array(
          text.filter((s) => !s.includes(';')).map((s) => s.slice(0, 30)),
          { maxLength: 8 },
        ),
        text,
        (tags, ownTags, medicine) => {
          const r = withDetails(base, { tags, ownTags, medicine });
          expect(isRecord(r)).toBe(true);
        },
      ),
    );
  });
});
