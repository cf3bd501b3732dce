import { TrendChart } from '../../components/charts/trend';
import { breakOutcomesLine } from '../../components/summary/break-outcomes';
import { holdsLine } from '../../components/summary/holds-line';
import { NotesList } from '../../components/summary/notes-list';
import { ChangeLines } from '../../components/summary/overview';
import { PegReport } from '../../components/summary/peg-panel';
import { MorningReport, TagsReport } from '../../components/summary/context-report';
import { SeekHelpNotice } from '../../components/summary/seek-help-notice';
import { usePeriodData } from '../../components/summary/use-period-data';
import { useStored } from '../../components/common/use-stored';
import { useState } from 'preact/hooks';
import { formatDateRange, formatDay, formatNumber, formatSigned } from '../../utils/format';
import { t } from '../../utils/i18n';
import { LOCAL_DATE_PATTERN } from '../../utils/core/time/local-time';
import { today } from '../../utils/today';
import { loadSettings, watchSettings } from '../../utils/storage/settings';
import { reportFigures, reportGrouping } from '../../utils/core/stats/report';
import { NameField } from './name-field';
import { parseRange, rangeSearch } from './range';
import { RangePicker } from './range-picker';
import type { ReportRange } from './range';
import type { MessageKey } from '../../utils/i18n';
import type { ReportGrouping } from '../../utils/core/stats/report';

/** The heading of the table's first column, by what a row covers. */
const GROUPING_COLUMN: Record<ReportGrouping, MessageKey> = {
  day: 'colDay',
  week: 'colWeekOf',
  fortnight: 'reportColFortnight',
  month: 'reportColMonth',
};

/**
 * A one-page report for a clinician, readable in a minute: a week, four or twelve weeks, or since a
 * chosen date (the range in the address, so a reload keeps it), on one A4 or Letter page. Live: a
 * change to the period's records (in the diary, a prompt, an import) shows at once (usePeriodData).
 */
