/** The 0–10 NRS, no bands (docs/clinical-basis.md, "Pain scale"). */
export const SCORES: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * Turns key presses into scores with no clock, so typing speed never changes the score: 0 and 2–9
 * rate at once; "1" waits, visibly, for what comes next: "0" makes it 10, Enter makes it 1, Escape
 * drops it, and another digit replaces it (the last digit typed is the one meant). One intention,
 * one score: a slow "1 … 0" is 10, never 1 and then 0. `onPending` says when a "1" waits; `oneWaiting`
 * starts it with a "1" typed before it (the popup's first script hands one over).
 */
export function digitReader(
  emit: (score: number) => void,
  onPending: (waiting: boolean) => void = () => {},
  oneWaiting = false,
): { key(k: string): boolean; readonly one: boolean } {
  let one = oneWaiting;
  const wait = (w: boolean): void => {
    if (one !== w) onPending(w);
    one = w;
  };
  return {
    get one() {
      return one;
    },
    key(k) {
      if (one && (k === 'Enter' || k === 'Escape')) {
        wait(false);
        if (k === 'Enter') emit(1);
        return true;
      }
      if (!/^[0-9]$/.test(k)) return false;
      if (one && k === '0') {
        wait(false);
        emit(10);
      } else if (k === '1') wait(true);
      else {
        wait(false);
        emit(Number(k));
      }
      return true;
    },
  };
}
