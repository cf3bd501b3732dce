/**
 * An export file made a chunk of days at a time: each chunk's text goes into a Blob at once, so the
 * file leaves the page's memory as it grows, and the page gets a turn between chunks, so it never
 * freezes. The file is byte for byte what `toCsv` / `toExportJson` make of the same entries (and,
 * for JSON, the own exercises stored).
 */
import { entryChunks } from '../../utils/storage/entry-chunks';
import { loadExercises } from '../../utils/storage/exercises';
import { csvHeader, csvRows } from '../../utils/core/data/export-csv';
import { exportJsonPieces } from '../../utils/core/data/export-json';
import { OutOfOrderError } from '../../utils/core/data/time-order';
import { FHIR_MEDIA_TYPE, fhirBundlePieces } from '../../utils/core/data/fhir/bundle';
import { t } from '../../utils/i18n';
import type { LocalDate } from '../../utils/core/time/local-time';

export type ExportFormat = 'csv' | 'json' | 'fhir';

const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  fhir: FHIR_MEDIA_TYPE,
};

/** The file's name: what it holds, and `.fhir.json` for the FHIR bundle. */
export function exportFileName(format: ExportFormat, range: { from: LocalDate; to: LocalDate } | null): string {
  const base = range ? `limber-${range.from}_${range.to}` : 'limber-all';
  return format === 'fhir' ? `${base}.fhir.json` : `${base}.${format}`;
}

/** The FHIR bundle's pieces, in the reader's words, with a name only if one was typed. */
function fhirPieces(now: number, name: string | undefined) {
  return fhirBundlePieces(now, {
    name,
    uuid: () => crypto.randomUUID(),
    regionText: (r) => t(`region${r}`),
    codeText: {
      painSeverity: t('fhirPainSeverity'),
      pegPanel: t('fhirPegPanel'),
      pegPain: t('pegPain'),
      pegEnjoyment: t('pegEnjoyment'),
      pegActivity: t('pegActivity'),
      pegScore: t('fhirPegScore'),
      sleep: t('fhirMorningSleep'),
      stiffness: t('fhirMorningStiffness'),
      fatigue: t('fhirMorningFatigue'),
    },
  });
}

export interface ExportOptions {
  /** Cancels: the export stops at the next chunk, with the signal's reason, and makes nothing. */
  signal?: AbortSignal;
  /** Called after each chunk: steps done of the total (see EntryChunk). */
  onProgress?(done: number, total: number): void;
  /** Days per storage read (tests make it small to cross chunk boundaries). */
  days?: number;
  /** FHIR only: the name typed for this export (never stored); none: no Patient in the file. */
  name?: string;
}

/** Lets the page paint and answer input: `scheduler.yield()` where there is one, else a timer. */
function nextTurn(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function build(
  format: ExportFormat,
  range: { from: LocalDate; to: LocalDate } | null,
  now: number,
  opts: ExportOptions,
  whole: boolean,
): Promise<{ blob: Blob; count: number }> {
  const json = format === 'json' ? exportJsonPieces(range, now) : null;
  const fhir = format === 'fhir' ? fhirPieces(now, opts.name) : null;
  const parts: Blob[] = [new Blob([json ? json.head : fhir ? fhir.head : csvHeader()])];
  // The tombstones come after all records in the file: their pieces wait here, already Blobs.
  const deletedParts: Blob[] = [];
  let count = 0;
  for await (const chunk of entryChunks(range, { days: opts.days, whole })) {
    opts.signal?.throwIfAborted();
    const text = json ? json.records(chunk.records) : fhir ? fhir.records(chunk.records) : csvRows(chunk.records);
    if (text) parts.push(new Blob([text]));
    if (json && chunk.deleted.length) deletedParts.push(new Blob([json.deleted(chunk.deleted)]));
    count += chunk.records.length;
    opts.onProgress?.(chunk.done, chunk.total);
    await nextTurn();
    opts.signal?.throwIfAborted();
  }
  // The user's own exercises close the JSON file: all of them, whatever the range (they have no date).
  if (json) parts.push(new Blob([json.between()]), ...deletedParts, new Blob([json.end(await loadExercises())]));
  if (fhir) parts.push(new Blob([fhir.end()]));
  // The FHIR file holds ratings and weekly checks only: its count is theirs.
  return { blob: new Blob(parts, { type: EXPORT_TYPES[format] }), count: fhir ? fhir.count : count };
}

/**
 * The export of `range` (null: all history) as a Blob, and how many records it holds. A range
 * that runs backwards, or an entry stored outside its day, is a RangeError, as in `toExportJson`.
 */
export async function exportFile(
  format: ExportFormat,
  range: { from: LocalDate; to: LocalDate } | null,
  now: number,
  opts: ExportOptions = {},
): Promise<{ blob: Blob; count: number }> {
  try {
    return await build(format, range, now, opts, false);
  } catch (err) {
    if (!(err instanceof OutOfOrderError)) throw err;
    return build(format, range, now, opts, true);
  }
}