export function ReportApp() {
  const settings = useStored(loadSettings, watchSettings)?.settings;
  const now = today();
  const [range, setRange] = useState<ReportRange>(() => parseRange(location.search, now));
  const weeks = range.weeks ?? 4;
  const asked = new URLSearchParams(location.search).get('week');
  // A report since a date runs up to this week; the others end with the week asked for.
  const anchor = asked && LOCAL_DATE_PATTERN.test(asked) && !range.since ? asked : now;
  const { data, error } = usePeriodData(anchor, settings?.weekStart ?? null, weeks, 0, range.since ?? null);
  const choose = (r: ReportRange): void => {
    setRange(r);
    history.replaceState(null, '', rangeSearch(location.search, r));
  };
  // Keyed, so a new range's loading state keeps the picker's focus and the name typed.
  const picker = <RangePicker key="range" range={range} today={now} onChange={choose} />;
  const name = <NameField key="name" />;

  if (error || !data || !settings)
    return (
      <main class="report">
        {picker}
        {name}
        {error ? (
          <p class="error" role="alert">
            {error}
          </p>
        ) : (
          <p>{t('loading')}</p>
        )}
      </main>
    );
  const s = data.summary;
  const { posture } = s.totals;
  const grouping = reportGrouping(s.days.length);
  const report = reportFigures(s, grouping);
  const long = !!range.since || weeks === 12;

  return (
    <main class="report">
      <header>
        <h1>{t('reportTitle')}</h1>
        <span class="muted">
          {range.since
            ? t('reportPeriodDays', [formatDateRange(data.first, data.last), String(s.days.length)])
            : t('reportPeriod', [formatDateRange(data.first, data.last), String(weeks)])}
        </span>
        {/* One day as a range is that day written out with its year: "22 Nov 2026". */}
        <span class="muted">{t('reportPrinted', formatDateRange(now, now))}</span>
        <button type="button" class="btn btn-primary no-print" onClick={() => window.print()}>
          {t('reportPrint')}
        </button>
      </header>
      {picker}
      {name}

      <SeekHelpNotice reasons={data.seekHelp} />

      <section class="card key" aria-label={t('reportKeyFigures')}>
        <div>
          <span class="muted">{t('statAveragePain')}</span>
          <span class="big">{s.pain ? formatNumber(s.pain.avg) : '–'}</span>
          <span class="muted">
            {s.pain
              ? t('statRange', [String(s.pain.min), String(s.pain.max), String(s.pain.count)])
              : t('statNoRatings')}
          </span>
        </div>
        <div>
          <span class="muted">{long ? t('reportChangeRecent') : t('reportChange', String(weeks))}</span>
          <span class="big">{data.change ? formatSigned(data.change.points) : '–'}</span>
          <ChangeLines change={data.change} />
        </div>
        <div>
          <span class="muted">{t('reportAdherence')}</span>
          <span class="big">{report.answeredPercent === null ? '–' : `${report.answeredPercent} %`}</span>
          <span class="muted">{t('adherencePrompts', [String(s.adherence.answered), String(s.adherence.shown)])}</span>
          <span class="muted">{breakOutcomesLine(s.adherence.breaks)}</span>
          {/* The tags used most in the room under the prompts' figures: elsewhere they grow the page. */}
          <TagsReport context={data.context} />
        </div>
        <PegReport peg={data.peg} from={data.first} />
      </section>

      <div class="cols">
        <section class="card">
          <h2>{t('reportWorstRegions')}</h2>
          {report.worstRegions.length ? (
            <ol>
              {report.worstRegions.map((r) => (
                <li key={r.region}>
                  {t(`region${r.region}` as MessageKey)}:{' '}
                  {t('regionDetail', [formatNumber(r.avg), String(r.max), String(r.count)])}
                </li>
              ))}
            </ol>
          ) : (
            <p class="muted">{t('regionsEmpty')}</p>
          )}
          <p class="muted">{t('reportPosture', [String(posture.answered), String(posture.fixed)])}</p>
          {/* Held prompts beside the posture checks: the trend card next to this one is taller, so the
              line costs the one page nothing (in the key figures it broke it, German on Letter). */}
          {s.holds.holds > 0 && <p class="muted">{holdsLine(s.holds)}</p>}
          <MorningReport context={data.context} />
        </section>
        <section class="card">
          <h2>{long ? t('reportTrendRange') : t('trendTitle')}</h2>
          <TrendChart weeks={data.averages} />
        </section>
      </div>

      <section class="card">
        <table class="data-table">
          <caption class="visually-hidden">{t('reportTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(GROUPING_COLUMN[grouping])}</th>
              <th scope="col">{t('colAverage')}</th>
              <th scope="col">{t('colMinMax')}</th>
              <th scope="col">{t('colRatings')}</th>
              {/* Counted as the adherence line above (docs/clinical-basis.md, "Stretch break"). */}
              <th scope="col">{t('colBreaksTakenGuideOrAway')}</th>
              <th scope="col">{t('colMarkedDoneUnguided')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((r) => {
              // A row per day for a week; per week, fortnight or month for longer ranges.
              const label = grouping === 'day' ? formatDay(r.from) : formatDateRange(r.from, r.to);
              return (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{r.avg === null ? '–' : formatNumber(r.avg)}</td>
                  <td>{r.min === null ? '–' : `${r.min}–${r.max}`}</td>
                  <td>{r.count}</td>
                  <td>{r.taken}</td>
                  <td>{r.unguided}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {(report.later.edited > 0 || report.later.added > 0 || report.later.morningEdited > 0) && (
          <p class="muted later">
            {[
              report.later.edited > 0 ? t('reportEdited', String(report.later.edited)) : '',
              report.later.added > 0 ? t('reportAdded', String(report.later.added)) : '',
              report.later.morningEdited > 0 ? t('reportMorningEdited', String(report.later.morningEdited)) : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        )}
      </section>

      {report.notable.length > 0 && (
        <section class="card">
          <h2>{t('reportNotes')}</h2>
          <NotesList notes={report.notable} />
        </section>
      )}

      <p class="disclaimer">{t('disclaimer')}</p>
    </main>
  );
}
