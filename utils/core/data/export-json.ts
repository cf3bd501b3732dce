import type { LocalDate } from '../time/local-time';
import type { LimberRecord } from './records';

export const EXPORT_FORMAT = 'limber-export';
export const EXPORT_VERSION = 1;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The range asked for; null for all history. */
  from: LocalDate | null;
  to: LocalDate | null;
  records: LimberRecord[];
}

export function toExportJson(
  records: readonly LimberRecord[],
  range: { from: LocalDate; to: LocalDate } | null,
  now: number,
): string {
  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    from: range?.from ?? null,
    to: range?.to ?? null,
    records: [...records].sort((a, b) => a.at - b.at),
  };
  return JSON.stringify(file, null, 1);
}
