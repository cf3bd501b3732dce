import { useRef, useState } from 'preact/hooks';
import { download } from '../common/download';
import { ImportChoice } from './import-choice';
import { choiceFigures, useImport } from './use-import';
import { toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { t } from '../../utils/i18n';
import { readAllEntries, readRangeChecked } from '../../utils/storage/records';
import type { LocalDate } from '../../utils/core/time/local-time';
import { isLocalDate } from '../../utils/core/time/local-time';
import { userError } from '../../utils/user-error';
import type { Status } from './use-import';

type Scope = 'week' | 'range' | 'all';

/** Export (CSV for spreadsheets, JSON to keep or move) and import of a JSON export. */
export function DataPanel({
  weekFrom,
  weekTo,
  onImported,
}: {
  weekFrom: LocalDate;
  weekTo: LocalDate;
  onImported(): void;
}) {
  const [scope, setScope] = useState<Scope>('week');
  const [from, setFrom] = useState(weekFrom);
  const [to, setTo] = useState(weekTo);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, importFile, choose, cancel } = useImport(setStatus, setBusy, fileInput, onImported);

  const rangeError =
    scope !== 'range'
      ? null
      : !isLocalDate(from) || !isLocalDate(to)
        ? t('rangeInvalid')
        : from > to
          ? t('rangeBackwards')
          : null;

  const exportAs = async (format: 'csv' | 'json'): Promise<void> => {
    if (rangeError) return;
    setBusy(true);
    setStatus(null);
    try {
      // One range for the read, the file name and the JSON header: the file holds what it names.
      const range = scope === 'all' ? null : scope === 'week' ? { from: weekFrom, to: weekTo } : { from, to };
      const { records, deleted } = range ? await readRangeChecked(range.from, range.to) : await readAllEntries();
      const name = range ? `limber-${range.from}_${range.to}` : 'limber-all';
      // The CSV lists records; the JSON also carries the deleted entries' tombstones, so a deletion
      // survives a round trip. Either way the count is of records.
      if (format === 'csv') download(`${name}.csv`, toCsv(records), 'text/csv;charset=utf-8');
      else download(`${name}.json`, toExportJson(records, range, Date.now(), deleted), 'application/json');
      setStatus({ kind: 'ok', lines: [t('exportDone', String(records.length))] });
    } catch (err) {
      setStatus({ kind: 'error', lines: [userError(err)] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="stack">
      <fieldset class="stack">
        <legend>{t('exportTitle')}</legend>
        <div class="row" role="radiogroup" aria-label={t('exportScope')}>
          {(['week', 'range', 'all'] as const).map((s) => (
            <label key={s} class="choice">
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
              {t(s === 'week' ? 'scopeWeek' : s === 'range' ? 'scopeRange' : 'scopeAll')}
            </label>
          ))}
        </div>
        {scope === 'range' && (
          <div class="row">
            <label class="field">
              <span>{t('rangeFrom')}</span>
              <input
                type="date"
                value={from}
                aria-invalid={!!rangeError}
                aria-describedby="range-error"
                onInput={(e) => setFrom((e.target as HTMLInputElement).value)}
              />
            </label>
            <label class="field">
              <span>{t('rangeTo')}</span>
              <input
                type="date"
                value={to}
                aria-invalid={!!rangeError}
                aria-describedby="range-error"
                onInput={(e) => setTo((e.target as HTMLInputElement).value)}
              />
            </label>
          </div>
        )}
        {rangeError && (
          <p id="range-error" class="error" role="alert">
            {rangeError}
          </p>
        )}
        <div class="row">
          <button type="button" class="btn" disabled={busy || !!rangeError} onClick={() => void exportAs('csv')}>
            {t('exportCsv')}
          </button>
          <button type="button" class="btn" disabled={busy || !!rangeError} onClick={() => void exportAs('json')}>
            {t('exportJson')}
          </button>
        </div>
      </fieldset>
      <fieldset class="stack">
        <legend>{t('importTitle')}</legend>
        <p class="muted">{t('importHint')}</p>
        <label class="field">
          <span>{t('importChoose')}</span>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            disabled={busy || !!pending}
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
        </label>
        {pending && (
          <ImportChoice
            figures={choiceFigures(pending.preview)}
            busy={busy}
            onChoose={(choice) => void choose(choice)}
            onCancel={cancel}
          />
        )}
      </fieldset>
      <div role="status" class={status?.kind === 'error' ? 'error' : ''}>
        {status?.lines.map((line, i) =>
          i === 0 ? (
            <p key={i}>{line}</p>
          ) : (
            <p key={i} class="problem">
              {line}
            </p>
          ),
        )}
      </div>
    </div>
  );
}
