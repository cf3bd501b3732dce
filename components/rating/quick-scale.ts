/**
 * The popup's first script: the rating scale and the header are static markup in popup.html, and
 * this makes them work at once, without Preact, the polyfill or the scheduler (README,
 * "Performance"). It fills in the words, enables the scale, and stores a click itself. Preact then
 * renders the same markup over it (adopting these very elements, so focus stays put) and takes
 * over by calling `handOver`, which stops these handlers and gives it what a click here did.
 */
import { nativeApi } from '../../utils/native-browser';
import { storeRating } from '../../utils/storage/store-rating';
import type { RatingRecord } from '../../utils/core/data/records';

export interface QuickScale {
  /** Stops this script's handlers; resolves to the rating a click here stored (null: none), or rejects as it did. */
  handOver(): Promise<RatingRecord | null>;
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
  let result: Promise<RatingRecord | null> = Promise.resolve(null);
  const onClick = (e: Event): void => {
    if (handedOver) return;
    const target = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!target || target.disabled) return;
    const score = buttons.indexOf(target);
    if (score >= 0) {
      // One at a time; the buttons stay enabled, so a focused one keeps its focus.
      if (storing) return;
      storing = true;
      target.setAttribute('aria-pressed', 'true');
      result = storeRating(api.storage.local, crypto.randomUUID(), score, Date.now()).finally(() => {
        storing = false;
      });
      return;
    }
    const page = target.dataset.open;
    if (page === 'options') void api.runtime.openOptionsPage().then(() => window.close());
    else if (page) void api.tabs.create({ url: api.runtime.getURL(page) }).then(() => window.close());
  };
  root.addEventListener('click', onClick);
  for (const b of root.querySelectorAll<HTMLButtonElement>('button[disabled]')) b.disabled = false;

  return {
    handOver() {
      handedOver = true;
      root.removeEventListener('click', onClick);
      return result;
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
