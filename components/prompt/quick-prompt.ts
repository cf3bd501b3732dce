/**
 * The prompt window's first script (README, "Performance"). When the waiting prompt has an open
 * pain part, it draws the title and that part as PromptContent first renders them, focuses the
 * scale as the page does, and sends a score clicked or typed there to the background itself: an
 * answer goes through the background, which drops one for a prompt no longer waiting. Preact then
 * renders the same markup over it (adopting these elements, so focus stays put) and takes over
 * by calling `handOver`. Without Preact, the polyfill, valibot or the scheduler: other prompts
 * wait for the rest of the page.
 */
import { readStaticKeys } from '../rating/early-keys';
import { KIND_TEXT } from '../../utils/core/content/kind-text';
import { SCORES } from '../../utils/core/content/pain-scale';
import { nativeApi } from '../../utils/native-browser';
import type { EarlyKeys } from '../rating/early-keys';
import type { Answer } from '../../utils/core/scheduler/events';
import type { PromptKind } from '../../utils/core/scheduler/state';
import type { DispatchResult } from '../../utils/messaging';

/** An answer given before Preact took over, and the background's reply to it. */
export interface EarlyAnswer {
  promptId: string;
  kind: PromptKind;
  answer: Answer;
  reply: Promise<DispatchResult>;
  /** The reply, once it has come: the page taking over shows it at once, with no busy moment. */
  settled?: DispatchResult;
}

export interface QuickPrompt {
  /** The id of the prompt drawn here, focus placed in it; null when nothing was drawn. */
  readonly drawn: string | null;
  /** The scheduler state as read here (unchecked): the prompt drawn, even once answered and gone. */
  readonly read: unknown;
  /** Resolves once no answer given here is on its way (at once when none is). */
  answered(): Promise<void>;
  /** Stops answering here: the answer given here, if any, and the keys typed since. */
  handOver(): { answer: EarlyAnswer | null; keys: EarlyKeys | null };
}

interface WaitingPain {
  id: string;
  kinds: readonly string[];
}

/** The waiting prompt, if it starts with an open pain part (pain always comes first); read loosely. */
function waitingPain(raw: unknown): WaitingPain | null {
  const p = (raw as { pending?: { id?: unknown; kinds?: unknown; open?: unknown } } | null)?.pending;
  if (!p || typeof p.id !== 'string' || !Array.isArray(p.kinds) || !Array.isArray(p.open)) return null;
  return p.kinds[0] === 'pain' && p.open.includes('pain') ? { id: p.id, kinds: p.kinds } : null;
}

/** The scheduler state as the page reads it: storage.session's copy while storage.local refuses it. */
async function readScheduler(): Promise<unknown> {
  const { storage } = nativeApi();
  const [fallback, local] = await Promise.all([
    storage.session?.get('schedulerFallback').catch(() => undefined),
    storage.local.get('scheduler'),
  ]);
  return fallback?.schedulerFallback ?? local.scheduler;
}

/**
 * The prompt the window was opened for, from its address (`promptSearch`): drawn at once, before
 * the storage read confirms it (the read, not the drawing, is what a window opened this way waits
 * on). Only a prompt whose first part is an open pain part.
 */
export function hintedPain(search: string): WaitingPain | null {
  const q = new URLSearchParams(search);
  const id = q.get('p');
  const kinds = q.get('k')?.split(',') ?? [];
  return id && kinds[0] === 'pain' ? { id, kinds } : null;
}

const sameKinds = (a: WaitingPain, b: WaitingPain): boolean => a.kinds.join() === b.kinds.join();

/** Nothing drawn: the page shows what waits, as before. */
const nothing = (read: unknown): QuickPrompt => ({
  drawn: null,
  read,
  answered: () => Promise.resolve(),
  handOver: () => ({ answer: null, keys: null }),
});

