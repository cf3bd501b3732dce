import { useEffect, useRef, useState } from 'preact/hooks';
import { ADD_BACK_DAYS } from '../../utils/core/data/edit';
import { addDays } from '../../utils/core/time/local-time';
import { t } from '../../utils/i18n';
import { putRating } from '../../utils/storage/entries';
import { today } from '../../utils/today';
import { userError } from '../../utils/user-error';
import { formatDay, formatRecordTime } from '../../utils/format';
import { isVeryHigh } from '../../utils/core/stats/very-high';
import { HighRatingNotice } from '../safety/high-rating-notice';
import { RatingFields } from './rating-fields';
import { defaultTime, ratingOf } from './rating-draft';
import type { RatingRecord } from '../../utils/core/data/records';
import type { Region } from '../../utils/core/content/regions';
import type { ContextTag } from '../../utils/core/content/context-tags';
import type { RatingDraft } from './rating-draft';

/** The add form's content, held by the page so nothing typed is lost. */
export interface AddDraft {
  draft: RatingDraft;
  /** The user chose a time: a change of date no longer moves it to the date's default. */
  timeChosen: boolean;
}

export function newAddDraft(now = new Date()): AddDraft {
  const day = today(now);
  return {
    draft: {
      date: day,
      time: defaultTime(day, day, now),
      score: null,
      regions: [],
      note: '',
      tags: [],
      ownTags: [],
      medicine: '',
    },
    timeChosen: false,
  };
}

export interface AddFormProps {
  value: AddDraft;
  onChange(value: AddDraft): void;
  regions: readonly Region[];
  context: { tags: readonly ContextTag[]; own: readonly string[] };
  onAdded(rating: RatingRecord): void;
  onCancel(): void;
}

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Adds a rating that was missed, at an earlier time of today or an earlier day (up to a year back). */
export function AddForm({ value, onChange, regions, context, onAdded, onCancel }: AddFormProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Added with 9 or 10: the form stays, as "added" with the warning signs, until closed.
  const [addedHigh, setAddedHigh] = useState<RatingRecord | null>(null);
  const dateField = useRef<HTMLInputElement>(null);
  const { draft } = value;
  const now = new Date();
  const day = today(now);

  useEffect(() => dateField.current?.focus(), []);

  const change = (patch: Partial<RatingDraft>, timeChosen = value.timeChosen): void => {
    setProblem(null);
    onChange({ draft: { ...draft, ...patch }, timeChosen });
  };

  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (busy) return;
    const built = ratingOf(draft, crypto.randomUUID(), Date.now(), timeZone());
    if ('problem' in built) {
      setProblem(built.problem);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const stored = await putRating(built.rating, Date.now());
      setBusy(false);
      if (stored && isVeryHigh(stored.score)) setAddedHigh(stored);
      else if (stored) onAdded(stored);
      else setProblem(t('errOther'));
    } catch (err) {
      setBusy(false);
      setProblem(userError(err));
    }
  };

  if (addedHigh) {
    const close = (): void => onAdded(addedHigh);
    return (
      <section
        id="diary-add-form"
        class="card stack diary-form"
        aria-labelledby="diary-add-title"
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          close();
        }}
      >
        <h2 id="diary-add-title">{t('diaryAddTitle')}</h2>
        <p>{t('diaryAddedStatus', [formatDay(addedHigh.date, true), formatRecordTime(addedHigh.at, addedHigh.tz)])}</p>
        {/* Save is gone with the fields: focus goes to the notice's heading, which is read out. */}
        <HighRatingNotice rating={addedHigh} level={3} focusHeading hideable={false}>
          <button type="button" class="btn btn-primary" onClick={close}>
            {t('close')}
          </button>
        </HighRatingNotice>
      </section>
    );
  }

  return (
    <form
      id="diary-add-form"
      class="card stack diary-form"
      aria-labelledby="diary-add-title"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="diary-add-title">{t('diaryAddTitle')}</h2>
      <div class="field">
        <label for="diary-add-date" class="field-label">
          {t('diaryDate')}
        </label>
        <input
          ref={dateField}
          id="diary-add-date"
          type="date"
          required
          min={addDays(day, 1 - ADD_BACK_DAYS)}
          max={day}
          value={draft.date}
          onInput={(e) => {
            const date = (e.target as HTMLInputElement).value;
            change(value.timeChosen ? { date } : { date, time: defaultTime(date, day, now) });
          }}
        />
      </div>
      <RatingFields
        idPrefix="diary-add"
        draft={draft}
        onDraft={(patch) => change(patch, value.timeChosen || patch.time !== undefined)}
        regions={regions}
        context={context}
      />
      <p class="error status" role="alert">
        {problem ?? ''}
      </p>
      <div class="row">
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {t('diaryAddSave')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('diaryCancel')}
        </button>
      </div>
    </form>
  );
}
