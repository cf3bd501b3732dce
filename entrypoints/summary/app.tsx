import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BarList } from '../../components/charts/bar-list';
import { PainByDayChart } from '../../components/charts/pain-by-day';
import { TrendChart } from '../../components/charts/trend';
import { BreaksVsPainPanel } from '../../components/summary/breaks-vs-pain';
import { addDays } from '../../utils/core/time/local-time';
import { GoesWithPanel } from '../../components/summary/goes-with';
import { KeptAsideNotice } from '../../components/common/kept-aside-notice';
import { DataPanel } from '../../components/summary/data-panel';
import { DayTable } from '../../components/summary/day-table';
import { NotesList } from '../../components/summary/notes-list';
import { HoldsPanel } from '../../components/summary/holds-line';
import { Overview } from '../../components/summary/overview';
import { PegPanel } from '../../components/summary/peg-panel';
import { SeekHelpNotice } from '../../components/summary/seek-help-notice';
import { openHelp } from '../../components/safety/open-help';
import { TimeOfDayPanel } from '../../components/summary/time-of-day';
import { usePeriodData } from '../../components/summary/use-period-data';
import { useStored } from '../../components/common/use-stored';
import { formatDateRange, formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import { LOCAL_DATE_PATTERN } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { weekNavigation } from '../../utils/core/stats/period';
import type { MessageKey } from '../../utils/i18n';
import type { LocalDate } from '../../utils/core/time/local-time';

export const DRAWN_MARK = 'limber-summary-drawn';

function weekFromUrl(): LocalDate | null {
  const w = new URLSearchParams(location.search).get('week');
  return w && LOCAL_DATE_PATTERN.test(w) ? w : null;
}

/** The weekly summary: one week at a time, against the week before and the last twelve. */
export function SummaryApp() {
  const settings = useStored(loadSettings, watchSettings)?.settings;
  const now = today();
  const [asked, setAsked] = useState<LocalDate | null>(weekFromUrl);
  const [reload, setReload] = useState(0);
  const nav = settings ? weekNavigation(asked ?? now, now, settings.weekStart) : null;
  const start = nav?.start ?? null;
  // Before the settings are known there is no week to move from: the buttons wait.
  const atThisWeek = !nav || nav.isThisWeek;
  const { data, error, unreadable } = usePeriodData(asked ?? now, settings?.weekStart ?? null, 1, reload);

  const go = (week: LocalDate | null): void => {
    setAsked(week);
    const url = new URL(location.href);
    if (week) url.searchParams.set('week', week);
    else url.searchParams.delete('week');
    history.replaceState(null, '', url);
  };

  useEffect(() => {
    if (!data) return;
    // Marks the moment the charts are on screen, for the benchmark.
    requestAnimationFrame(() => performance.mark(DRAWN_MARK));
  }, [data]);

  const report = (weeks: 1 | 4): void => {
    void browser.tabs.create({ url: browser.runtime.getURL(`/report.html?week=${start}&weeks=${weeks}`) });
  };

  return (
    <main class="summary">
      <header>
        <h1>{t('summaryTitle')}</h1>
        <div class="row">
          <button type="button" class="btn" disabled={!start} onClick={() => report(1)}>
            {t('reportWeek')}
          </button>
          <button type="button" class="btn" disabled={!start} onClick={() => report(4)}>
            {t('reportFourWeeks')}
          </button>
          <button
            type="button"
            class="btn"
            onClick={() =>
              void browser.tabs.create({
                url: browser.runtime.getURL(start ? `/diary.html?week=${start}` : '/diary.html'),
              })
            }
          >
            {t('diaryTitle')}
          </button>
          <button type="button" class="btn" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openSettings')}
          </button>
          <button type="button" class="btn" onClick={() => void openHelp()}>
            {t('helpTitle')}
          </button>
        </div>
      </header>

      <nav class="week-nav" aria-label={t('weekNav')}>
        <button type="button" class="btn" disabled={!start} onClick={() => nav && go(nav.previous)}>
          ← {t('weekPrevious')}
        </button>
        <h2 aria-live="polite">{nav ? formatDateRange(nav.start, nav.end) : '…'}</h2>
        <button type="button" class="btn" disabled={atThisWeek} onClick={() => nav && go(nav.next)}>
          {t('weekNext')} →
        </button>
        <button type="button" class="btn" disabled={atThisWeek} onClick={() => go(null)}>
          {t('weekThis')}
        </button>
      </nav>

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <KeptAsideNotice unreadableRecords={unreadable} />
      {!data && !error && <p>{t('loading')}</p>}

      {data && !data.anyInTrend && (
        <section class="card empty-state" aria-labelledby="empty-title">
          <h2 id="empty-title">{atThisWeek ? t('emptyNoDataTitle') : t('emptyNothingTitle')}</h2>
          <p>{atThisWeek ? t('emptyNoDataText') : t('emptyNothingText')}</p>
          {!atThisWeek && (
            <button type="button" class="btn btn-primary" onClick={() => go(null)}>
              {t('weekThis')}
            </button>
          )}
        </section>
      )}

      {data?.anyInTrend && (
        <>
          <SeekHelpNotice reasons={data.seekHelp} />
          <Overview summary={data.summary} change={data.change} />
          <HoldsPanel holds={data.summary.holds} />

          <section class="card stack" aria-labelledby="days-title">
            <h2 id="days-title">{t('daysTitle')}</h2>
            {!data.summary.pain && <p class="muted">{t('emptyWeekRatings')}</p>}
            <PainByDayChart days={data.summary.days} tableId="day-table" />
            <DayTable days={data.summary.days} id="day-table" />
          </section>

          <div class="grid-2">
            <section class="card stack" aria-labelledby="regions-title">
              <h2 id="regions-title">{t('regionsTitle')}</h2>
              {data.summary.regions.length ? (
                <BarList
                  title={t('regionsTitle')}
                  max={10}
                  items={data.summary.regions.map((r) => ({
                    label: t(`region${r.region}` as MessageKey),
                    value: r.avg,
                    detail: t('regionDetail', [formatNumber(r.avg), String(r.max), String(r.count)]),
                  }))}
                />
              ) : (
                <p class="muted">{t('regionsEmpty')}</p>
              )}
            </section>
            <section class="card stack" aria-labelledby="tod-title">
              <h2 id="tod-title">{t('timeOfDayTitle')}</h2>
              <TimeOfDayPanel ratingTimes={data.summary.ratingTimes} painTimes={settings?.pain.times ?? []} />
            </section>
          </div>

          <div class="grid-2">
            <section class="card stack" aria-labelledby="bvp-title">
              <h2 id="bvp-title">{t('breaksVsPainTitle')}</h2>
              <BreaksVsPainPanel data={data.breaksVsPain} />
            </section>
            <section class="card stack" aria-labelledby="trend-title">
              <h2 id="trend-title">{t('trendTitle')}</h2>
              <TrendChart weeks={data.averages} />
            </section>
          </div>

          <section class="card stack" aria-labelledby="goes-with-title">
            <h2 id="goes-with-title">{t('goesWithTitle')}</h2>
            <GoesWithPanel rows={data.goesWith} from={addDays(data.last, -27)} to={data.last} />
          </section>

          <PegPanel peg={data.peg} />

          {data.summary.notes.length > 0 && (
            <section class="card stack" aria-labelledby="notes-title">
              <h2 id="notes-title">{t('notesTitle')}</h2>
              <NotesList notes={data.summary.notes} />
            </section>
          )}
        </>
      )}

      {nav && (
        <section class="card stack" aria-labelledby="data-title">
          <h2 id="data-title">{t('dataTitle')}</h2>
          <DataPanel weekFrom={nav.start} weekTo={nav.end} onImported={() => setReload((n) => n + 1)} />
        </section>
      )}

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
