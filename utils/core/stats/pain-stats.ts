/** Average, lowest and highest of a list of 0–10 pain ratings: the figure every view starts from. */

export interface PainStats {
  count: number;
  avg: number;
  min: number;
  max: number;
}

/** Null for no ratings, so "no data" can never be shown as an average of 0. */
export function painStats(scores: readonly number[]): PainStats | null {
  if (!scores.length) return null;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const s of scores) {
    sum += s;
    if (s < min) min = s;
    if (s > max) max = s;
  }
  return { count: scores.length, avg: sum / scores.length, min, max };
}
