import { t } from '../../utils/i18n';
import { ENTRY_KINDS } from './entry-kinds';
import type { MessageKey } from '../../utils/i18n';
import type { EntryKind } from './entry-kinds';

const KIND_KEY: Record<EntryKind, MessageKey> = {
  rating: 'diaryKindRatings',
  break: 'diaryKindBreaks',
  posture: 'diaryKindPosture',
  peg: 'diaryKindPeg',
  morning: 'diaryKindMorning',
  hold: 'diaryKindHolds',
};

/** Which kinds of entries the diary shows: a checkbox each. */
export function KindFilter({
  shown,
  onChange,
}: {
  shown: ReadonlySet<EntryKind>;
  onChange(shown: Set<EntryKind>): void;
}) {
  const toggle = (kind: EntryKind, on: boolean): void => {
    const next = new Set(shown);
    if (on) next.add(kind);
    else next.delete(kind);
    onChange(next);
  };
  return (
    <fieldset class="diary-filters">
      <legend>{t('diaryFilters')}</legend>
      {ENTRY_KINDS.map((kind) => (
        <label key={kind} class="choice">
          <input
            type="checkbox"
            checked={shown.has(kind)}
            onChange={(e) => toggle(kind, (e.target as HTMLInputElement).checked)}
          />
          {t(KIND_KEY[kind])}
        </label>
      ))}
    </fieldset>
  );
}
