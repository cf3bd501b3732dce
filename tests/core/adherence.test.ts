import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../utils/core/data/export-csv';
import { isRecord, makeBreak, makeRating } from '../../utils/core/data/records';
import { adherence, breakOutcome } from '../../utils/core/stats/adherence';
import type { BreakKind, BreakOutcome as RecordOutcome, BreakRecord, GuideRun } from '../../utils/core/data/records';

const AT = Date.UTC(2026, 10, 23, 10);
let n = 0;
function brk(kind: BreakKind, outcome: RecordOutcome, extra: { seconds?: number; guided?: GuideRun } = {}) {
  return makeBreak({ id: `b${n++}`, at: AT, kind, outcome, ...extra }, 'UTC');
}

describe('what happened to a stretch break', () => {
  it.each<[string, BreakRecord, ReturnType<typeof breakOutcome>]>([
    ['guide ran through every round', brk('stretch', 'done', { seconds: 300, guided: 'completed' }), 'guided'],
    [
      'guide started, Done before the rounds ran',
      brk('stretch', 'done', { seconds: 40, guided: 'partial' }),
      'started',
    ],
    ['Done without the guide', brk('stretch', 'done', { guided: 'none' }), 'unguided'],
    ['older record, guide started (completion not kept)', brk('stretch', 'done', { seconds: 95 }), 'started'],
    ['older record, Done without the guide', brk('stretch', 'done'), 'unguided'],
    ['snoozed', brk('stretch', 'snoozed'), 'snoozed'],
    ['skipped', brk('stretch', 'skipped'), 'skipped'],
    ['missed', brk('stretch', 'missed'), 'missed'],
    ['time away from the computer', brk('natural', 'done', { seconds: 600 }), 'natural'],
    ['an eye break is none of these', brk('eyes', 'done'), null],
    ['a posture check is none of these', brk('posture', 'done'), null],
  ])('%s', (_, record, outcome) => {
    expect(breakOutcome(record)).toBe(outcome);
  });
});

describe('adherence over a period', () => {
  const week = [
    brk('stretch', 'done', { seconds: 300, guided: 'completed' }),
    brk('stretch', 'done', { seconds: 310, guided: 'completed' }),
    brk('stretch', 'done', { seconds: 45, guided: 'partial' }),
    brk('stretch', 'done', { guided: 'none' }),
    brk('stretch', 'done', { guided: 'none' }),
    brk('stretch', 'done'),
    brk('stretch', 'snoozed'),
    brk('stretch', 'snoozed'),
    brk('stretch', 'skipped'),
    brk('stretch', 'missed'),
    brk('natural', 'done', { seconds: 420 }),
    brk('eyes', 'done'),
    brk('posture', 'missed'),
    makeRating({ id: 'r1', at: AT, source: 'prompt', score: 4 }, 'UTC'),
    makeRating({ id: 'r2', at: AT, source: 'manual', score: 4 }, 'UTC'),
  ];

  it('counts each break by what happened', () => {
    expect(adherence(week).breaks).toEqual({
      guided: 2,
      started: 1,
      unguided: 3,
      snoozed: 2,
      skipped: 1,
      missed: 1,
      natural: 1,
    });
  });

  it('never counts a break marked done without the guide as taken', () => {
    const a = adherence(week);
    // guided 2 + started 1 + natural 1; the three unguided ones are listed apart.
    expect(a.breaksTaken).toBe(4);
    // Offered: every stretch prompt answered, skipped or missed; a snooze brings the same break back.
    expect(a.breaksOffered).toBe(8);
    expect(adherence([brk('stretch', 'done', { guided: 'none' })]).breaksTaken).toBe(0);
  });

  it('still counts a Done without the guide as a prompt answered', () => {
    // shown: 8 stretch + eyes + posture + 1 prompted rating = 11; answered: 6 done + eyes + rating = 8
    expect(adherence(week)).toMatchObject({ answered: 8, shown: 11 });
  });
});

describe('the break record keeps whether the guide ran', () => {
  it('accepts the new field and old records without it, and refuses a value it does not know', () => {
    const record = brk('stretch', 'done', { seconds: 300, guided: 'completed' });
    expect(record.guided).toBe('completed');
    expect(isRecord(record)).toBe(true);
    const old = brk('stretch', 'done', { seconds: 95 });
    expect('guided' in old).toBe(false);
    expect(isRecord(old)).toBe(true);
    expect(isRecord({ ...record, guided: 'yes' })).toBe(false);
  });

  it('exports it as the CSV column "guided", empty on records without it', () => {
    const lines = toCsv([brk('stretch', 'done', { guided: 'none' }), brk('stretch', 'done', { seconds: 9 })]).split(
      '\r\n',
    );
    const col = CSV_COLUMNS.indexOf('guided');
    expect(lines[0]!.split(',')[col]).toBe('guided');
    expect(lines[1]!.split(',')[col]).toBe('none');
    expect(lines[2]!.split(',')[col]).toBe('');
  });
});