export async function startQuickPrompt(root: HTMLElement): Promise<QuickPrompt> {
  const api = nativeApi();
  const t = (key: string, subs?: string): string => api.i18n.getMessage(key, subs) || key;
  document.title = t('promptTitle');
  document.documentElement.lang = t('locale');
  const reading = readScheduler().catch(() => null);
  const hinted = hintedPain(location.search);
  let read: unknown = null;
  let prompt = hinted;
  if (!prompt) {
    read = await reading;
    prompt = waitingPain(read);
    if (!prompt) return nothing(read);
  }

  root.replaceChildren(drawPain(t, prompt));
  root.querySelector<HTMLElement>('[data-prompt-focus]')?.focus();
  // The typed messaging the rest of the page uses: loaded once the scale is on screen (not one more
  // file before it), so an answer need not wait for it.
  const messaging = new Promise<typeof import('../../utils/messaging')>((resolve, reject) =>
    setTimeout(() => void import('../../utils/messaging').then(resolve, reject), 0),
  );
  messaging.catch(() => undefined);
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('.rating-btn')];
  let handedOver = false;
  let given: EarlyAnswer | null = null;
  // One answer: the part is answered once (the page changes it afterwards, through its own control).
  const rate = (score: number): void => {
    if (given || handedOver || !prompt) return;
    const answer: Answer = { action: 'rated', score };
    const event = { type: 'answer' as const, promptId: prompt.id, kind: 'pain' as const, answer };
    const early: EarlyAnswer = {
      promptId: prompt.id,
      kind: 'pain',
      answer,
      reply: messaging.then((m) => m.dispatch(event)),
    };
    early.reply.then(
      (r) => (early.settled = r),
      () => undefined,
    );
    given = early;
    // Shown as given at once; no other key is read here (a "1" waiting is dropped with its hint).
    for (const [i, b] of buttons.entries()) b.setAttribute('aria-pressed', String(i === score));
    keys.stop();
  };
  const onClick = (e: Event): void => {
    const score = buttons.indexOf((e.target as Element).closest<HTMLButtonElement>('.rating-btn')!);
    if (score >= 0) rate(score);
  };
  // Digit keys as RatingScale reads them; after the hand-over none is kept once an answer was given.
  const keys = readStaticKeys(root, t('ratingPendingOne'), rate, () => given !== null);
  root.addEventListener('click', onClick);

  if (hinted) {
    // The address named this prompt; storage says what waits now (the window may be reloaded, or
    // restored with the browser, long after). An answer already given to the one drawn goes to the
    // background, which drops it if that prompt no longer waits, as for any answer given late.
    read = await reading;
    const stored = waitingPain(read);
    if (!given && !stored) {
      keys.stop();
      root.removeEventListener('click', onClick);
      root.replaceChildren();
      return nothing(read);
    }
    if (!given && stored && (stored.id !== hinted.id || !sameKinds(stored, hinted))) {
      prompt = stored;
      relabel(root, t, stored);
    }
  }

  return {
    drawn: prompt.id,
    read,
    answered() {
      return (given?.reply ?? Promise.resolve()).then(
        () => undefined,
        () => undefined,
      );
    },
    handOver() {
      handedOver = true;
      keys.handOver();
      root.removeEventListener('click', onClick);
      return { answer: given, keys: keys.keys };
    },
  };
}

/** The drawn pain part's title for `prompt`: alone, or one part of several (as drawPain makes it). */
function relabel(root: HTMLElement, t: (key: string) => string, prompt: WaitingPain): void {
  const alone = prompt.kinds.length === 1;
  const h1 = root.querySelector('h1');
  if (h1) h1.textContent = alone ? t(KIND_TEXT.pain) : t('promptTitle');
  const h2 = root.querySelector('#part-pain');
  if (alone) h2?.setAttribute('class', 'visually-hidden');
  else h2?.removeAttribute('class');
}

type Child = Node | string;
function el(tag: string, attrs: Record<string, string>, ...children: Child[]): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

/** What PromptContent renders first for this prompt: its title and open pain part (tests/components/prompt-first.test.tsx compares them). */
function drawPain(t: (key: string, subs?: string) => string, prompt: WaitingPain): HTMLElement {
  const alone = prompt.kinds.length === 1;
  const scale = el(
    'div',
    {
      class: 'rating-scale',
      role: 'group',
      'aria-labelledby': 'pain-q',
      'aria-describedby': 'pain-q-anchors',
      tabindex: '-1',
      'data-prompt-focus': '',
    },
    ...SCORES.map((s) =>
      el(
        'button',
        {
          type: 'button',
          class: 'rating-btn',
          style: `--score: ${s};`,
          'aria-pressed': 'false',
          'aria-label': t('scoreButtonLabel', String(s)),
        },
        String(s),
      ),
    ),
  );
  return el(
    'main',
    { class: 'prompt' },
    el('h1', { tabindex: '-1' }, alone ? t(KIND_TEXT.pain) : t('promptTitle')),
    el(
      'section',
      { class: 'card', 'aria-labelledby': 'part-pain' },
      el('h2', { id: 'part-pain', ...(alone ? { class: 'visually-hidden' } : {}) }, t(KIND_TEXT.pain)),
      el('p', { id: 'pain-q', class: 'question' }, t('painQuestion')),
      el(
        'div',
        {},
        scale,
        el('p', { class: 'rating-pending', 'aria-live': 'polite' }),
        el(
          'div',
          { class: 'rating-anchors muted', id: 'pain-q-anchors' },
          el('span', {}, t('painAnchorLow')),
          el('span', {}, t('painAnchorHigh')),
        ),
      ),
      // HighRatingNotice's place, empty until a 9 or 10 is given (its live region exists from the start).
      el('div', { class: 'safety-slot' }, el('p', { role: 'status', class: 'visually-hidden' })),
      el('p', { class: 'muted' }, t('ratingKeysHint')),
    ),
  );
}
