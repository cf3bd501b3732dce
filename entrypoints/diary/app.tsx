import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddForm } from '../../components/diary/add-form';
import { DayList } from '../../components/diary/day-list';
import { readDiaryAddress, writeDiaryWeek } from '../../components/diary/diary-url';
import { EditForm } from '../../components/diary/edit-form';
import { diaryDays, ENTRY_KINDS, kindOf } from '../../components/diary/entry-kinds';
import { KindFilter } from '../../components/diary/kind-filter';
import { MorningEditForm } from '../../components/diary/morning-edit-form';
import { offeredContext, offeredRegions } from '../../components/diary/rating-draft';
import { useDiaryActions } from '../../components/diary/use-diary-actions';
import { useDiaryWeek } from '../../components/diary/use-diary-week';
import { useFocusLater } from '../../components/diary/use-focus-later';
import { DiaryWeekNav } from '../../components/diary/week-nav';
import { useStored } from '../../components/common/use-stored';
import { weekNavigation } from '../../utils/core/stats/period';
import { t } from '../../utils/i18n';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { today } from '../../utils/today';
import type { EntryActions } from '../../components/diary/entry-row';
import type { EntryKind } from '../../components/diary/entry-kinds';
import type { LimberRecord } from '../../utils/core/data/records';
import type { LocalDate } from '../../utils/core/time/local-time';

/**
 * The diary: every entry of one week, newest first, grouped by day; a rating or a morning check
 * can be changed, any entry deleted (with Undo), and a missed rating added. Reads the seven days
 * of the week shown, never more, and reads them again when one of them changes anywhere.
 */
export function DiaryApp() {
  const settings = useStored(loadSettings, watchSettings)?.settings;
  const [address] = useState(() => readDiaryAddress(location.search));
  const now = today();
  const [asked, setAsked] = useState<LocalDate | null>(address.week);
  // Before the settings are known there is no first day of the week: nothing is read until then.
  const nav = settings ? weekNavigation(asked && asked <= now ? asked : now, now, settings.weekStart) : null;
  const { week, error: readError } = useDiaryWeek(nav?.start ?? null);
  const [kinds, setKinds] = useState<ReadonlySet<EntryKind>>(() => new Set(ENTRY_KINDS));
  const [editLink, setEditLink] = useState(address.edit);
  const focusLater = useFocusLater();

  const go = (date: LocalDate | null): void => {
    setAsked(date);
    writeDiaryWeek(date);
  };
  const inWeek = (date: LocalDate): boolean => !!nav && date >= nav.start && date <= nav.end;

  const actions = useDiaryActions({
    focusLater,
    reveal(record: LimberRecord) {
      if (!inWeek(record.date)) go(record.date);
      const kind = kindOf(record);
      setKinds((k) => (k.has(kind) ? k : new Set([...k, kind])));
    },
    onEditClosed: () => writeDiaryWeek(asked),
  });
  const { editing, adding } = actions;

  // An edit link (the popup's): once its week is read, the rating's form opens. Runs when the week
  // arrives, once; the actions and the address it uses are the ones of that render.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see the comment above.
  useEffect(() => {
    if (!editLink || !week) return;
    setEditLink(null);
    const record = week.records.find((r) => r.id === editLink.id);
    if (record?.type === 'rating') actions.edit(record);
    else {
      actions.setError(t('diaryEditNotFound'));
      writeDiaryWeek(asked);
    }
  }, [week, editLink]);

  const entryActions: EntryActions = {
    editForm: (record) => {
      if (!editing || !settings || editing.record.id !== record.id) return null;
      if ('answers' in editing)
        return (
          <MorningEditForm
            record={editing.record}
            answers={editing.answers}
            onAnswers={actions.editAnswers}
            onSaved={actions.editSaved}
            onCancel={actions.cancelEdit}
          />
        );
      return (
        <EditForm
          record={editing.record}
          draft={editing.draft}
          onDraft={actions.editDraft}
          regions={offeredRegions(settings.regions, editing.record.regions)}
          context={offeredContext(settings.context, editing.draft)}
          onSaved={actions.editSaved}
          onCancel={actions.cancelEdit}
        />
      );
    },
    confirming: actions.confirming,
    deleting: actions.deleting,
    edit: actions.edit,
    askDelete: actions.askDelete,
    cancelDelete: actions.cancelDelete,
    confirmDelete: (record) => void actions.confirmDelete(record),
  };

  // The rating being edited stays on screen whatever the filters, or a change elsewhere, do.
  const keep = editing && inWeek(editing.record.date) ? editing.record : null;
  const days = week ? diaryDays(week.records, kinds, keep) : [];
  const hidden = week ? week.records.filter((r) => !kinds.has(kindOf(r))).length : 0;
  const error = readError ?? actions.error;

  return (
    <main class="diary">
      <header>
        <h1>{t('diaryTitle')}</h1>
        <div class="row">
          <button
            type="button"
            class="btn"
            onClick={() =>
              void browser.tabs.create({
                url: browser.runtime.getURL(nav ? `/summary.html?week=${nav.start}` : '/summary.html'),
              })
            }
          >
            {t('popupSummary')}
          </button>
          <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openSettings')}
          </button>
        </div>
      </header>
      <p class="muted">{t('diaryIntro')}</p>

      <DiaryWeekNav nav={nav} today={now} onGo={go} />

      <div class="card diary-tools">
        <KindFilter shown={kinds} onChange={setKinds} />
        <button
          id="diary-add"
          type="button"
          class="btn btn-primary"
          disabled={!settings}
          aria-expanded={!!adding}
          onClick={actions.startAdd}
        >
          {t('diaryAdd')}
        </button>
      </div>

      <div class={actions.status ? 'diary-status banner row' : 'diary-status'} role="status">
        {actions.status && <span>{actions.status.text}</span>}
        {actions.status?.undo && (
          <button id="diary-undo" type="button" class="btn btn-small" onClick={() => void actions.undo()}>
            {t('diaryUndo')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      {adding && settings && (
        <AddForm
          value={adding}
          onChange={actions.setAddDraft}
          regions={offeredRegions(settings.regions, adding.draft.regions)}
          context={offeredContext(settings.context, adding.draft)}
          onAdded={actions.added}
          onCancel={actions.cancelAdd}
        />
      )}

      {week && week.unreadable > 0 && <p class="muted">{t('diaryUnreadable', String(week.unreadable))}</p>}
      {!week && !readError && <p>{t('loading')}</p>}
      {week && days.length === 0 && (
        <section class="card empty-state" aria-labelledby="diary-empty-title">
          <h2 id="diary-empty-title">{t('diaryEmptyTitle')}</h2>
          <p>{t('diaryEmptyText')}</p>
          {!adding && (
            <button type="button" class="btn btn-primary" onClick={actions.startAdd}>
              {t('diaryAdd')}
            </button>
          )}
        </section>
      )}
      {week && hidden > 0 && <p class="muted">{t('diaryHiddenByFilters', String(hidden))}</p>}
      {days.length > 0 && <DayList days={days} actions={entryActions} />}

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
