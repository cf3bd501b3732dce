import { inRange } from '../time/date-range';
import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from './records';
import type { Tombstone } from './tombstone';

export const EXPORT_FORMAT = 'limber-export';
/**
 * 2: ratings may carry `edited` and `added` marks, and `deleted` lists the tombstones of deleted
 * entries, so a deletion survives the round trip. Version 1 files (no marks, no `deleted`) still import.
 */
export const EXPORT_VERSION = 2;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The range asked for; null for all history. */
  from: LocalDate | null;
  to: LocalDate | null;
  records: LimberRecord[];
  deleted: Tombstone[];
}

/**
 * The export file. Its header names the range asked for, so it must hold that range's records
 * and nothing else: a range that runs backwards, or a record outside it, is a RangeError rather
 * than a file whose header says more (or other) than it holds.
 */
export function toExportJson(
  records: readonly LimberRecord[],
  range: { from: LocalDate; to: LocalDate } | null,
  now: number,
  deleted: readonly Tombstone[] = [],
): string {
  if (range) {
    if (range.from > range.to) throw new RangeError(`export range ${range.from}…${range.to} runs backwards`);
    const stray = [...records, ...deleted].find((r) => !inRange(r.date, range.from, range.to));
    if (stray) throw new RangeError(`record ${stray.id} of ${stray.date} is outside ${range.from}…${range.to}`);
  }
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    from: range?.from ?? null,
    to: range?.to ?? null,
    records: [...records].sort((a, b) => a.at - b.at),
    deleted: [...deleted].sort((a, b) => a.at - b.at),
  };
  return JSON.stringify(file, null, 1);
}
