/**
 * The breathing break's pace (docs/clinical-basis.md, "Breathing break"): about six breaths a
 * minute, in for 4 s and out for 6 s, for one minute. Pure: where in the pattern `ms` after the
 * start falls.
 */
export const BREATHE_IN_MS = 4000;
export const BREATHE_OUT_MS = 6000;
export const BREATHING_MS = 60_000;

export interface BreathPhase {
  phase: 'in' | 'out';
  /** Whole seconds left in this phase (1 at the last second). */
  secondsLeft: number;
  /** How far into this phase, 0..1. */
  progress: number;
  /** Which breath, from 1. */
  breath: number;
}

export function breathPhase(ms: number): BreathPhase {
  const cycle = BREATHE_IN_MS + BREATHE_OUT_MS;
  const t = Math.max(0, ms);
  const into = t % cycle;
  const breath = Math.floor(t / cycle) + 1;
  if (into < BREATHE_IN_MS)
    return {
      phase: 'in',
      secondsLeft: Math.ceil((BREATHE_IN_MS - into) / 1000),
      progress: into / BREATHE_IN_MS,
      breath,
    };
  const out = into - BREATHE_IN_MS;
  return {
    phase: 'out',
    secondsLeft: Math.ceil((BREATHE_OUT_MS - out) / 1000),
    progress: out / BREATHE_OUT_MS,
    breath,
  };
}
