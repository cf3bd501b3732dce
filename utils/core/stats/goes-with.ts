/**
 * What goes with the pain (docs/clinical-basis.md, "What goes with the pain"): for the morning
 * check's items and each context tag, average pain on the days with it against the rated days
 * without it, over the days given. A factor is listed only with at least MIN_DAYS_EACH_SIDE rated
 * days on each side (with-without.ts). Side by side only: nothing here says what causes what.
 */
import { isLongStiffness } from '../data/morning';
import { byDate, isRating } from './grouping';
import { painSide, splitDays } from './with-without';
import type { LimberRecord, MorningRecord } from '../data/records';
import type { ContextTag } from '../content/context-tags';
import type { LocalDate } from '../time/local-time';
import type { PainSide, RatedDay } from './with-without';

/**
 * A morning answer at or above this counts as a poor night or a tired morning: above the middle of
 * the 0–10 scale (higher is worse on both). A design choice.
 */
export const POOR_FROM = 6;

/** What a row is about: a morning item (its worse side first), Limber's tag, or an own tag. */
export type Factor =
  | { kind: 'poorSleep' }
  | { kind: 'longStiffness' }
  | { kind: 'tired' }
  | { kind: 'tag'; tag: ContextTag }
  | { kind: 'own'; tag: string };

export interface GoesWithRow {
  factor: Factor;
  with: PainSide;
  without: PainSide;
}

interface Day extends RatedDay {
  morning: MorningRecord | null;
  tags: Set<ContextTag>;
  own: Set<string>;
}

/** The day's latest morning check, if any. */
function latestMorning(list: readonly LimberRecord[]): MorningRecord | null {
  let found: MorningRecord | null = null;
  for (const r of list) if (r.type === 'morning' && (!found || r.at > found.at)) found = r;
  return found;
}

/** The factors, each with the days it is known on and whether a day has it. */
function factors(days: readonly Day[]): { factor: Factor; known(d: Day): boolean; has(d: Day): boolean }[] {
  const tags = new Set<ContextTag>();
  const own = new Set<string>();
  for (const d of days) {
    for (const x of d.tags) tags.add(x);
    for (const x of d.own) own.add(x);
  }
  return [
    {
      factor: { kind: 'poorSleep' },
      known: (d) => d.morning?.sleep !== undefined,
      has: (d) => (d.morning?.sleep ?? 0) >= POOR_FROM,
    },
    {
      factor: { kind: 'longStiffness' },
      known: (d) => d.morning?.stiffness !== undefined,
      has: (d) => isLongStiffness(d.morning?.stiffness),
    },
    {
      factor: { kind: 'tired' },
      known: (d) => d.morning?.fatigue !== undefined,
      has: (d) => (d.morning?.fatigue ?? 0) >= POOR_FROM,
    },
    ...[...tags].map((tag) => ({
      factor: { kind: 'tag', tag } as Factor,
      known: () => true,
      has: (d: Day) => d.tags.has(tag),
    })),
    ...[...own]
      .sort()
      .map((tag) => ({ factor: { kind: 'own', tag } as Factor, known: () => true, has: (d: Day) => d.own.has(tag) })),
  ];
}

/** Every factor with enough days on both sides, over `dates` (morning items first, then tags). */
export function goesWith(records: readonly LimberRecord[], dates: readonly LocalDate[]): GoesWithRow[] {
  const grouped = byDate(records);
  const days = dates.flatMap((date): Day[] => {
    const list = grouped.get(date) ?? [];
    const ratings = list.filter(isRating);
    if (!ratings.length) return [];
    return [
      {
        date,
        scores: ratings.map((r) => r.score),
        morning: latestMorning(list),
        tags: new Set(ratings.flatMap((r) => r.tags ?? [])),
        own: new Set(ratings.flatMap((r) => r.ownTags ?? [])),
      },
    ];
  });
  return factors(days).flatMap(({ factor, known, has }) => {
    const split = splitDays(days.filter(known), has);
    return split ? [{ factor, with: painSide(split.with), without: painSide(split.without) }] : [];
  });
}
