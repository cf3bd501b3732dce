/**
 * The diary says what happened to a stretch break, never a plain "done": guided to the end,
 * stopped part-way, or marked done without the guide; records from before the guide was tracked
 * say what is known (docs/clinical-basis.md, "Stretch break").
 */
import { describe, expect, it } from 'vitest';
import { entryText } from '../../components/diary/entry-text';
import { makeBreak } from '../../utils/core/data/records';
import type { BreakKind, BreakOutcome, GuideRun } from '../../utils/core/data/records';

let n = 0;
const brk = (kind: BreakKind, outcome: BreakOutcome, extra: { seconds?: number; guided?: GuideRun } = {}) =>
  entryText(makeBreak({ id: `b${n++}`, at: Date.UTC(2026, 10, 23, 10), kind, outcome, ...extra }, 'UTC'));

describe('a stretch break in the diary', () => {
  it.each([
    {
      name: 'the guide ran through every round',
      extra: { seconds: 300, guided: 'completed' as const },
      what: 'Stretch break: guided, completed',
      details: ['5 min'],
    },
    {
      name: 'the guide was stopped part-way',
      extra: { seconds: 40, guided: 'partial' as const },
      what: 'Stretch break: guide started, stopped part-way',
      details: ['1 min'],
    },
    {
      name: 'Done without the guide',
      extra: { guided: 'none' as const },
      what: 'Stretch break: marked done without the guide',
      details: [],
    },
    {
      name: 'from before the guide was tracked, with the time it ran',
      extra: { seconds: 120 },
      what: 'Stretch break: guide started (whether it ran to the end was not recorded then)',
      details: ['2 min'],
    },
    {
      name: 'from before the guide was tracked, without a time: the guide was not started',
      extra: {},
      what: 'Stretch break: marked done without the guide',
      details: [],
    },
  ])('$name', ({ extra, what, details }) => {
    expect(brk('stretch', 'done', extra)).toEqual({ what, details });
  });

  it('says the other outcomes and other kinds as before', () => {
    expect(brk('stretch', 'snoozed').what).toBe('Stretch break: snoozed');
    expect(brk('stretch', 'missed').what).toBe('Stretch break: missed (not answered)');
    expect(brk('eyes', 'done').what).toBe('Eye break: done');
    expect(brk('natural', 'done', { seconds: 600 }).what).toBe('Natural break: away 10 min');
  });
});
