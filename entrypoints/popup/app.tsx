import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { browser } from 'wxt/browser';
import { KIND_TEXT as KIND_KEY } from '../../utils/core/content/kind-text';
import { FlareBanner } from '../../components/flare/flare-banner';
import { HighRatingNotice } from '../../components/safety/high-rating-notice';
import { RatingScale } from '../../components/rating/rating-scale';
import { SavedRating } from '../../components/rating/saved-rating';
import { PainScaleClaim } from '../../components/rating/scale-claim';
import { useLastRating } from '../../components/rating/use-last-rating';
import { useSavedRating } from '../../components/rating/use-saved-rating';
import { useFlare } from '../../components/flare/use-flare';
import { useNow, useStored } from '../../components/common/use-stored';
import { formatRelative, formatTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import { withFlare } from '../../utils/core/settings/flare';
import { upcoming } from '../../utils/core/scheduler';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { loadState, watchState } from '../../utils/storage/state';
import { today } from '../../utils/today';
import type { UserEvent } from '../../utils/messaging';
import type { RatingRecord } from '../../utils/core/data/records';
import type { PromptKind } from '../../utils/core/scheduler';
import { useDispatch } from '../../components/common/use-dispatch';
import { HoldControls } from '../../components/popup/hold-controls';
import { HoldStatus } from '../../components/popup/hold-status';
import { storeRating } from '../../utils/storage/store-rating';
import { userError } from '../../utils/user-error';
import type { EarlyKeys } from '../../components/rating/early-keys';

const SHOWN_KINDS: readonly PromptKind[] = [
  'pain',
  'posture',
  'stretch',
  'eyes',
  'breathing',
  'water',
  'peg',
  'morning',
];
/** Always listed (as "off" when switched off); the optional prompts only when on. */
const CORE_KINDS: readonly PromptKind[] = ['pain', 'posture', 'stretch'];

/** Opens a page of the extension in a new tab, and closes the popup. */
const openPage = (path: Parameters<typeof browser.runtime.getURL>[0]): void =>
  void browser.tabs.create({ url: browser.runtime.getURL(path) }).then(() => window.close());

/**
 * The toolbar popup: what comes next, pause/resume, a meeting hold, a break now, and a one-click
 * rating. `first`: what a click on the static scale stored before this took over from the page's
 * first script (components/rating/quick-scale.ts), or is storing.
 */
export function PopupApp({ first, keys }: { first?: Promise<RatingRecord> | null; keys?: EarlyKeys } = {}) {
  const settingsRead = useStored(loadSettings, watchSettings);
  const state = useStored(loadState, watchState);
  const now = useNow(15_000);
  // The rating given here last: Undo takes it back.
  const own = useSavedRating();
  const saved = own.rating && !own.takenBack ? own.rating : null;
  const { busy, error, dispatch } = useDispatch();
  // Busy from the start while a rating the first script stored is settled: the scale takes keys as
  // soon as it is on the page, and that score typed again is that rating, not a second one.
  const [rating, setRating] = useState<{ busy: boolean; error: string | null }>({ busy: !!first, error: null });
  const flare = useFlare(own.rating ? `${own.rating.id}:${own.rating.score}:${own.takenBack}` : null);
  const last = useLastRating(today(new Date(now)));
  const card = useRef<HTMLElement>(null);
  // Whether the waiting prompt shown here has its pain scale on screen: then it is the popup's only
  // scale (its own steps aside), and it stays while its rating can be changed or taken back.
  const [promptScale, setPromptScale] = useState(false);
  // Known from the stored state before the prompt view has loaded: its scale is coming.
  const painWaiting = !!state?.pending?.open.includes('pain');
  // The prompt view is loaded only when a prompt waits, keeping the popup's own script small.
  const [Prompt, setPrompt] = useState<ComponentType | null>(null);
  const waiting = !!state?.pending;
  useEffect(() => {
    if (waiting && !Prompt)
      void import('../../components/prompt/prompt-view').then((m) => setPrompt(() => m.PromptView));
  }, [waiting, Prompt]);

  // The one-click rating needs nothing from storage: it is on screen at once; the rest follows.
  const settings = settingsRead ? withFlare(settingsRead.settings, flare.active) : null;
  const up =
    settings && state
      ? upcoming(settings, state, { now, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone })
      : null;

  const send = async (event: UserEvent): Promise<boolean> => (await dispatch(event)) !== null;
  // Stored here, under the day's lock, not sent to the background: the click is stored in
  // milliseconds, and the background reacts to the stored rating (entrypoints/background/ratings.ts).
  const settle = async (work: Promise<RatingRecord | null>): Promise<void> => {
    setRating({ busy: true, error: null });
    try {
      const stored = await work;
      if (stored) own.saved(stored);
      setRating({ busy: false, error: null });
    } catch (err) {
      setRating({ busy: false, error: userError(err) });
    }
  };
  // A click the first script stored (or is storing) before this took over. Digit keys it read go to
  // the scale below (its effect runs first); if that is not on screen, or not taking keys, the first
  // script stops reading them here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when this takes the page over.
  useEffect(() => {
    if (first) void settle(first);
    keys?.take();
  }, []);
  // The score just saved, clicked again, is that rating: nothing to store. Another score is another
  // rating (a misclick is taken back with Undo), with a new id.
  const rate = (score: number): void => {
    if (saved?.score === score || rating.busy) return;
    void settle(storeRating(browser.storage.local, crypto.randomUUID(), score, Date.now()));
  };

  const when = (kind: PromptKind): string => {
    if (!up || !settings) return '';
    const next = up.next[kind];
    if (!settings[kind].enabled) return t('popupOff');
    if (next === 'now') return t('popupNow');
    if (up.holding.length && up.held.includes(kind)) return t('popupHeldWhen');
    if (next === null) return t('popupNotScheduled');
    return t('popupAtTime', [formatTime(next, now), formatRelative(next, now)]);
  };

  return (
    <main class="popup">
      <header>
        <h1>{t('extName')}</h1>
        <button type="button" class="btn btn-small" onClick={() => openPage('/summary.html')}>
          {t('popupSummary')}
        </button>
        <button type="button" class="btn btn-small" onClick={() => openPage('/diary.html')}>
          {t('diaryTitle')}
        </button>
        <button
          type="button"
          class="btn btn-small"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          {t('openSettings')}
        </button>
      </header>

      {(up?.pending || promptScale) && Prompt && (
        <section class="popup-prompt card" aria-label={t(up?.pending ? 'popupWaiting' : 'popupAnswered')}>
          <PainScaleClaim.Provider value={setPromptScale}>
            <Prompt />
          </PainScaleClaim.Provider>
        </section>
      )}

      <FlareBanner active={flare.active} suggested={flare.suggested} onChange={flare.set} />

      {promptScale || painWaiting ? (
        last && <LastRating rating={last} now={now} />
      ) : (
        <section class="card" aria-labelledby="popup-q" ref={card}>
          <p id="popup-q" class="question">
            {t('painQuestion')}
          </p>
          <RatingScale
            questionId="popup-q"
            compact
            digitKeys={!up?.pending}
            earlyKeys={keys}
            disabled={busy || own.busy}
            selected={saved?.score ?? null}
            onRate={rate}
          />
          <SavedRating control={own} scale={card} changeable={false} />
          <HighRatingNotice
            rating={saved}
            onHidden={() => card.current?.querySelector<HTMLElement>('.rating-btn[aria-pressed="true"]')?.focus()}
          />
          {last && <LastRating rating={last} now={now} />}
        </section>
      )}

      {!up || !settings ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <>
          <section class="card" aria-labelledby="next-title">
            <h2 id="next-title">{t('popupNextUp')}</h2>
            <HoldStatus
              up={up}
              now={now}
              disabled={busy}
              onResume={() => void send({ type: 'resume' })}
              onEndMeeting={() => void send({ type: 'meeting-end' })}
            />
            {up.idle && up.pausedUntil === null && <p class="muted">{t('statusAway')}</p>}
            <ul class="next-list">
              {SHOWN_KINDS.filter((k) => CORE_KINDS.includes(k) || settings[k].enabled).map((k) => (
                <li key={k}>
                  <span>{t(KIND_KEY[k])}</span>
                  <span class="next-when">{when(k)}</span>
                </li>
              ))}
            </ul>
          </section>

          <div class="row">
            <button
              type="button"
              class="btn btn-primary"
              disabled={busy}
              onClick={() => void send({ type: 'break-now' }).then(() => window.close())}
            >
              {t('popupBreakNow')}
            </button>
          </div>

          <HoldControls
            paused={up.pausedUntil !== null}
            meeting={up.meeting !== null}
            disabled={busy}
            send={(event) => void send(event)}
          />
        </>
      )}

      {(rating.error ?? error) && (
        <p class="error" role="alert">
          {rating.error ?? error}
        </p>
      )}

      <div class="row">
        <button type="button" class="btn btn-small" onClick={() => openPage('/help.html')}>
          {t('helpTitle')}
        </button>
      </div>
    </main>
  );
}

/** "Today's last rating: 3 at 14:02", with Edit opening it in the diary. */
function LastRating({ rating, now }: { rating: RatingRecord; now: number }) {
  const score = String(rating.score);
  const time = formatTime(rating.at, now);
  return (
    <div class="row popup-last muted">
      <span>{t('popupLastRating', [score, time])}</span>
      <button
        type="button"
        class="btn btn-small"
        aria-label={t('popupLastEditLabel', [score, time])}
        onClick={() =>
          openPage(`/diary.html?date=${encodeURIComponent(rating.date)}&edit=${encodeURIComponent(rating.id)}`)
        }
      >
        {t('popupLastEdit')}
      </button>
    </div>
  );
}
