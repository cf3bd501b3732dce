import { useEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { useChime } from './chime';
import { recordStore } from '../common/record-store';
import { useAutoClose } from './use-auto-close';
import { useFocusOnce } from './use-focus-once';
import { useStretchPicks } from './use-stretch-picks';
import { useDispatch } from '../common/use-dispatch';
import { useStored } from '../common/use-stored';
import { useFlare } from '../flare/use-flare';
import { useSavedRating } from '../rating/use-saved-rating';
import { notSaved } from './part-status';
import { answerMatch } from '../../utils/core/scheduler/answer-match';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { loadState, watchState } from '../../utils/storage/state';
import { loadLastMedicine, rememberMedicine, watchLastMedicine } from '../../utils/storage/medicine';
import type { Answer, PendingPrompt, PromptKind } from '../../utils/core/scheduler';
import type { Settings } from '../../utils/core/settings/settings';
import type { Stretch } from '../../utils/core/content/stretches';
import type { RatingAmendment } from '../../utils/storage/records';
import type { PartStatus } from './part-status';
import type { SavedRating, SavedRatingControl } from '../rating/use-saved-rating';
import type { EarlyKeys } from '../rating/early-keys';
import type { EarlyAnswer } from './quick-prompt';
import type { StoredSettings } from '../../utils/storage/settings';
import type { SchedulerState } from '../../utils/core/scheduler/state';

export type { SavedRating };

/** What the prompt window's first script read and did before the page took over (quick-prompt.ts). */
export interface PromptStart {
  /** Read just before the first render, which then shows the prompt the first script drew. */
  settings?: StoredSettings;
  state?: SchedulerState;
  /** The prompt the first script drew (it may be answered, and gone from `state`, by now). */
  shown: PendingPrompt | null;
  /** An answer the first script gave, its reply still to come or come. */
  answer: EarlyAnswer | null;
  /** Digit keys it read: the pain part's scale takes them. */
  keys: EarlyKeys | null;
  /** The prompt it drew and put focus in: not focused again. */
  focused: string | null;
}

/** Everything the prompt shows, and what the user can do there. */
export interface PromptModel {
  /** Null until both the settings and the scheduler state have loaded. */
  settings: Settings | null;
  /**
   * The prompt on screen: the stored one while it waits (it follows parts added to it), then the
   * last copy seen, which stays after its parts are answered until another one replaces it.
   */
  shown: PendingPrompt | null;
  openParts: readonly PromptKind[];
  /**
   * Parts whose answer from this view is on its way: shown as still open until it is known how it
   * ended (the stored prompt may close them a moment before the reply comes).
   */
  answering: readonly PromptKind[];
  /** Snoozes left for all open parts together (snooze applies to them all). */
  snoozesLeft: number;
  status: Partial<Record<PromptKind, PartStatus>>;
  /** The rating this prompt saved (kept while taken back): its details can still be added. */
  rating: SavedRating | null;
  /** That rating changed, taken back (Undo) or given again, right after the click. */
  saved: SavedRatingControl;
  /** After a stretch break, when the user asked to rate pain again then. */
  askAfterBreak: boolean;
  stretches: readonly Stretch[];
  flare: ReturnType<typeof useFlare>;
  busy: boolean;
  error: string | null;
  /** The title's ref: focus starts there, or at the first open question below it. */
  heading: RefObject<HTMLHeadingElement>;
  /** Digit keys read before this took over, for the pain part's scale. */
  earlyKeys?: EarlyKeys;
  answer(kind: PromptKind, a: Answer): Promise<void>;
  /** One answer for every open part: snooze or skip. */
  answerAll(a: Answer): Promise<void>;
  rateAfterBreak(score: number): Promise<void>;
  amendRating(details: RatingAmendment): Promise<void>;
  /** The medicine named last with the medication tag (empty: none). */
  lastMedicine: string;
}

/**
 * The waiting prompt: loads it, keeps it on screen, and sends its answers. Shared by the prompt
 * window and the toolbar popup, which shows it when a prompt waits.
 */
export function usePrompt(start?: PromptStart): PromptModel {
  const settings = useStored(loadSettings, watchSettings, start?.settings)?.settings;
  const lastMedicine = useStored(loadLastMedicine, watchLastMedicine);
  const state = useStored(loadState, watchState, start?.state);
  const pending = state?.pending ?? null;
  const [shown, setShown] = useState<PendingPrompt | null>(() => start?.shown ?? start?.state?.pending ?? null);
  const [status, setStatus] = useState<Partial<Record<PromptKind, PartStatus>>>({});
  const saved = useSavedRating();
  const { rating } = saved;
  const [askAfterBreak, setAskAfterBreak] = useState(false);
  // The first script's answer is on its way or just came back: its part stays on screen as it was.
  const [answering, setAnswering] = useState<readonly PromptKind[]>(() => (start?.answer ? [start.answer.kind] : []));
  // Busy from the start while the first script's answer is on its way: its part takes no other.
  const { busy, error, dispatch, clearError, release } = useDispatch(!!start?.answer && !start.answer.settled);
  // Asked again whenever the rating saved here changes: changed, taken back or given again.
  const flare = useFlare(rating ? `${rating.id}:${rating.score}:${saved.takenBack}` : null);

  // A new prompt replaces the one on screen (the window is reused), with no error left from the old
  // one. Only a new prompt (a new id) resets the screen; the same prompt re-read after an answer
  // must not. The same prompt changed in storage (a part added by "break now" or "rate now") is
  // kept as the last copy seen, so its finished parts stay on screen once it is gone from storage.
  // biome-ignore lint/correctness/useExhaustiveDependencies: shown is what is compared against, not a trigger.
  useEffect(() => {
    if (!pending) return;
    if (pending.id !== shown?.id) {
      setStatus({});
      saved.clear();
      setAskAfterBreak(false);
      clearError();
    }
    setShown(pending);
  }, [pending]);

  // While it waits, the prompt on screen is the stored one as it is now (its parts, snoozes left,
  // posture item), not the copy taken when it arrived; the last copy only stays once it is gone.
  const live = shown && pending?.id === shown.id ? pending : shown;
  const heading = useFocusOnce(live?.id, start?.focused ?? null);
  useChime(live?.id, !!settings?.delivery.sound);
  const stretches = useStretchPicks(live?.id, settings, flare.active);

  const openParts = live && pending?.id === live.id ? pending.open : [];
  // Close by itself once everything is answered, unless the user may still add details, undo or
  // change the rating (taken back, it stays here until given again), or must read that an answer
  // was not saved.
  const unsaved = Object.values(status).some(notSaved);
  useAutoClose(
    live !== null && openParts.length === 0 && !rating && !askAfterBreak && !unsaved,
    async () => !(await loadState()).pending?.open.length,
  );

  // `early`: this answer, sent already by the first script; its reply shown at once if it has come
  // (no render in between, so the scale it was given on stays, and keeps focus).
  const send = async (promptId: string, kind: PromptKind, a: Answer, early?: EarlyAnswer): Promise<void> => {
    const settled = early?.settled;
    // Its reply came after the first render (busy from the start) but before this: that busy ends here.
    if (settled) release();
    const result = settled ?? (await dispatch({ type: 'answer', promptId, kind, answer: a }, early?.reply));
    if (!result) return;
    // Another view (a second prompt window, the popup) may have answered this part first: only an
    // answer stored as this one is "saved" here, and only that rating takes details from this view.
    const { stored } = result;
    const match = answerMatch(stored, kind, a);
    if (match !== 'same') {
      setStatus((s) => ({ ...s, [kind]: stored && match === 'other' ? { other: stored, mine: a } : 'gone' }));
      return;
    }
    setStatus((s) => ({ ...s, [kind]: a.action === 'snooze' ? 'snoozed' : a.action === 'skip' ? 'skipped' : 'saved' }));
    if (stored?.type === 'rating') saved.saved(stored);
    if (kind === 'stretch' && a.action === 'done' && settings?.pain.afterBreak) setAskAfterBreak(true);
  };
  // The first script's answer, until it is followed below: its part, still shown open on the first
  // render, takes no other answer meanwhile (the part was answered once already).
  const unfollowed = useRef(start?.answer ?? null);
  const answer = async (kind: PromptKind, a: Answer, early?: EarlyAnswer): Promise<void> => {
    if (!early && unfollowed.current?.kind === kind) return;
    const promptId = early?.promptId ?? live?.id;
    if (!promptId) return;
    setAnswering((k) => [...k, kind]);
    try {
      await send(promptId, kind, a, early);
    } finally {
      setAnswering((k) => k.filter((x) => x !== kind));
    }
  };
  // Once, on taking over: the first script's answer is followed here as if given here; its keys,
  // if the pain part's scale did not take them (it takes them first), are no longer read there.
  // Not when another prompt waits already: that one is on screen, and this answer is not about it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when this takes the page over.
  useEffect(() => {
    const early = start?.answer;
    const waiting = start?.state?.pending;
    if (early && (!waiting || waiting.id === early.promptId)) void answer(early.kind, early.answer, early);
    // Not followed: the page was busy only for that answer, and takes the prompt on screen's at once.
    else release();
    unfollowed.current = null;
    start?.keys?.take();
  }, []);

  return {
    settings: state && settings ? settings : null,
    shown: live,
    openParts,
    answering,
    snoozesLeft: Math.min(...openParts.map((k) => live?.snoozesLeft[k] ?? 0)),
    status,
    rating,
    saved,
    askAfterBreak,
    stretches,
    flare,
    busy,
    error,
    heading,
    ...(start?.keys ? { earlyKeys: start.keys } : {}),
    answer: (kind, a) => answer(kind, a),
    answerAll: async (a) => {
      for (const kind of openParts) await answer(kind, a);
    },
    rateAfterBreak: async (score) => {
      // A new id per click; useDispatch keeps an unconfirmed one for the same score clicked again.
      const result = await dispatch({ type: 'rate', id: crypto.randomUUID(), score, source: 'after-break' });
      const stored = result?.stored;
      if (stored?.type === 'rating') {
        setAskAfterBreak(false);
        saved.saved(stored);
      }
    },
    amendRating: async (details) => {
      if (!rating || saved.takenBack) return;
      const ok = await (await recordStore()).amendRating(rating.date, rating.id, details);
      if (!ok) throw new Error('rating not found');
      // The medicine named with the medication tag is offered next time.
      if (details.medicine && details.tags?.includes('medication')) await rememberMedicine(details.medicine);
    },
    lastMedicine: lastMedicine ?? '',
  };
}
