import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chime } from './chime';
import './prompt.css';
import { EyeBreak } from './eye-break';
import { FlareBanner } from '../flare/flare-banner';
import { KIND_TEXT as KIND_KEY } from '../../utils/core/content/kind-text';
import { PegCheck } from './peg-check';
import { PostureCheck } from './posture-check';
import { RatingDetails } from '../rating/rating-details';
import { RatingScale } from '../rating/rating-scale';
import { StretchBreak } from './stretch-break';
import { useFlare } from '../flare/use-flare';
import { useStored } from '../common/use-stored';
import { t } from '../../utils/i18n';
import { addDays } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { pickStretches, stretchCount } from '../../utils/core/content/stretches';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { loadState, watchState } from '../../utils/storage/state';
import type { MessageKey } from '../../utils/i18n';
import type { RatingRecord } from '../../utils/core/data/records';
import { partId } from '../../utils/core/scheduler/state';
import type { Answer, PendingPrompt, PromptKind } from '../../utils/core/scheduler';
import { useDispatch } from '../common/use-dispatch';

type PartStatus = 'saved' | 'snoozed' | 'skipped';
const STATUS_KEY: Record<PartStatus, MessageKey> = { saved: 'promptAnswered', snoozed: 'promptSnoozed', skipped: 'promptSkipped' };

/**
 * The waiting prompt: its parts together, each answered in one click. Used by the prompt window
 * and, when a prompt waits, by the toolbar popup.
 */
/** The record store, loaded after the prompt is on screen: answering never waits for it. */
const recordStore = () => import('../../utils/storage/records');

