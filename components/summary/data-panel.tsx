import { useState } from 'preact/hooks';
import { download } from '../common/download';
import { toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { t } from '../../utils/i18n';
import { parseImport } from '../../utils/core/data/import-json';
import { readAll, readRange } from '../../utils/storage/records';
import { importRecords, ImportNotUndoneError } from '../../utils/storage/import';
import type { ImportProblem } from '../../utils/core/data/import-json';
import type { LocalDate } from '../../utils/core/time/local-time';
import { isLocalDate } from '../../utils/core/time/local-time';
import { errorKind } from '../../utils/core/error-kind';
import { userError } from '../../utils/user-error';

type Scope = 'week' | 'range' | 'all';
type Status = { kind: 'ok' | 'error'; lines: string[] } | null;

export function problemText(p: ImportProblem): string {
  switch (p.code) {
    case 'tooLarge':
      return t('importTooLarge', String(Math.round(p.bytes / 1024 / 1024)));
    case 'empty':
      return t('importEmpty');
    case 'notJson':
      return t('importNotJson', p.detail);
    case 'foreign':
      return t('importForeign');
    case 'futureVersion':
      return t('importFuture', String(p.version));
    case 'noRecords':
      return t('importNoRecords');
    case 'badRecord':
      return t('importBadRecord', [String(p.index + 1), p.field, p.detail]);
    case 'wrongDate':
      return t('importWrongDate', [String(p.index + 1), p.id]);
    case 'conflict':
      return t('importConflict', [String(p.index + 1), p.id]);
    case 'more':
      return t('importMore', String(p.count));
  }
}

/** Why an import failed, in plain words (the browser's own text goes to the console only). */
function importFailure(err: unknown, file: string): string[] {
  if (err instanceof ImportNotUndoneError) {
    console.warn('Limber:', err);
    return [t('importNotUndone', file)];
  }
  const plain = userError(err);
  return [t('importRejected', file), errorKind(err) === 'storageFull' ? t('importNoRoom') : plain];
}

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
      const records = range ? await readRange(range.from, range.to) : await readAll();
      const name = range ? `limber-${range.from}_${range.to}` : 'limber-all';
      if (format === 'csv') download(`${name}.csv`, toCsv(records), 'text/csv;charset=utf-8');
      else download(`${name}.json`, toExportJson(records, range, Date.now()), 'application/json');
      setStatus({ kind: 'ok', lines: [t('exportDone', String(records.length))] });
    } catch (err) {
      setStatus({ kind: 'error', lines: [userError(err)] });
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setStatus(null);
    try {
      const parsed = parseImport(await file.text());
      if (!parsed.ok) {
        setStatus({ kind: 'error', lines: [t('importRejected', file.name), ...parsed.problems.map(problemText)] });
        return;
      }
      const { added, present } = await importRecords(parsed.records);
      setStatus({ kind: 'ok', lines: [t('importDone', [String(added), String(present)])] });
      onImported();
    } catch (err) {
      setStatus({ kind: 'error', lines: importFailure(err, file.name) });
    } finally {
      setBusy(false);
      input.value = '';
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
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => void importFile(e.target as HTMLInputElement)}
          />
        </label>
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
