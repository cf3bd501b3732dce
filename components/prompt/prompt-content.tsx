import type { JSX } from 'preact';
import './prompt.css';
import { PromptFooter } from './prompt-footer';
import { PromptPart } from './prompt-part';
import { FlareBanner } from '../flare/flare-banner';
import { RatingDetails } from '../rating/rating-details';
import { RatingScale } from '../rating/rating-scale';
import { HighRatingNotice } from '../safety/high-rating-notice';
import { useClaimPainScale } from '../rating/scale-claim';
import { KIND_TEXT as KIND_KEY } from '../../utils/core/content/kind-text';
import { t } from '../../utils/i18n';
import type { PromptModel } from './use-prompt';
import type { PromptKind } from '../../utils/core/scheduler';

/**
 * What the prompt shows: its parts together, each answered in one click, then the optional rating
 * details. No landmark of its own: the page wraps it in its main, the popup in a section.
 */
export function PromptContent({ prompt }: { prompt: PromptModel }): JSX.Element {
  const { settings, shown, openParts, rating, busy, heading, flare } = prompt;
  // The pain part's own rating (not one after a stretch break): its scale stays live to change it.
  const own = rating && rating.source !== 'after-break' && prompt.status.pain === 'saved' ? prompt.saved : null;
  // In the popup, the popup's own scale steps aside while this one is on screen: one scale, never two.
  const isOpen = (kind: PromptKind): boolean => openParts.includes(kind) || prompt.answering.includes(kind);
  useClaimPainScale(!!settings && !!shown?.kinds.includes('pain') && (isOpen('pain') || own !== null));
  if (!settings) return <p>{t('loading')}</p>;

  if (!shown) {
    return (
      <>
        <h1 tabIndex={-1} ref={heading}>
          {t('promptNothing')}
        </h1>
        <p class="muted">{t('promptNothingHint')}</p>
        <div class="row">
          <button type="button" class="btn" onClick={() => window.close()}>
            {t('close')}
          </button>
        </div>
      </>
    );
  }

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {shown.kinds.length === 1 ? t(KIND_KEY[shown.kinds[0]!]) : t('promptTitle')}
      </h1>
      {shown.kinds.map((kind) => (
        <PromptPart
          key={kind}
          kind={kind}
          alone={shown.kinds.length === 1}
          open={isOpen(kind)}
          status={prompt.status[kind]}
          own={own}
          postureItem={shown.postureItem}
          stretches={prompt.stretches}
          busy={busy}
          earlyKeys={kind === 'pain' ? prompt.earlyKeys : undefined}
          onAnswer={(a) => void prompt.answer(kind, a)}
        />
      ))}

      {prompt.askAfterBreak && (
        <section class="card" aria-labelledby="after-q">
          <p id="after-q" class="question">
            {t('painQuestion')}
          </p>
          {/* Digit keys go to one scale only: the pain part's while it is open or taken back. */}
          <RatingScale
            questionId="after-q"
            digitKeys={!prompt.openParts.includes('pain') && !prompt.saved.takenBack}
            disabled={busy}
            onRate={(s) => void prompt.rateAfterBreak(s)}
          />
        </section>
      )}

      {/* The rating after a stretch break has no scale left on screen: its warning signs come here. */}
      <HighRatingNotice
        rating={rating?.source === 'after-break' && !prompt.saved.takenBack ? rating : null}
        onHidden={() => prompt.heading.current?.focus()}
      />

      {rating && !prompt.saved.takenBack && (
        <section class="card">
          <RatingDetails
            regions={settings.regions}
            context={settings.context}
            lastMedicine={prompt.lastMedicine}
            onSave={prompt.amendRating}
          />
        </section>
      )}

      <FlareBanner active={flare.active} suggested={flare.suggested} onChange={flare.set} />

      {prompt.error && (
        <p class="error" role="alert">
          {prompt.error}
        </p>
      )}

      <PromptFooter
        open={openParts.length > 0}
        snoozesLeft={prompt.snoozesLeft}
        snoozeSec={settings.snooze.sec}
        busy={busy}
        onAll={(a) => void prompt.answerAll(a)}
      />
    </>
  );
}
