/**
 * Exporting: the file made a chunk of days at a time (export-file.ts), the progress
 * as it goes, a Cancel that stops it with nothing downloaded, and focus kept where a keyboard user
 * expects it: on Cancel while the export buttons are disabled, back on the button used after.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { download } from '../common/download';
import { t } from '../../utils/i18n';
import { exportFile, exportFileName } from './export-file';
import { userError } from '../../utils/user-error';
import type { LocalDate } from '../../utils/core/time/local-time';
import type { ExportFormat } from './export-file';
import type { Status } from './use-import';

export interface ExportRun {
  /** Percent done while an export runs, else null. */
  percent: number | null;
  start(
    format: ExportFormat,
    range: { from: LocalDate; to: LocalDate } | null,
    button: HTMLElement,
    /** FHIR only: a name for this one file. */
    name?: string,
  ): Promise<void>;
  cancel(): void;
  /** The Cancel button: focus moves there while the export buttons are disabled. */
  cancelButton: { current: HTMLButtonElement | null };
}

/** Whether focus is nowhere in particular (a disabled or removed button lost it) or on `el`. */
function focusLostOrOn(el: HTMLElement | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === el;
}

export function useExport(setStatus: (s: Status) => void, setBusy: (b: boolean) => void): ExportRun {
  const [percent, setPercent] = useState<number | null>(null);
  const controller = useRef<AbortController | null>(null);
  const origin = useRef<HTMLElement | null>(null);
  const cancelButton = useRef<HTMLButtonElement | null>(null);
  const running = percent !== null;

  // Leaving the page (or the panel) mid-export stops it: nothing is downloaded afterwards.
  useEffect(() => () => controller.current?.abort(), []);

  useEffect(() => {
    if (running) {
      if (focusLostOrOn(origin.current)) cancelButton.current?.focus();
    } else if (origin.current && focusLostOrOn(null)) {
      origin.current.focus();
    }
  }, [running]);

  const start: ExportRun['start'] = async (format, range, button, name) => {
    const ctrl = new AbortController();
    controller.current = ctrl;
    origin.current = button;
    setBusy(true);
    setStatus(null);
    setPercent(0);
    try {
      const { blob, count } = await exportFile(format, range, Date.now(), {
        signal: ctrl.signal,
        name,
        onProgress: (done, total) => setPercent(total ? Math.floor((done / total) * 100) : 100),
      });
      // One range for the read, the file name and the JSON header: the file holds what it names.
      download(exportFileName(format, range), blob);
      // The CSV lists records; the JSON also carries the deleted entries' tombstones, so a deletion
      // survives a round trip. Either way the count is of records (FHIR: ratings and weekly checks).
      setStatus({ kind: 'ok', lines: [t('exportDone', String(count))] });
    } catch (err) {
      setStatus(
        ctrl.signal.aborted
          ? { kind: 'ok', lines: [t('exportCancelled')] }
          : { kind: 'error', lines: [userError(err)] },
      );
    } finally {
      controller.current = null;
      setPercent(null);
      setBusy(false);
    }
  };

  return { percent, start, cancel: () => controller.current?.abort(), cancelButton };
}