export function PromptView({ embedded = false }: { embedded?: boolean } = {}) {
  // Inside the popup the prompt is a section of that page, not a second main landmark.
  const Main = embedded ? 'div' : 'main';
  const settings = useStored(loadSettings, watchSettings)?.settings;
  const state = useStored(loadState, watchState);
  const pending = state?.pending ?? null;
  const [shown, setShown] = useState<PendingPrompt | null>(null);
  const [status, setStatus] = useState<Partial<Record<PromptKind, PartStatus>>>({});
  const [rating, setRating] = useState<{ id: string; date: string; score: number } | null>(null);
  const [askAfterBreak, setAskAfterBreak] = useState(false);
  const { busy, error, dispatch } = useDispatch();
  const [recent, setRecent] = useState<RatingRecord[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const flare = useFlare(rating?.id);

  // A new prompt replaces the one on screen (the window is reused).
  useEffect(() => {
    if (pending && pending.id !== shown?.id) {
      setShown(pending);
      setStatus({});
      setRating(null);
      setAskAfterBreak(false);
    }
  }, [pending?.id]);

  // Focus on the first open question and its answers (Tab then reaches the answers, digit keys
  // rate at once); the title when nothing is open. Once per prompt, as soon as it is on screen
  // (the settings it needs may arrive a moment after the prompt itself).
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!shown || !heading.current || focusedFor.current === shown.id) return;
    focusedFor.current = shown.id;
    (heading.current.parentElement?.querySelector<HTMLElement>('[data-prompt-focus]') ?? heading.current).focus();
  });
  useEffect(() => {
    if (shown && settings?.delivery.sound) chime();
  }, [shown?.id]);

  useEffect(() => {
    const d = today();
    recordStore()
      .then(({ readRange }) => readRange(addDays(d, -7), d))
      .then((rs) => setRecent(rs.filter((r): r is RatingRecord => r.type === 'rating')))
      .catch(() => setRecent([]));
  }, []);

  const stretches = useMemo(
    () =>
      pickStretches(recent, Date.now(), stretchCount(flare.active ? 90 : (settings?.stretch.lengthSec ?? 300)), {
        favourites: settings?.stretches.favourites,
        hidden: settings?.stretches.hidden,
        gentleOnly: flare.active,
      }),
    [recent, shown?.id, settings?.stretch.lengthSec, flare.active],
  );

  const openParts = shown && pending?.id === shown.id ? pending.open : [];
  const finished = shown !== null && openParts.length === 0;

  // Close by itself once everything is answered, unless the user may still add details.
  useEffect(() => {
    if (!finished || rating || askAfterBreak) return;
    const id = setTimeout(() => window.close(), 1500);
    return () => clearTimeout(id);
  }, [finished, rating, askAfterBreak]);


  const answer = async (kind: PromptKind, a: Answer): Promise<void> => {
    if (!shown) return;
    const result = await dispatch({ type: 'answer', promptId: shown.id, kind, answer: a });
    if (!result) return;
    setStatus((s) => ({ ...s, [kind]: a.action === 'snooze' ? 'snoozed' : a.action === 'skip' ? 'skipped' : 'saved' }));
    // The rating's id is fixed by the prompt, so it is known even when a retried message found it
    // already stored (and so returned no new record).
    const saved = result.records.find((r) => r.type === 'rating');
    if (a.action === 'rated') setRating({ id: saved?.id ?? partId(shown.id, 'pain'), date: saved?.date ?? today(), score: a.score });
    if (kind === 'stretch' && a.action === 'done' && settings?.pain.afterBreak) setAskAfterBreak(true);
  };

  const rateAfterBreak = async (score: number): Promise<void> => {
    const result = await dispatch({ type: 'rate', id: crypto.randomUUID(), score, source: 'after-break' });
    const saved = result?.records.find((r) => r.type === 'rating');
    if (saved) {
      setAskAfterBreak(false);
      setRating({ id: saved.id, date: saved.date, score });
    }
  };

  const all = async (a: Answer): Promise<void> => {
    for (const kind of openParts) await answer(kind, a);
  };

  if (!state || !settings) return <Main class="prompt"><p>{t('loading')}</p></Main>;

  if (!shown) {
    return (
      <Main class="prompt">
        <h1 tabIndex={-1} ref={heading}>{t('promptNothing')}</h1>
        <p class="muted">{t('promptNothingHint')}</p>
        <div class="row">
          <button type="button" class="btn" onClick={() => window.close()}>{t('close')}</button>
        </div>
      </Main>
    );
  }

  const title = shown.kinds.length === 1 ? t(KIND_KEY[shown.kinds[0]!]) : t('promptTitle');
  const snoozesLeft = Math.min(...openParts.map((k) => shown.snoozesLeft[k] ?? 0));

  return (
    <Main class="prompt">
      <h1 tabIndex={-1} ref={heading}>{title}</h1>
      {shown.kinds.map((kind) => {
        const isOpen = openParts.includes(kind);
        const done = status[kind];
        return (
          <section key={kind} class="card" aria-labelledby={`part-${kind}`} {...(isOpen && kind !== 'pain' ? { tabIndex: -1, 'data-prompt-focus': '' } : {})}>
            <h2 id={`part-${kind}`} class={shown.kinds.length === 1 ? 'visually-hidden' : undefined}>
              {t(KIND_KEY[kind])}
            </h2>
            {kind === 'pain' && (isOpen || rating) && (
              <>
                <p id="pain-q" class="question">{t('painQuestion')}</p>
                <RatingScale
                  questionId="pain-q"
                  digitKeys={isOpen}
                  focusTarget={isOpen}
                  disabled={!isOpen || busy}
                  selected={rating?.score ?? null}
                  onRate={(score) => void answer('pain', { action: 'rated', score })}
                />
                <p class="muted">{t('ratingKeysHint')}</p>
              </>
            )}
            {kind === 'posture' && isOpen && (
              <PostureCheck item={shown.postureItem} disabled={busy} onAnswer={(a) => void answer('posture', { action: a })} />
            )}
            {kind === 'eyes' && isOpen && <EyeBreak disabled={busy} onDone={() => void answer('eyes', { action: 'done' })} />}
            {kind === 'peg' && isOpen && (
              <PegCheck disabled={busy} onSave={(a) => void answer('peg', { action: 'peg', ...a })} />
            )}
            {kind === 'stretch' && isOpen && (
              <StretchBreak stretches={stretches} disabled={busy} onDone={(seconds) => void answer('stretch', seconds === undefined ? { action: 'done' } : { action: 'done', seconds })} />
            )}
            {!isOpen && (
              <p class="part-done" role="status">
                {done ? t(STATUS_KEY[done]) : t('promptClosed')}
              </p>
            )}
          </section>
        );
      })}

      {askAfterBreak && (
        <section class="card" aria-labelledby="after-q">
          <p id="after-q" class="question">{t('painQuestion')}</p>
          <RatingScale questionId="after-q" digitKeys disabled={busy} onRate={(s) => void rateAfterBreak(s)} />
        </section>
      )}

      {rating && (
        <section class="card">
          <RatingDetails
            regions={settings.regions}
            onSave={async (details) => {
              const ok = await (await recordStore()).amendRating(rating.date, rating.id, details);
              if (!ok) throw new Error('rating not found');
            }}
          />
        </section>
      )}

      <FlareBanner active={flare.active} suggested={flare.suggested} onChange={flare.set} />

      {error && (
        <p class="error" role="alert">
          {t('errorGeneric', error)}
        </p>
      )}

      <footer class="prompt-footer stack">
        {openParts.length > 0 ? (
          <>
            <div class="row">
              <button type="button" class="btn" disabled={busy || snoozesLeft <= 0} onClick={() => void all({ action: 'snooze' })}>
                {snoozesLeft <= 0
                  ? t('snoozeNoneLeft')
                  : settings.snooze.sec < 60
                    ? t('snoozeSeconds', String(settings.snooze.sec))
                    : t('snooze', String(Math.round(settings.snooze.sec / 60)))}
              </button>
              <button type="button" class="btn" disabled={busy} onClick={() => void all({ action: 'skip' })}>
                {t('skip')}
              </button>
            </div>
            <div class="row muted">
              <span>{t('skipBecause')}</span>
              <button type="button" class="btn btn-small" disabled={busy} onClick={() => void all({ action: 'skip', reason: 'meeting' })}>
                {t('skipMeeting')}
              </button>
              <button type="button" class="btn btn-small" disabled={busy} onClick={() => void all({ action: 'skip', reason: 'focus' })}>
                {t('skipFocus')}
              </button>
            </div>
          </>
        ) : (
          <div class="row">
            <button type="button" class="btn" onClick={() => window.close()}>{t('close')}</button>
          </div>
        )}
      </footer>
    </Main>
  );
}
