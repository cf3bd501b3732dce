import { useRef } from 'preact/hooks';
import type { JSX } from 'preact';
import { BreathingBreak } from './breathing-break';
import { EyeBreak } from './eye-break';
import { WaterBreak } from './water-break';
import { MorningCheck } from './morning-check';
import { PegCheck } from './peg-check';
import { PostureCheck } from './posture-check';
import { StretchBreak } from './stretch-break';
import { RatingScale } from '../rating/rating-scale';
import { SavedRating } from '../rating/saved-rating';
import { HighRatingNotice } from '../safety/high-rating-notice';
import { partStatusText } from './part-status';
import { KIND_TEXT as KIND_KEY } from '../../utils/core/content/kind-text';
import { t } from '../../utils/i18n';
import type { Answer, PromptKind } from '../../utils/core/scheduler';
import type { Stretch } from '../../utils/core/content/stretches';
import type { PartStatus } from './part-status';
import type { SavedRatingControl } from '../rating/use-saved-rating';
import type { EarlyKeys } from '../rating/early-keys';

export interface PromptPartProps {
  kind: PromptKind;
  /** The only part of its prompt: the page title already names it, so its heading is hidden. */
  alone: boolean;
  open: boolean;
  /**
   * How the user's answer here ended (saved, or not and why); undefined when it closed elsewhere
   * (e.g. in another window) without an answer from this view.
   */
  status: PartStatus | undefined;
  /**
   * The pain part's rating, saved from this view: its scale stays live showing it, where another
   * score changes it, Undo takes it back and a score after that gives it again. Null otherwise.
   */
  own: SavedRatingControl | null;
  postureItem: number;
  stretches: readonly Stretch[];
  busy: boolean;
  /** The pain part: digit keys read by the page's first script, for its scale. */
  earlyKeys?: EarlyKeys | undefined;
  onAnswer(a: Answer): void;
}

/** One part of a prompt, by kind: its question while open, how it was answered once closed. */
export function PromptPart({
  kind,
  alone,
  open,
  status,
  own,
  postureItem,
  stretches,
  busy,
  earlyKeys,
  onAnswer,
}: PromptPartProps): JSX.Element {
  const section = useRef<HTMLElement>(null);
  const mine = kind === 'pain' ? own : null;
  const takenBack = mine?.takenBack ?? false;
  // Open: the answer. Saved here: another score changes it; taken back: a score gives it again.
  const pick = (score: number): void => {
    if (open || !mine) onAnswer({ action: 'rated', score });
    else if (takenBack) void mine.giveAgain(score);
    else void mine.change(score);
  };
  // Focus goes to the first open part; the pain part's own scale takes it instead.
  return (
    <section
      ref={section}
      class="card"
      aria-labelledby={`part-${kind}`}
      {...(open && kind !== 'pain' ? { tabIndex: -1, 'data-prompt-focus': '' } : {})}
    >
      <h2 id={`part-${kind}`} class={alone ? 'visually-hidden' : undefined}>
        {t(KIND_KEY[kind])}
      </h2>
      {kind === 'pain' && (open || mine) && (
        <>
          <p id="pain-q" class="question">
            {t('painQuestion')}
          </p>
          <RatingScale
            questionId="pain-q"
            digitKeys={open || takenBack}
            focusTarget={open}
            earlyKeys={earlyKeys}
            disabled={busy || !!mine?.busy}
            selected={!open && !takenBack ? (mine?.rating?.score ?? null) : null}
            onRate={pick}
          />
          {mine && !open && <SavedRating control={mine} scale={section} />}
          {/* Right after a 9–10 given or changed here: the warning signs, focus left on the scale. */}
          <HighRatingNotice
            rating={mine && !open && !takenBack ? mine.rating : null}
            level={3}
            onHidden={() => section.current?.querySelector<HTMLElement>('.rating-btn[aria-pressed="true"]')?.focus()}
          />
          {(open || takenBack) && <p class="muted">{t('ratingKeysHint')}</p>}
        </>
      )}
      {kind === 'posture' && open && (
        <PostureCheck item={postureItem} disabled={busy} onAnswer={(a) => onAnswer({ action: a })} />
      )}
      {kind === 'eyes' && open && <EyeBreak disabled={busy} onDone={() => onAnswer({ action: 'done' })} />}
      {kind === 'water' && open && <WaterBreak disabled={busy} onDone={() => onAnswer({ action: 'done' })} />}
      {kind === 'breathing' && open && (
        <BreathingBreak
          disabled={busy}
          onDone={(seconds) => onAnswer({ action: 'done', ...(seconds === undefined ? {} : { seconds }) })}
        />
      )}
      {kind === 'peg' && open && <PegCheck disabled={busy} onSave={(a) => onAnswer({ action: 'peg', ...a })} />}
      {kind === 'morning' && open && (
        <MorningCheck disabled={busy} onSave={(a) => onAnswer({ action: 'morning', ...a })} />
      )}
      {kind === 'stretch' && open && (
        <StretchBreak
          stretches={stretches}
          disabled={busy}
          onDone={(seconds, guided) =>
            onAnswer({
              action: 'done',
              ...(seconds === undefined ? {} : { seconds }),
              ...(guided ? { guided } : {}),
            })
          }
        />
      )}
      {!open && !mine && (
        <p class="part-done" role="status">
          {partStatusText(status)}
        </p>
      )}
    </section>
  );
}
