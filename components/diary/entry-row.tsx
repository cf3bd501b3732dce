import { isoLocal } from '../../utils/core/time/week';
import { formatRecordTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import { DeleteConfirm } from './delete-confirm';
import { entryMarks, entryText } from './entry-text';
import type { JSX } from 'preact';
import type { LimberRecord } from '../../utils/core/data/records';
import type { EditableRecord } from './use-diary-actions';

/** What a row's buttons do; the page owns the state (one edit form and one question at a time). */
export interface EntryActions {
  /** The edit form of the entry being edited, shown in place of its entry. */
  editForm(record: LimberRecord): JSX.Element | null;
  confirming: string | null;
  deleting: boolean;
  edit(record: EditableRecord): void;
  askDelete(record: LimberRecord): void;
  cancelDelete(record: LimberRecord): void;
  confirmDelete(record: LimberRecord): void;
}

/** "Note: …" around the user's own words, kept as text (never passed through a message). */
function Note({ note }: { note: string }) {
  const [before, after] = t('diaryNote', '\uE000').split('\uE000');
  return (
    <p class="entry-note">
      {before}
      {note}
      {after}
    </p>
  );
}

/** One entry: its time, what it is, its marks, and Edit (ratings and morning checks) and Delete. */
export function EntryRow({ record, actions }: { record: LimberRecord; actions: EntryActions }) {
  const form = actions.editForm(record);
  if (form)
    return (
      <li class="entry" data-entry={record.id}>
        {form}
      </li>
    );
  const time = formatRecordTime(record.at, record.tz);
  const text = entryText(record);
  const marks = entryMarks(record);
  return (
    <li class="entry" data-entry={record.id}>
      <time class="entry-time" dateTime={isoLocal(record.at, record.tz)}>
        {time}
      </time>
      <div class="entry-body">
        <p class="entry-what">{text.what}</p>
        {text.details.map((d) => (
          <p key={d} class="entry-detail">
            {d}
          </p>
        ))}
        {text.note && <Note note={text.note} />}
        {marks.map((m) => (
          <p key={m} class="entry-mark">
            {m}
          </p>
        ))}
      </div>
      <div class="entry-actions">
        {actions.confirming === record.id ? (
          <DeleteConfirm
            busy={actions.deleting}
            onConfirm={() => actions.confirmDelete(record)}
            onCancel={() => actions.cancelDelete(record)}
          />
        ) : (
          <div class="row">
            {(record.type === 'rating' || record.type === 'morning') && (
              <button
                type="button"
                class="btn btn-small entry-edit"
                aria-label={t(record.type === 'rating' ? 'diaryEditLabel' : 'diaryEditMorningLabel', time)}
                onClick={() => actions.edit(record)}
              >
                {t('diaryEdit')}
              </button>
            )}
            <button
              type="button"
              class="btn btn-small entry-delete"
              aria-label={t('diaryDeleteLabel', time)}
              onClick={() => actions.askDelete(record)}
            >
              {t('diaryDelete')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}
