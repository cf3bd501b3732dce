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
  // A rating changed later: when, and the score and time it first had; one added afterwards: when.
  'edited_at',
  'first_score',
  'first_time',
  'added_at',
  // A stretch break done: whether its guide ran (none, partial, completed); empty on older records.
  'guided',
  // Prompts held while the user was busy: how long (minutes), why, what fell due, what came after.
  'held_minutes',
  'hold_reasons',
  'held_kinds',
  'shown_kinds',
  // A rating's context: Limber's tags (their ids), the user's own tags (as typed), the medicine.
  'tags',
  'own_tags',
  'medicine',
  // A morning check: sleep quality (0 best – 10 worst), stiffness (none, under30, 30to60, over60), fatigue.
  'sleep',
  'stiffness',
  'fatigue',
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

type Column = (typeof CSV_COLUMNS)[number];

/** A record's cells by column; columns it has no value for stay empty. */
function fields(r: LimberRecord): Partial<Record<Column, string>> {
  const base = { id: r.id, type: r.type, local_time: isoLocal(r.at, r.tz), date: r.date };
  if (r.type === 'rating')
    return {
      ...base,
      score: String(r.score),
      source: r.source,
      regions: (r.regions ?? []).join(';'),
      note: r.note ?? '',
      edited_at: r.edited ? isoLocal(r.edited.at, r.tz) : '',
      first_score: r.edited ? String(r.edited.fromScore) : '',
      first_time: r.edited ? isoLocal(r.edited.fromAt, r.tz) : '',
      added_at: r.added === undefined ? '' : isoLocal(r.added, r.tz),
      tags: (r.tags ?? []).join(';'),
      own_tags: (r.ownTags ?? []).join(';'),
      medicine: r.medicine ?? '',
    };
  if (r.type === 'morning')
    return {
      ...base,
      sleep: r.sleep === undefined ? '' : String(r.sleep),
      stiffness: r.stiffness ?? '',
      fatigue: r.fatigue === undefined ? '' : String(r.fatigue),
      // Changed in the diary: when; what it first said is in the JSON export.
      edited_at: r.edited ? isoLocal(r.edited.at, r.tz) : '',
    };
  if (r.type === 'peg')
    return { ...base, peg_pain: String(r.pain), peg_enjoyment: String(r.enjoyment), peg_activity: String(r.activity) };
  if (r.type === 'hold')
    return {
      ...base,
      // Minutes to a tenth: a spreadsheet adds them up as they are.
      held_minutes: String(Math.round(r.ms / 6000) / 10),
      hold_reasons: r.reasons.join(';'),
      held_kinds: r.kinds.join(';'),
      shown_kinds: r.shown.join(';'),
    };
  return {
    ...base,
    kind: r.kind,
    outcome: r.outcome,
    seconds: r.seconds === undefined ? '' : String(r.seconds),
    reason: r.reason ?? '',
    fixed: r.fixed === undefined ? '' : String(r.fixed),
    item: r.item === undefined ? '' : String(r.item),
    guided: r.guided ?? '',
  };
}

function cells(r: LimberRecord): string[] {
  const f = fields(r);
  return CSV_COLUMNS.map((c) => f[c] ?? '');
}

/** One CSV line, CRLF-ended: RFC 4180 quoting, formula cells neutralised. */
function line(row: readonly string[]): string {
  return `${row.map((c) => quote(neutralise(c))).join(',')}\r\n`;
}

/** The first piece of a CSV export: the header line. */
export function csvHeader(): string {
  return line(CSV_COLUMNS);
}

/**
 * The lines of some records, in the order given: a piece of a CSV export made a chunk at a time.
 * The caller hands the chunks over oldest first, as `toCsv` sorts them.
 */
export function csvRows(records: readonly LimberRecord[]): string {
  return records.map((r) => line(cells(r))).join('');
}

/** One row per record, oldest first; RFC 4180 quoting, CRLF line ends, formula cells neutralised. */
export function toCsv(records: readonly LimberRecord[]): string {
  return csvHeader() + csvRows([...records].sort((a, b) => a.at - b.at));
}
