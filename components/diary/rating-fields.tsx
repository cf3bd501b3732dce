import { NOTE_MAX } from '../../utils/core/data/records';
import { t } from '../../utils/i18n';
import { RatingScale } from '../rating/rating-scale';
import { ContextPicker } from '../rating/context-picker';
import type { ContextTag } from '../../utils/core/content/context-tags';
import { noteTooLong } from './rating-draft';
import type { Region } from '../../utils/core/content/regions';
import type { RatingDraft } from './rating-draft';

export interface RatingFieldsProps {
  /** Makes the fields' ids unique on the page. */
  idPrefix: string;
  draft: RatingDraft;
  onDraft(patch: Partial<RatingDraft>): void;
  regions: readonly Region[];
  /** The context tags offered (offeredContext). */
  context: { tags: readonly ContextTag[]; own: readonly string[] };
  /** Under the time: what happens to the day. */
  timeHint?: string;
}

/** Score, time, body regions and note of a rating: the fields the edit and add forms share. */
export function RatingFields({ idPrefix, draft, onDraft, regions, context, timeHint }: RatingFieldsProps) {
  const id = (name: string): string => `${idPrefix}-${name}`;
  const tooLong = noteTooLong(draft.note);
  const toggle = (r: Region): void =>
    onDraft({ regions: draft.regions.includes(r) ? draft.regions.filter((x) => x !== r) : [...draft.regions, r] });

  return (
    <>
      <div class="stack diary-score">
        <span id={id('score')} class="field-label">
          {t('diaryScore')}
        </span>
        <RatingScale questionId={id('score')} selected={draft.score} onRate={(score) => onDraft({ score })} />
      </div>
      <div class="field">
        <label for={id('time')} class="field-label">
          {t('diaryTime')}
        </label>
        <input
          id={id('time')}
          type="time"
          required
          value={draft.time}
          aria-describedby={timeHint ? id('time-hint') : undefined}
          onInput={(e) => onDraft({ time: (e.target as HTMLInputElement).value })}
        />
        {timeHint && (
          <span id={id('time-hint')} class="muted">
            {timeHint}
          </span>
        )}
      </div>
      {/* A fieldset would need a legend and resets its own layout; role=group named by */}
      {/* aria-labelledby reads the same to assistive technology (as in rating-details). */}
      <div class="stack diary-regions">
        <span id={id('regions')} class="field-label">
          {t('diaryRegionsLabel')}
        </span>
        {/* biome-ignore lint/a11y/useSemanticElements: see the comment above. */}
        <div class="row" role="group" aria-labelledby={id('regions')}>
          {regions.map((r) => (
            <button
              key={r}
              type="button"
              class="btn btn-small"
              aria-pressed={draft.regions.includes(r)}
              onClick={() => toggle(r)}
            >
              {t(`region${r}`)}
            </button>
          ))}
        </div>
      </div>
      <ContextPicker
        tags={context.tags}
        own={context.own}
        picked={{ tags: draft.tags, ownTags: draft.ownTags, medicine: draft.medicine }}
        onToggle={(next) => onDraft({ tags: next.tags, ownTags: next.ownTags })}
        onMedicine={(medicine) => onDraft({ medicine })}
      />
      <div class="field diary-note">
        <label for={id('note')} class="field-label">
          {t('noteLabel')}
        </label>
        <textarea
          id={id('note')}
          rows={2}
          value={draft.note}
          placeholder={t('notePlaceholder')}
          aria-invalid={tooLong}
          aria-describedby={id('note-error')}
          onInput={(e) => onDraft({ note: (e.target as HTMLTextAreaElement).value })}
        />
        <span id={id('note-error')} class="error status" role="alert">
          {tooLong ? t('noteTooLong', [String(draft.note.trim().length), String(NOTE_MAX)]) : ''}
        </span>
      </div>
    </>
  );
}
