/**
 * Digit keys on a page's static pain scale, read by the page's first script before Preact takes
 * the page over (the popup, the prompt window), as RatingScale reads them after: "0" and "2"–"9"
 * are a score at once; a "1" waits, shown on button 1 and in the pending line, for "0" or Enter.
 */
import { digitReader } from '../../utils/core/content/pain-scale';

/** Digit keys typed on the static scale, for the scale that takes the page over. */
export interface EarlyKeys {
  /** Whether a typed "1" waits for "0" or Enter now. */
  readonly one: boolean;
  /** Stops reading keys here: whether a "1" waits, and the score typed since the hand-over, if any (once). */
  take(): { one: boolean; typed: number | null };
}

export interface StaticKeys {
  keys: EarlyKeys;
  /**
   * From now on the page is Preact's: nothing here is drawn, and a score typed is kept for it
   * (the first one only, as it takes one at a time) instead of given. Keys are read until
   * `keys.take()`, so none typed in between is lost.
   */
  handOver(): void;
  /** Before the hand-over: stops reading keys here for good, and clears a waiting "1" shown. */
  stop(): void;
}

/**
 * Reads digit keys on the whole page. `give`: a score typed before the hand-over. `same`: whether a
 * score typed after it is the one given here already (then it is not kept: it is that answer).
 */
export function readStaticKeys(
  root: ParentNode,
  pendingText: string,
  give: (score: number) => void,
  same: (score: number) => boolean,
): StaticKeys {
  let handedOver = false;
  let taken = false;
  let typed: number | null = null;
  const one = root.querySelectorAll<HTMLButtonElement>('.rating-btn')[1];
  const pending = root.querySelector('.rating-pending');
  const reader = digitReader(
    (score) => {
      if (!handedOver) give(score);
      else if (typed === null && !same(score)) typed = score;
    },
    (waiting) => {
      if (handedOver) return;
      one?.toggleAttribute('data-pending', waiting);
      if (pending) pending.textContent = waiting ? pendingText : '';
    },
  );
  const onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (reader.key(e.key)) e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  const take = (): { one: boolean; typed: number | null } => {
    document.removeEventListener('keydown', onKey);
    const early = { one: !taken && reader.one, typed };
    typed = null;
    taken = true;
    return early;
  };
  return {
    keys: {
      get one() {
        return !taken && reader.one;
      },
      take,
    },
    handOver() {
      handedOver = true;
    },
    stop() {
      take();
      if (handedOver) return;
      one?.removeAttribute('data-pending');
      if (pending) pending.textContent = '';
    },
  };
}
