import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { parseImport } from '../../utils/core/data/import-json';
import { makeBreak, makeHold, makeRating, NOTE_MAX } from '../../utils/core/data/records';
import { HOLD_REASONS } from '../../utils/core/data/hold-reason';
import { REGIONS } from '../../utils/core/content/regions';
import { addDays } from '../../utils/core/time/local-time';
import { dayChunks, dayCount } from '../../utils/core/time/date-range';
import type { LimberRecord } from '../../utils/core/data/records';

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Chatham', 'UTC', 'Australia/Adelaide'];
const AT = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });

const ratingArb: fc.Arbitrary<LimberRecord> = fc
  .record({
    id: fc.uuid(),
    at: AT,
    zone: fc.constantFrom(...ZONES),
    source: fc.constantFrom('prompt', 'manual', 'after-break' as const),
    score: fc.integer({ min: 0, max: 10 }),
    regions: fc.option(fc.subarray([...REGIONS]), { nil: undefined }),
    note: fc.option(
      fc.string({ maxLength: NOTE_MAX, unit: 'grapheme' }).filter((s) => s.length <= NOTE_MAX),
      { nil: undefined },
    ),
  })
  .map(({ zone, regions, note, ...r }) =>
    makeRating({ ...r, ...(regions ? { regions } : {}), ...(note !== undefined ? { note } : {}) }, zone),
  );

const breakArb: fc.Arbitrary<LimberRecord> = fc
  .record({
    id: fc.uuid(),
    at: AT,
    zone: fc.constantFrom(...ZONES),
    kind: fc.constantFrom('stretch', 'posture', 'eyes', 'natural', 'pain' as const),
    outcome: fc.constantFrom('done', 'snoozed', 'skipped', 'missed' as const),
    seconds: fc.option(fc.integer({ min: 0, max: 7200 }), { nil: undefined }),
    reason: fc.option(fc.string({ maxLength: 100 }), { nil: undefined }),
    fixed: fc.option(fc.boolean(), { nil: undefined }),
    item: fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }),
  })
  .map(({ zone, ...r }) => makeBreak(r, zone));

const HELD = ['stretch', 'posture', 'eyes', 'pain', 'peg'] as const;
const holdArb: fc.Arbitrary<LimberRecord> = fc
  .record({
    id: fc.uuid(),
    at: AT,
    zone: fc.constantFrom(...ZONES),
    ms: fc.integer({ min: 0, max: 10 * 3_600_000 }),
    reasons: fc.subarray([...HOLD_REASONS], { minLength: 1 }),
    kinds: fc.subarray([...HELD]),
    shown: fc.subarray([...HELD]),
  })
  .map(({ zone, ...r }) => makeHold(r, zone));

const recordsArb = fc.uniqueArray(fc.oneof(ratingArb, breakArb, holdArb), { selector: (r) => r.id, maxLength: 40 });

describe('JSON export → import', () => {
  it('round-trips losslessly', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const parsed = parseImport(toExportJson(records, null, Date.UTC(2026, 10, 21)));
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.records).toEqual([...records].sort((a, b) => a.at - b.at));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a record repeated with the same content once', () => {
    const r = makeRating({ id: 'x', at: Date.UTC(2026, 10, 23, 10), source: 'manual', score: 4 }, 'UTC');
    const text = JSON.stringify({ format: 'limber-export', version: 1, records: [r, { ...r }] });
    expect(parseImport(text)).toEqual({ ok: true, records: [r], deleted: [], exercises: [] });
  });
});

