import { isoLocal } from '../time/week';
import type { LimberRecord } from './records';

export const CSV_COLUMNS = [
  'id',
  'type',
  'local_time',
  'date',
  'score',
  'source',
  'regions',
  'note',
  'kind',
  'outcome',
  'seconds',
  'reason',
  'fixed',
  'item',
  'peg_pain',
  'peg_enjoyment',
  'peg_activity',
] as const;

/**
 * A spreadsheet would run a cell starting with = + - @ (or a tab / CR that hides one) as a
 * formula; a leading apostrophe makes it text (OWASP CSV injection guidance).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function cells(r: LimberRecord): string[] {
  const base = [r.id, r.type, isoLocal(r.at, r.tz), r.date];
  if (r.type === 'rating') {
    return [
      ...base,
      String(r.score),
      r.source,
      (r.regions ?? []).join(';'),
      r.note ?? '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
    ];
  }
  if (r.type === 'peg') {
    return [...base, '', '', '', '', '', '', '', '', '', '', String(r.pain), String(r.enjoyment), String(r.activity)];
  }
  return [
    ...base,
    '',
    '',
    '',
    '',
    r.kind,
    r.outcome,
    r.seconds === undefined ? '' : String(r.seconds),
    r.reason ?? '',
    r.fixed === undefined ? '' : String(r.fixed),
    r.item === undefined ? '' : String(r.item),
    '',
    '',
    '',
  ];
}

/** One row per record, oldest first; RFC 4180 quoting, CRLF line ends, formula cells neutralised. */
export function toCsv(records: readonly LimberRecord[]): string {
  const rows = [[...CSV_COLUMNS], ...[...records].sort((a, b) => a.at - b.at).map(cells)];
  return `${rows.map((row) => row.map((c) => quote(neutralise(c))).join(',')).join('\r\n')}\r\n`;
}
