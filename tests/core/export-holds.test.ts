/**
 * Held prompts in the exports: a hold record and the tombstone of a deleted one survive the JSON
 * round trip; the CSV gives a hold its own columns after the earlier ones, in their old order.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { parseImport } from '../../utils/core/data/import-json';
import { makeBreak, makeHold } from '../../utils/core/data/records';
import { tombstoneOf } from '../../utils/core/data/tombstone';

describe('JSON export → import of held prompts', () => {
  it('round-trips a held prompt and the tombstone of a deleted one', () => {
    const kept = makeHold(
      {
        id: 'hold-1',
        at: Date.UTC(2026, 10, 23, 10),
        ms: 45 * 60_000,
        reasons: ['meeting'],
        kinds: ['posture', 'stretch'],
        shown: ['posture'],
      },
      'Europe/Berlin',
    );
    const gone = makeHold(
      {
        id: 'hold-2',
        at: Date.UTC(2026, 10, 23, 14),
        ms: 60_000,
        reasons: ['fullscreen', 'audible'],
        kinds: ['eyes'],
        shown: [],
      },
      'Europe/Berlin',
    );
    const deleted = tombstoneOf(gone, Date.UTC(2026, 10, 24));
    const parsed = parseImport(toExportJson([kept], null, Date.UTC(2026, 10, 25), [deleted]));
    expect(parsed).toEqual({ ok: true, records: [kept], deleted: [deleted], exercises: [] });
  });
});

describe('CSV export of held prompts', () => {
  /** The columns as they were before holds: a spreadsheet built on them keeps working. */
  const BEFORE = [
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
    'edited_at',
    'first_score',
    'first_time',
    'added_at',
    'guided',
  ];

  it('keeps the earlier columns in their order and adds the hold columns after them', () => {
    expect(CSV_COLUMNS.slice(0, BEFORE.length)).toEqual(BEFORE);
    expect(CSV_COLUMNS.slice(BEFORE.length, BEFORE.length + 4)).toEqual([
      'held_minutes',
      'hold_reasons',
      'held_kinds',
      'shown_kinds',
    ]);
  });

  it('writes a hold in its own columns, and leaves them empty for other records', () => {
    const hold = makeHold(
      {
        id: 'hold-9',
        at: Date.UTC(2026, 10, 23, 10),
        ms: 45.5 * 60_000,
        reasons: ['meeting', 'audible'],
        kinds: ['posture', 'stretch'],
        shown: ['posture'],
      },
      'Europe/Berlin',
    );
    const brk = makeBreak({ id: 'b', at: Date.UTC(2026, 10, 23, 11), kind: 'stretch', outcome: 'missed' }, 'UTC');
    const [header, ...rows] = Papa.parse<string[]>(toCsv([brk, hold]), { skipEmptyLines: true }).data;
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    const [h, b] = rows as [string[], string[]];
    expect(col(h, 'type')).toBe('hold');
    expect(col(h, 'local_time')).toBe('2026-11-23T11:00:00+01:00');
    expect(col(h, 'held_minutes')).toBe('45.5');
    expect(col(h, 'hold_reasons')).toBe('meeting;audible');
    expect(col(h, 'held_kinds')).toBe('posture;stretch');
    expect(col(h, 'shown_kinds')).toBe('posture');
    expect([col(h, 'kind'), col(h, 'outcome'), col(h, 'seconds')]).toEqual(['', '', '']);
    expect(['held_minutes', 'hold_reasons', 'held_kinds', 'shown_kinds'].map((c) => col(b, c))).toEqual([
      '',
      '',
      '',
      '',
    ]);
    expect(col(b, 'outcome')).toBe('missed');
  });
});
