import { useRef, useState } from 'preact/hooks';
import { ImportChoice } from './import-choice';
import { useExport } from './use-export';
import { choiceFigures, useImport } from './use-import';
import { formatNumber } from '../../utils/format';
import { t } from '../../utils/i18n';
import type { LocalDate } from '../../utils/core/time/local-time';
import { isLocalDate } from '../../utils/core/time/local-time';
import type { ExportFormat } from './export-file';
import type { Status } from './use-import';

type Scope = 'week' | 'range' | 'all';

/**
 * Export (CSV for spreadsheets, JSON to keep or move, FHIR for a clinic's system) and import of a
 * JSON export.
 */
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
  // Only for the next FHIR file: kept while the page is open, never stored.
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const { pending, importFile, choose, cancel } = useImport(setStatus, setBusy, fileInput, onImported);
  const exporting = useExport(setStatus, setBusy);
  const { percent } = exporting;

  const rangeError =
    scope !== 'range'
      ? null
      : !isLocalDate(from) || !isLocalDate(to)
        ? t('rangeInvalid')
        : from > to
          ? t('rangeBackwards')
          : null;

  const exportAs = (format: ExportFormat, button: HTMLElement): void => {
    if (rangeError) return;
    const range = scope === 'all' ? null : scope === 'week' ? { from: weekFrom, to: weekTo } : { from, to };
    void exporting.start(format, range, button, format === 'fhir' ? name : undefined);
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
          <button
            type="button"
            class="btn"
            disabled={busy || !!rangeError}
            onClick={(e) => exportAs('csv', e.currentTarget)}
          >
            {t('exportCsv')}
          </button>
          <button
            type="button"
            class="btn"
            disabled={busy || !!rangeError}
            onClick={(e) => exportAs('json', e.currentTarget)}
          >
            {t('exportJson')}
          </button>
        </div>
        <p class="muted" id="fhir-hint">
          {t('exportFhirHint')}
        </p>
        <div class="row">
          <label class="field">
            <span>{t('exportFhirName')}</span>
            <input
              type="text"
              autocomplete="off"
              spellcheck={false}
              aria-describedby="fhir-hint"
              value={name}
              onInput={(e) => setName((e.target as HTMLInputElement).value)}
            />
          </label>
          <button
            type="button"
            class="btn"
            disabled={busy || !!rangeError}
            onClick={(e) => exportAs('fhir', e.currentTarget)}
          >
            {t('exportFhir')}
          </button>
        </div>
        {/* The status line is on the page before an export starts: a live region added together
            with its words is often not read out, so "0 %" would go unheard. */}
        <div class={percent !== null ? 'row' : 'export-idle'}>
          {percent !== null && <progress max={100} value={percent} aria-label={t('exportProgressLabel')} />}
          {/* In steps of ten: a screen reader hears ten updates, not a hundred. */}
          <p role="status" class="export-progress">
            {percent !== null ? t('exportProgress', formatNumber(Math.floor(percent / 10) * 10, 0)) : ''}
          </p>
          {percent !== null && (
            <button type="button" class="btn btn-small" ref={exporting.cancelButton} onClick={exporting.cancel}>
              {t('exportCancel')}
            </button>
          )}
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
