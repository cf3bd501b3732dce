/** The report's morning and tag figures: counts, averages of answers given, long stiffness, top tags. */
import { describe, expect, it } from 'vitest';
import { makeMorning } from '../../utils/core/data/morning';
import { makeRating } from '../../utils/core/data/records';
import { contextSummary } from '../../utils/core/stats/context-summary';
import type { LimberRecord } from '../../utils/core/data/records';

const AT = Date.UTC(2026, 10, 23, 8);
let n = 0;
const m = (answers: object) => makeMorning({ id: `m${n++}`, at: AT, ...answers }, 'UTC');
const r = (extra: object) =>
  ({ ...makeRating({ id: `r${n++}`, at: AT, source: 'prompt', score: 5 }, 'UTC'), ...extra }) as LimberRecord;

describe('contextSummary', () => {
  it('is empty for a period without morning checks or tags', () => {
    expect(contextSummary([r({})])).toEqual({
      checks: 0,
      sleepAvg: null,
      fatigueAvg: null,
      stiffnessAnswered: 0,
      longStiffness: 0,
      tags: [],
    });
  });

  it('averages only the answers given, and counts long stiffness among the mornings answered', () => {
    const s = contextSummary([
      m({ sleep: 8, stiffness: 'over60' }),
      m({ sleep: 3, stiffness: 'under30', fatigue: 6 }),
      m({ stiffness: '30to60' }),
    ]);
    expect(s).toMatchObject({ checks: 3, sleepAvg: 5.5, fatigueAvg: 6, stiffnessAnswered: 3, longStiffness: 2 });
  });

  it('lists the four tags on most ratings, Limber’s first on a tie, a tag once per rating', () => {
    const s = contextSummary([
      r({ tags: ['stress', 'heat'], ownTags: ['Yoga'] }),
      r({ tags: ['stress'], ownTags: ['Yoga', 'Cold office'] }),
      r({ tags: ['exercise'], ownTags: ['Yoga'] }),
      r({ tags: ['meeting'] }),
    ]);
    expect(s.tags).toEqual([
      { tag: { kind: 'own', tag: 'Yoga' }, ratings: 3 },
      { tag: { kind: 'tag', tag: 'stress' }, ratings: 2 },
      { tag: { kind: 'tag', tag: 'exercise' }, ratings: 1 },
      { tag: { kind: 'tag', tag: 'heat' }, ratings: 1 },
    ]);
  });
});
