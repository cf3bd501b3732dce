/**
 * The popup's first script: the rating scale and the header are static markup in popup.html, and
 * this makes them work at once, without Preact, the polyfill or the scheduler (README,
 * "Performance"). It fills in the words, enables the scale, and stores a click itself. Preact then
 * renders the same markup over it (adopting these very elements, so focus stays put) and takes
 * over by calling `handOver`, which stops these handlers and gives it what a click here did.
 */
import { readStaticKeys } from './early-keys';
import { nativeApi } from '../../utils/native-browser';
import { storeRating } from '../../utils/storage/store-rating';
import type { RatingRecord } from '../../utils/core/data/records';
import type { EarlyKeys } from './early-keys';

export interface QuickScale {
  /** Resolves once no rating clicked or typed here is being stored (at once when none is). */
  stored(): Promise<void>;
  /**
   * Stops storing here. `stored`: the rating a click or key here stored (or is storing), rejecting
   * as that did; null when there was none, so the page is not busy with nothing. Keys are still read
   * until `keys.take()`, so none typed in between is lost.
   */
  handOver(): { stored: Promise<RatingRecord> | null; keys: EarlyKeys };
}

export function startQuickScale(root: ParentNode): QuickScale {
  const api = nativeApi();
  const t = (key: string, subs?: string): string => api.i18n.getMessage(key, subs) || key;
  document.documentElement.lang = t('locale');
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n!);
  dropLayout(root);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.rating-btn')];
  for (const [score, b] of buttons.entries()) b.setAttribute('aria-label', t('scoreButtonLabel', String(score)));

  let handedOver = false;
  let storing = false;
  // The score stored here last: given again (a double click, a held key), it is that rating, as in
  // PopupApp; another score is another rating.
  let last: number | null = null;
  let result: Promise<RatingRecord> | null = null;
  const press = (score: number | null): void => {
    for (const [i, b] of buttons.entries()) b.setAttribute('aria-pressed', String(i === score));
  };
  const rate = (score: number): void => {
    // One at a time; the buttons stay enabled, so a focused one keeps its focus.
    if (storing || score === last) return;
    storing = true;
    last = score;
    press(score);
    result = storeRating(api.storage.local, crypto.randomUUID(), score, Date.now())
      .catch((err: unknown) => {
        // Not stored: nothing is shown as given (PopupApp says why once it has taken over).
        last = null;
        press(null);
        throw err;
      })
      .finally(() => {
        storing = false;
      });
  };
  const onClick = (e: Event): void => {
    if (handedOver) return;
    const target = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!target || target.disabled) return;
    const score = buttons.indexOf(target);
    if (score >= 0) {
      rate(score);
      return;
    }
    const page = target.dataset.open;
    if (page === 'options') void api.runtime.openOptionsPage().then(() => window.close());
    else if (page) void api.tabs.create({ url: api.runtime.getURL(page) }).then(() => window.close());
  };
  // Digit keys as RatingScale reads them; after the hand-over, kept for Preact (not the one stored here).
  const read = readStaticKeys(root, t('ratingPendingOne'), rate, (score) => score === last);
  root.addEventListener('click', onClick);
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[disabled]')) b.disabled = false;

  return {
    stored() {
      return (result ?? Promise.resolve()).then(
        () => undefined,
        () => undefined,
      );
    },
    handOver() {
      handedOver = true;
      read.handOver();
      root.removeEventListener('click', onClick);
      return { stored: result, keys: read.keys };
    },
  };
}

/**
 * Removes the markup's indentation (whitespace-only text) and comments: Preact, rendering over
 * this markup, has no nodes for them and would move each element past one, and moving a focused
 * button takes its focus away.
 */
function dropLayout(root: ParentNode): void {
  const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  const drop: Node[] = [];
  for (let n = walk.nextNode(); n; n = walk.nextNode())
    if (n.nodeType === 8 || !/\S/.test(n.nodeValue ?? '')) drop.push(n);
  for (const n of drop) n.parentNode?.removeChild(n);
}
