import { t } from '../../utils/i18n';
import { MEDICINE_MAX } from '../../utils/core/content/context-tags';
import type { ContextTag } from '../../utils/core/content/context-tags';

export interface ContextPicked {
  tags: ContextTag[];
  ownTags: string[];
  medicine: string;
}

/**
 * A rating's context (docs/clinical-basis.md, "Context on a rating"): Limber's tags the user kept
 * in settings, then their own, one toggle each; with the medication tag, the medicine's name.
 */
export function ContextPicker({
  tags,
  own,
  picked,
  disabled,
  onToggle,
  onMedicine,
}: {
  tags: readonly ContextTag[];
  own: readonly string[];
  picked: ContextPicked;
  disabled?: boolean;
  onToggle(next: ContextPicked): void;
  onMedicine(name: string): void;
}) {
  if (!tags.length && !own.length) return null;
  const toggleTag = (tag: ContextTag): void =>
    onToggle({
      ...picked,
      tags: picked.tags.includes(tag) ? picked.tags.filter((x) => x !== tag) : [...picked.tags, tag],
    });
  const toggleOwn = (tag: string): void =>
    onToggle({
      ...picked,
      ownTags: picked.ownTags.includes(tag) ? picked.ownTags.filter((x) => x !== tag) : [...picked.ownTags, tag],
    });
  const tooLong = picked.medicine.length > MEDICINE_MAX;
  return (
    <div class="stack" style={{ gap: 'var(--space-1)' }}>
      <p id="context-title">{t('contextTitle')}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of toggles, as the regions above. */}
      <div class="row" role="group" aria-labelledby="context-title" aria-describedby="context-hint">
        {tags.map((tag) => (
          <button
            key={tag}
            type="button"
            class="btn btn-small"
            aria-pressed={picked.tags.includes(tag)}
            aria-disabled={disabled ? 'true' : undefined}
            onClick={() => !disabled && toggleTag(tag)}
          >
            {t(`ctx${tag}`)}
          </button>
        ))}
        {own.map((tag) => (
          <button
            key={`own:${tag}`}
            type="button"
            class="btn btn-small"
            aria-pressed={picked.ownTags.includes(tag)}
            aria-disabled={disabled ? 'true' : undefined}
            onClick={() => !disabled && toggleOwn(tag)}
          >
            {tag}
          </button>
        ))}
      </div>
      <p id="context-hint" class="muted">
        {t('contextHint')}
      </p>
      {picked.tags.includes('medication') && (
        <label class="stack" style={{ gap: 'var(--space-1)' }}>
          <span>{t('medicineLabel')}</span>
          <input
            type="text"
            value={picked.medicine}
            maxLength={MEDICINE_MAX + 20}
            aria-invalid={tooLong}
            aria-describedby="medicine-error"
            onInput={(e) => onMedicine((e.target as HTMLInputElement).value)}
          />
          <span id="medicine-error" class="error" role="alert">
            {tooLong ? t('medicineTooLong', [String(picked.medicine.length), String(MEDICINE_MAX)]) : ''}
          </span>
        </label>
      )}
    </div>
  );
}
