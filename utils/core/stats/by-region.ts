/**
 * Pain by body region, from the regions the user ticked with a rating (docs/clinical-basis.md, "Weekly
 * summary and clinician report").
 */
import { REGIONS } from '../content/regions';
import { painStats } from './pain-stats';
import type { RatingRecord } from '../data/records';
import type { Region } from '../content/regions';

export interface RegionStats {
  region: Region;
  count: number;
  avg: number;
  max: number;
}

/**
 * One entry per region with at least one rating, most reported first (then the more painful):
 * how often a region hurts says more about a week than one bad rating.
 */
export function regionStats(ratings: readonly RatingRecord[]): RegionStats[] {
  const scores = new Map<Region, number[]>();
  for (const r of ratings) {
    for (const region of r.regions ?? []) {
      const list = scores.get(region);
      if (list) list.push(r.score);
      else scores.set(region, [r.score]);
    }
  }
  return REGIONS.flatMap((region) => {
    const s = painStats(scores.get(region) ?? []);
    return s ? [{ region, count: s.count, avg: s.avg, max: s.max }] : [];
  }).sort((a, b) => b.count - a.count || b.avg - a.avg);
}

/**
 * The `n` most painful regions (highest average, then most reported), for the clinician report,
 * where the question is where it hurts most rather than most often.
 */
export function worstRegions(regions: readonly RegionStats[], n: number): RegionStats[] {
  return [...regions].sort((a, b) => b.avg - a.avg || b.count - a.count).slice(0, n);
}