describe('JSON export header', () => {
  const day = (date: string, id: string) =>
    makeRating({ id, at: Date.parse(`${date}T12:00:00Z`), source: 'manual', score: 3 }, 'UTC');
  const NOW = Date.UTC(2026, 0, 2);

  it('names the range asked for and holds every record of a three-year range', () => {
    const records = Array.from({ length: 110 }, (_, i) => day(addDays('2023-01-01', i * 10), `r${i}`));
    records.push(day('2025-12-31', 'last'));
    const file = JSON.parse(toExportJson(records, { from: '2023-01-01', to: '2025-12-31' }, NOW));
    expect([file.from, file.to]).toEqual(['2023-01-01', '2025-12-31']);
    expect(file.records).toHaveLength(111);
    expect(file.records.at(-1).id).toBe('last');
  });

  it('refuses to write a header its records do not match', () => {
    const range = { from: '2023-01-01', to: '2025-12-31' };
    expect(() => toExportJson([day('2022-12-31', 'before')], range, NOW)).toThrow(RangeError);
    expect(() => toExportJson([day('2026-01-01', 'after')], range, NOW)).toThrow(RangeError);
    expect(() => toExportJson([], { from: '2025-12-31', to: '2023-01-01' }, NOW)).toThrow(RangeError);
    expect(() => toExportJson([day('2026-01-01', 'any')], null, NOW)).not.toThrow();
  });
});

describe('the days of an export range', () => {
  it('come a bounded chunk at a time, every day once, across month, leap-day and year ends', () => {
    const chunks = [...dayChunks('2023-12-30', '2024-03-02', 20)];
    expect(chunks.map((c) => c.length)).toEqual([20, 20, 20, 4]);
    const days = chunks.flat();
    expect(days).toHaveLength(dayCount('2023-12-30', '2024-03-02'));
    expect(days.slice(0, 3)).toEqual(['2023-12-30', '2023-12-31', '2024-01-01']);
    expect(days).toContain('2024-02-29');
    expect(days.at(-1)).toBe('2024-03-02');
    expect(new Set(days).size).toBe(days.length);
  });

  it('count twenty years of days, one day, and nothing for a backwards range', () => {
    expect(dayCount('2006-01-01', '2025-12-31')).toBe(7305);
    expect(dayCount('2025-03-30', '2025-03-30')).toBe(1);
    expect(dayCount('2025-03-31', '2025-03-30')).toBe(0);
    expect([...dayChunks('2025-03-31', '2025-03-30', 10)]).toEqual([]);
    expect(() => [...dayChunks('2025-03-01', '2025-03-30', 0)]).toThrow(RangeError);
  });
});

