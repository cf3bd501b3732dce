/**
 * The morning checks and rating context of a period in a few figures, for the clinician report
 * (docs/clinical-basis.md, "Weekly summary and clinician report"): how many checks, average sleep
 * and fatigue (higher is worse), mornings stiff 30 minutes or more, and the tags used most.
 */
import { isLongStiffness } from '../data/morning';
import type { LimberRecord } from '../data/records';
import type { ContextTag } from '../content/context-tags';

/** The most tags the report lists. */
export const TOP_TAGS = 4;

export interface ContextSummary {
  checks: number;
  sleepAvg: number | null;
  fatigueAvg: number | null;
  /** Mornings that answered the stiffness item, and those stiff 30 minutes or more. */
  stiffnessAnswered: number;
  longStiffness: number;
  /** Tags by the ratings carrying them, most first (ties: Limber's before own, then by id or text). */
  tags: { tag: { kind: 'tag'; tag: ContextTag } | { kind: 'own'; tag: string }; ratings: number }[];
}

const mean = (xs: readonly number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function contextSummary(records: readonly LimberRecord[]): ContextSummary {
  const sleep: number[] = [];
  const fatigue: number[] = [];
  let checks = 0;
  let stiffnessAnswered = 0;
  let longStiffness = 0;
  const counts = new Map<string, { tag: ContextSummary['tags'][number]['tag']; ratings: number }>();
  const count = (key: string, tag: ContextSummary['tags'][number]['tag']): void => {
    const seen = counts.get(key);
    if (seen) seen.ratings++;
    else counts.set(key, { tag, ratings: 1 });
  };
  for (const r of records) {
    if (r.type === 'morning') {
      checks++;
      if (r.sleep !== undefined) sleep.push(r.sleep);
      if (r.fatigue !== undefined) fatigue.push(r.fatigue);
      if (r.stiffness !== undefined) {
        stiffnessAnswered++;
        if (isLongStiffness(r.stiffness)) longStiffness++;
      }
    } else if (r.type === 'rating') {
      for (const tag of new Set(r.tags ?? [])) count(`a:${tag}`, { kind: 'tag', tag });
      for (const tag of new Set(r.ownTags ?? [])) count(`b:${tag}`, { kind: 'own', tag });
    }
  }
  const tags = [...counts.entries()]
    .sort(([ka, a], [kb, b]) => b.ratings - a.ratings || (ka < kb ? -1 : ka > kb ? 1 : 0))
    .slice(0, TOP_TAGS)
    .map(([, v]) => v);
  return { checks, sleepAvg: mean(sleep), fatigueAvg: mean(fatigue), stiffnessAnswered, longStiffness, tags };
}
