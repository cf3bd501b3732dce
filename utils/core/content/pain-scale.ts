export type Band = 'none' | 'mild' | 'moderate' | 'severe';

/** NRS bands (docs/clinical-basis.md, "Pain scale"): 1–3 mild, 4–6 moderate, 7–10 severe. */
export function bandOf(score: number): Band {
  if (score <= 0) return 'none';
  if (score <= 3) return 'mild';
  if (score <= 6) return 'moderate';
  return 'severe';
}

export const SCORES: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** How long "1" waits for a following "0" before it counts as 1. */
export const TEN_CHORD_MS = 700;

/**
 * Turns digit key presses into scores: 0–9 directly, "1 then 0" for 10. Returns a function to
 * feed keys with their time; it calls `emit` when a score is settled. `flush` settles a pending 1.
 */
export function digitReader(emit: (score: number) => void): {
  key(k: string, at: number): boolean;
  flush(at: number): void;
} {
  let pendingOneAt: number | null = null;
  const flush = (at: number): void => {
    if (pendingOneAt !== null && at - pendingOneAt >= TEN_CHORD_MS) {
      pendingOneAt = null;
      emit(1);
    }
  };
  return {
    key(k, at) {
      if (!/^[0-9]$/.test(k)) return false;
      if (pendingOneAt !== null) {
        const wasOne = at - pendingOneAt < TEN_CHORD_MS;
        pendingOneAt = null;
        if (wasOne && k === '0') {
          emit(10);
          return true;
        }
        emit(1);
      }
      if (k === '1') pendingOneAt = at;
      else emit(Number(k));
      return true;
    },
    flush,
  };
}
