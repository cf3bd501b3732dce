import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { NOTE_MAX } from '../../utils/core/data/records';
import { MEDICINE_MAX } from '../../utils/core/content/context-tags';
import { ContextPicker } from './context-picker';
import type { ContextPicked } from './context-picker';
import type { ContextTag } from '../../utils/core/content/context-tags';
import type { Region } from '../../utils/core/content/regions';
import type { RatingAmendment as Details } from '../../utils/storage/records';
import { userError } from '../../utils/user-error';

export interface RatingDetailsProps {
  regions: readonly Region[];
  /** The context tags offered (settings), and the medicine named last time. */
  context?: { tags: readonly ContextTag[]; own: readonly string[] };
  lastMedicine?: string;
  onSave(details: Details): Promise<void>;
}

/** The context as stored: a medicine's name only with the medication tag. */
const contextDetails = (c: ContextPicked): Details => ({
  tags: c.tags,
  ownTags: c.ownTags,
  medicine: c.tags.includes('medication') ? c.medicine : '',
});

/**
 * Optional body regions, context and note, asked after the rating has already been saved. A
 * context tag is saved as it is tapped; regions and the note with "Save details".
 */
export function RatingDetails({ regions, context, lastMedicine = '', onSave }: RatingDetailsProps) {
  const [picked, setPicked] = useState<Region[]>([]);
  const [note, setNote] = useState('');
  const [ctx, setCtx] = useState<Omit<ContextPicked, 'medicine'>>({ tags: [], ownTags: [] });
  // The medicine named last time until the user types here (it may load after this renders).
  const [typed, setTyped] = useState<string | null>(null);
  const picks: ContextPicked = { ...ctx, medicine: typed ?? lastMedicine };
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | { error: string }>('idle');
  const tooLong = note.length > NOTE_MAX || picks.medicine.length > MEDICINE_MAX;

  const toggle = (r: Region): void => {
    setPicked((cur) => (cur.includes(r) ? cur.filter((x) => x !== r) : [...cur, r]));
    setStatus('idle');
  };
  const store = async (details: Details): Promise<void> => {
    setStatus('saving');
    try {
      await onSave(details);
      setStatus('saved');
    } catch (err) {
      setStatus({ error: userError(err) });
    }
  };
  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (tooLong) return;
    await store({ regions: picked, note, ...(context ? contextDetails(picks) : {}) });
  };
  const toggleContext = (next: ContextPicked): void => {
    setCtx({ tags: next.tags, ownTags: next.ownTags });
    if (next.medicine.length <= MEDICINE_MAX) void store(contextDetails(next));
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
      {context && (
        <ContextPicker
          tags={context.tags}
          own={context.own}
          picked={picks}
          disabled={status === 'saving'}
          onToggle={toggleContext}
          onMedicine={(name) => {
            setTyped(name);
            setStatus('idle');
          }}
        />
      )}
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
