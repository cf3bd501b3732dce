import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from '../data/records';
import type { Settings } from './settings';

/** Flare mode is switched on for one local date and is off again the next day by itself. */
export interface Flare {
  date: LocalDate;
}

/** Flare mode's values are design choices (docs/clinical-basis.md, "Flare mode"). */
export const FLARE_STRETCH_EVERY_SEC = 30 * 60;
export const FLARE_STRETCH_LENGTH_SEC = 2 * 60;
/** The same 7 as the seek-help rule's "high" (docs/clinical-basis.md, "Flare mode"). */
export const FLARE_HIGH = 7;

export function flareActive(flare: Flare | null | undefined, today: LocalDate): boolean {
  return flare?.date === today;
}

/** Shorter, gentler breaks: a 2-minute break at least every 30 minutes. */
export function withFlare(settings: Settings, active: boolean): Settings {
  if (!active) return settings;
  return {
    ...settings,
    stretch: {
      enabled: true,
      everySec: Math.min(settings.stretch.everySec, FLARE_STRETCH_EVERY_SEC),
      lengthSec: Math.min(settings.stretch.lengthSec, FLARE_STRETCH_LENGTH_SEC),
    },
  };
}

/** Suggest flare mode when the last two pain ratings were both high (7 or more). */
export function suggestFlare(records: readonly LimberRecord[]): boolean {
  const ratings = records.filter((r) => r.type === 'rating').sort((a, b) => b.at - a.at);
  return ratings.length >= 2 && ratings.slice(0, 2).every((r) => r.type === 'rating' && r.score >= FLARE_HIGH);
}
