import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDay, formatRecordTime } from '../../utils/format';
import { t } from '../../utils/i18n';
import { deleteEntry, restoreEntry } from '../../utils/storage/entries';
import { userError } from '../../utils/user-error';
import { newAddDraft } from './add-form';
import { draftOf } from './rating-draft';
import { inEntry } from './use-focus-later';
import { answersOf } from '../../utils/core/data/morning';
import type { MorningAnswers } from '../../utils/core/data/morning';
import type { LimberRecord, MorningRecord, RatingRecord } from '../../utils/core/data/records';
import type { AddDraft } from './add-form';
import type { RatingDraft } from './rating-draft';

/** How long "Entry deleted. Undo" stays, unless another action replaces it. */
export const UNDO_MS = 30_000;

/** The page's status line: what was just done, with the deleted record while Undo is offered. */
export interface DiaryStatus {
  text: string;
  undo?: LimberRecord;
}

/** The entry being edited, with what its form holds: a rating's draft, or a morning check's answers. */
export type Editing = { record: RatingRecord; draft: RatingDraft } | { record: MorningRecord; answers: MorningAnswers };

/** The entries the diary can change. */
export type EditableRecord = Editing['record'];

export interface DiaryPageHooks {
  focusLater(find: () => HTMLElement | null | undefined): void;
  /** Shows `record`: its week, and its kind if the filters hid it. */
  reveal(record: LimberRecord): void;
  /** The edit form closed: an edit link's address is spent. */
  onEditClosed(): void;
}

/** What the diary's entries, forms and status line do; the storage calls and their words. */
export function useDiaryActions({ focusLater, reveal, onEditClosed }: DiaryPageHooks) {
  const [status, setStatus] = useState<DiaryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [adding, setAdding] = useState<AddDraft | null>(null);
  // The form open now, for a save that ends after its form was cancelled (and another opened).
  const openForm = useRef<Editing | null>(null);
  openForm.current = editing;

  useEffect(() => {
    if (!status?.undo) return;
    let id: ReturnType<typeof setTimeout>;
    // Held while it has keyboard focus: the Undo never vanishes from under the user's key.
    const expire = (): void => {
      if (document.activeElement?.id === 'diary-undo') id = setTimeout(expire, 1000);
      else setStatus((s) => (s === status ? null : s));
    };
    id = setTimeout(expire, UNDO_MS);
    return () => clearTimeout(id);
  }, [status]);

  const editButton = (id: string) => () => inEntry(id, '.entry-edit');
  const deleteButton = (id: string) => () => inEntry(id, '.entry-delete');

  const closeEdit = (id: string): void => {
    setEditing(null);
    onEditClosed();
    focusLater(editButton(id));
  };

  return {
    status,
    error,
    setError,
    confirming,
    deleting,
    editing,
    adding,

    edit(record: EditableRecord): void {
      setError(null);
      setConfirming(null);
      setEditing(
        record.type === 'rating' ? { record, draft: draftOf(record) } : { record, answers: answersOf(record) },
      );
    },
    editDraft(draft: RatingDraft): void {
      setEditing((e) => (e && 'draft' in e ? { ...e, draft } : e));
    },
    editAnswers(answers: MorningAnswers): void {
      setEditing((e) => (e && 'answers' in e ? { ...e, answers } : e));
    },
    editSaved(stored: EditableRecord, changed: boolean): void {
      setStatus({ text: t(changed ? 'diarySaved' : 'diaryNoChange') });
      // Its form was cancelled while it saved: the form open now (another entry's) stays as it is.
      if (openForm.current?.record.id === stored.id) closeEdit(stored.id);
    },
    cancelEdit(): void {
      if (editing) closeEdit(editing.record.id);
    },

    askDelete(record: LimberRecord): void {
      setError(null);
      setConfirming(record.id);
    },
    cancelDelete(record: LimberRecord): void {
      setConfirming(null);
      focusLater(deleteButton(record.id));
    },
    async confirmDelete(record: LimberRecord): Promise<void> {
      setDeleting(true);
      setError(null);
      try {
        const gone = await deleteEntry(record.date, record.id, Date.now());
        setConfirming(null);
        if (gone) {
          setStatus({ text: t('diaryDeleted'), undo: gone });
          focusLater(() => document.getElementById('diary-undo'));
        } else {
          setStatus({ text: t('diaryAlreadyDeleted') });
          // The question is gone with its entry: focus stays in the toolbar above the status line.
          focusLater(() => document.getElementById('diary-add'));
        }
      } catch (err) {
        // The question stays open, its button focused: trying again is one key away.
        setError(userError(err));
      } finally {
        setDeleting(false);
      }
    },
    async undo(): Promise<void> {
      const record = status?.undo;
      if (!record) return;
      setError(null);
      try {
        if (!(await restoreEntry(record))) {
          setStatus(null);
          setError(t('diaryUndoFailed'));
          return;
        }
        setStatus({ text: t('diaryRestored') });
        reveal(record);
        focusLater(deleteButton(record.id));
      } catch (err) {
        // Undo stays offered: the record is still in hand.
        setError(userError(err));
      }
    },

    startAdd(): void {
      setError(null);
      if (adding) focusLater(() => document.getElementById('diary-add-date'));
      else setAdding(newAddDraft());
    },
    setAddDraft: setAdding,
    added(rating: RatingRecord): void {
      setAdding(null);
      setStatus({
        text: t('diaryAddedStatus', [formatDay(rating.date, true), formatRecordTime(rating.at, rating.tz)]),
      });
      reveal(rating);
      focusLater(editButton(rating.id));
    },
    cancelAdd(): void {
      setAdding(null);
      focusLater(() => document.getElementById('diary-add'));
    },
  };
}