describe('CSV export', () => {
  it('opens in a spreadsheet-like parser with one row per record, in the right columns', () => {
    fc.assert(
      fc.property(recordsArb, (records) => {
        const parsed = Papa.parse<string[]>(toCsv(records), { skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        const [header, ...rows] = parsed.data;
        expect(header).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(records.length);
        const sorted = [...records].sort((a, b) => a.at - b.at);
        rows.forEach((row, i) => {
          const r = sorted[i]!;
          expect(row).toHaveLength(CSV_COLUMNS.length);
          expect(row[0]).toBe(r.id);
          expect(row[3]).toBe(r.date);
          expect(row[2]!.slice(0, 10)).toBe(r.date);
          if (r.type === 'rating') {
            expect(row[4]).toBe(String(r.score));
            const note = r.note ?? '';
            expect(row[7]).toBe(/^[=+\-@\t\r]/.test(note) ? `'${note}` : note);
          }
        });
      }),
      { numRuns: 100 },
    );
  });

  it('neutralises formula cells and writes local time with its offset', () => {
    const notes = ['=HYPERLINK("http://x")', '+1+1', '-2', '@SUM(A1)', '\tx', '\rx', 'fine, "quoted"'];
    const records = notes.map((note, i) =>
      makeRating({ id: `n${i}`, at: Date.UTC(2026, 10, 23, 10, i), source: 'manual', score: 1, note }, 'Europe/Berlin'),
    );
    const rows = Papa.parse<string[]>(toCsv(records), { skipEmptyLines: true }).data.slice(1);
    expect(rows.map((r) => r[7])).toEqual([
      `'=HYPERLINK("http://x")`,
      `'+1+1`,
      `'-2`,
      `'@SUM(A1)`,
      `'\tx`,
      `'\rx`,
      'fine, "quoted"',
    ]);
    expect(rows[0]![2]).toBe('2026-11-23T11:00:00+01:00');
  });

  it('carries an edited rating’s first score and time, and when a rating was added later', () => {
    const made = Date.UTC(2026, 10, 23, 8, 12);
    const base = makeRating({ id: 'e', at: made, source: 'prompt', score: 3 }, 'Europe/Berlin');
    const edited = { ...base, edited: { at: Date.UTC(2026, 10, 23, 17), fromScore: 8, fromAt: made } };
    const added = { ...base, id: 'a', at: made + 60_000, added: Date.UTC(2026, 10, 24, 9) };
    const [header, ...rows] = Papa.parse<string[]>(toCsv([edited, added]), { skipEmptyLines: true }).data;
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(col(rows[0]!, 'score')).toBe('3');
    expect(col(rows[0]!, 'edited_at')).toBe('2026-11-23T18:00:00+01:00');
    expect(col(rows[0]!, 'first_score')).toBe('8');
    expect(col(rows[0]!, 'first_time')).toBe('2026-11-23T09:12:00+01:00');
    expect(col(rows[0]!, 'added_at')).toBe('');
    expect(col(rows[1]!, 'added_at')).toBe('2026-11-24T10:00:00+01:00');
    expect(col(rows[1]!, 'first_score')).toBe('');
  });
});

describe('import rejects bad files with a clear problem and nothing taken', () => {
  const good = makeRating({ id: 'g', at: Date.UTC(2026, 10, 23, 10), source: 'manual', score: 4 }, 'UTC');
  const file = (records: unknown[], extra: object = {}) =>
    JSON.stringify({ format: 'limber-export', version: 1, records, ...extra });
  const deep = '['.repeat(20_000) + ']'.repeat(20_000);

  it.each([
    ['an empty file', '', { code: 'empty' }],
    ['text that is not JSON', 'hello, world', { code: 'notJson' }],
    ['nesting deeper than any export', deep, { code: 'foreign' }],
    ['a JSON array', '[1,2,3]', { code: 'foreign' }],
    ['another app’s export', JSON.stringify({ app: 'flaredown', entries: [] }), { code: 'foreign' }],
    ['a newer Limber version', file([good], { version: 5 }), { code: 'futureVersion', version: 5 }],
    [
      'records that are not a list',
      JSON.stringify({ format: 'limber-export', version: 1, records: {} }),
      { code: 'noRecords' },
    ],
    [
      'a score out of range',
      file([good, { ...good, id: 'h', score: 11 }]),
      { code: 'badRecord', index: 1, field: 'score' },
    ],
    ['a wrong type', file([{ ...good, at: '2026-11-23' }]), { code: 'badRecord', index: 0, field: 'at' }],
    [
      'a date that does not match the time',
      file([{ ...good, date: '2026-11-24' }]),
      { code: 'wrongDate', index: 0, id: 'g' },
    ],
    ['one id with two contents', file([good, { ...good, score: 9 }]), { code: 'conflict', index: 1, id: 'g' }],
    [
      'a note over the limit',
      file([{ ...good, note: 'x'.repeat(NOTE_MAX + 1) }]),
      { code: 'badRecord', index: 0, field: 'note' },
    ],
    ['an unknown record type', file([{ ...good, type: 'mood' }]), { code: 'badRecord', index: 0, field: 'type' }],
  ])('%s', (_name, text, problem) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject(problem);
  });

  it('a file over the size limit', () => {
    const result = parseImport(file([good], { padding: 'x'.repeat(21 * 1024 * 1024) }));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
  });

  it('lists at most five problems and counts the rest', () => {
    const result = parseImport(file(Array.from({ length: 9 }, (_, i) => ({ ...good, id: `b${i}`, score: -1 }))));
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual([
      'badRecord',
      'badRecord',
      'badRecord',
      'badRecord',
      'badRecord',
      'more',
    ]);
  });
});
