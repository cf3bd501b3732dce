import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { NOTE_MAX } from '../../utils/core/data/records';
import type { Region } from '../../utils/core/content/regions';
import type { RatingAmendment as Details } from '../../utils/storage/records';
import { userError } from '../../utils/user-error';

export interface RatingDetailsProps {
  regions: readonly Region[];
  onSave(details: Details): Promise<void>;
}

/** Optional body regions and note, asked after the rating has already been saved. */
export function RatingDetails({ regions, onSave }: RatingDetailsProps) {
  const [picked, setPicked] = useState<Region[]>([]);
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const tooLong = note.length > NOTE_MAX;

  const toggle = (r: Region): void => {
    setPicked((cur) => (cur.includes(r) ? cur.filter((x) => x !== r) : [...cur, r]));
    setStatus('idle');
  };
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (tooLong) return;
    setStatus('saving');
    try {
      await onSave({ regions: picked, note });
      setStatus('saved');
    } catch (err) {
      setStatus({ error: userError(err) });
    }
  };

  return (
    <form class="stack" onSubmit={save} aria-labelledby="details-title">
      <h3 id="details-title">{t('detailsTitle')}</h3>
      {/* A fieldset would need a legend and resets its own layout; role=group named by */}
      {/* aria-labelledby reads the same to assistive technology (axe-checked). */}
      {/* biome-ignore lint/a11y/useSemanticElements: see the comment above. */}
      <div class="row" role="group" aria-labelledby="details-title">
        {regions.map((r) => (
          <button
            key={r}
            type="button"
            class="btn btn-small"
            aria-pressed={picked.includes(r)}
            onClick={() => toggle(r)}
          >
            {t(`region${r}`)}
          </button>
        ))}
      </div>
      <label class="stack" style={{ gap: 'var(--space-1)' }}>
        <span>{t('noteLabel')}</span>
        <textarea
          rows={2}
          value={note}
          placeholder={t('notePlaceholder')}
          aria-invalid={tooLong}
          aria-describedby="note-error"
          onInput={(e) => {
            setNote((e.target as HTMLTextAreaElement).value);
            setStatus('idle');
          }}
        />
      </label>
      <p id="note-error" class="error status" role="alert">
        {tooLong ? t('noteTooLong', [String(note.length), String(NOTE_MAX)]) : ''}
      </p>
      <div class="row">
        <button type="submit" class="btn" disabled={tooLong || status === 'saving'}>
          {t('saveDetails')}
        </button>
        <span role="status" class={typeof status === 'object' ? 'error' : 'muted'}>
          {status === 'saved' ? t('detailsSaved') : typeof status === 'object' ? status.error : ''}
        </span>
      </div>
    </form>
  );
}
