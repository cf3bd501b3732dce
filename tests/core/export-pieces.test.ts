/**
 * An export made in pieces, a chunk of records at a time, is the whole-file export to the byte: the
 * whole-file functions are built from the pieces, and both are held to the text the one-string
 * versions made before: the JSON one kept here verbatim, the CSV one by its row joining and by
 * SHA-256 hashes of what it made of these records.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvHeader, csvRows, toCsv } from '../../utils/core/data/export-csv';
import { EXPORT_FORMAT, EXPORT_VERSION, exportJsonPieces, toExportJson } from '../../utils/core/data/export-json';
import { makeBreak, makeHold, makePeg, makeRating } from '../../utils/core/data/records';
import { tombstoneOf } from '../../utils/core/data/tombstone';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Tombstone } from '../../utils/core/data/tombstone';
import type { OwnExercise } from '../../utils/core/content/own-exercises';

/**
 * toCsv as it was: every row, the header first, joined by CRLF, and one more CRLF at the end. A
 * row's cells are as before (the golden hashes below were taken of the one-string version).
 */
function csvBefore(records: readonly LimberRecord[]): string {
  const rowOf = (r: LimberRecord) => csvRows([r]).slice(0, -2);
  const rows = [csvHeader().slice(0, -2), ...[...records].sort((a, b) => a.at - b.at).map(rowOf)];
  return `${rows.join('\r\n')}\r\n`;
}

/** toExportJson as it was: one JSON.stringify of the whole file. */
function jsonBefore(
  records: readonly LimberRecord[],
  range: { from: string; to: string } | null,
  now: number,
  deleted: readonly Tombstone[] = [],
  exercises: readonly OwnExercise[] = [],
): string {
  const file = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    from: range?.from ?? null,
    to: range?.to ?? null,
    records: [...records].sort((a, b) => a.at - b.at),
    deleted: [...deleted].sort((a, b) => a.at - b.at),
    exercises,
  };
  return JSON.stringify(file, null, 1);
}

const NOW = Date.UTC(2026, 10, 30, 9);
const at = (day: number, h: number) => Date.UTC(2026, 10, day, h);

const rich: LimberRecord[] = [
  makeRating({ id: 'r1', at: at(23, 9), source: 'prompt', score: 6, regions: ['neck', 'wrists'] }, 'Europe/Berlin'),
  makeRating(
    { id: 'r2', at: at(23, 8), source: 'manual', score: 0, note: '=SUM(A1)\n"quoted", line two\r\n\ttab' },
    'Pacific/Kiritimati',
  ),
  makeBreak({ id: 'b1', at: at(24, 10), kind: 'stretch', outcome: 'done', seconds: 120, guided: 'partial' }, 'UTC'),
  makeBreak({ id: 'b2', at: at(24, 11), kind: 'posture', outcome: 'done', fixed: true, item: 3 }, 'America/New_York'),
  makeBreak({ id: 'b3', at: at(25, 12), kind: 'eyes', outcome: 'skipped', reason: '@meeting, "long"' }, 'UTC'),
  makePeg({ id: 'p1', at: at(27, 15), pain: 4, enjoyment: 5, activity: 6 }, 'Asia/Kolkata'),
  makeHold(
    { id: 'h1', at: at(26, 14), ms: 1_234_567, reasons: ['meeting', 'audible'], kinds: ['stretch'], shown: [] },
    'UTC',
  ),
  // Same moment as r1: the sort keeps the order given.
  makeRating({ id: 'r3', at: at(23, 9), source: 'after-break', score: 10 }, 'Europe/Berlin'),
];
const edited: LimberRecord = {
  ...makeRating({ id: 'e1', at: at(28, 10), source: 'prompt', score: 3 }, 'UTC'),
  edited: { at: at(28, 12), fromScore: 7, fromAt: at(28, 9) },
  added: at(28, 13),
};
/** Own exercises, in the order stored: one with a picture, one whose text needs escaping. */
const OWN: OwnExercise[] = [
  { id: 'own-1', name: 'Chin tuck', how: 'Slowly.\n"Hold" it', regions: ['neck'], holdSec: 20, gentle: true },
  {
    id: 'own-2',
    name: 'Wall angel',
    how: '',
    regions: ['upperBack', 'shoulders'],
    holdSec: 30,
    gentle: false,
    picture: 'data:image/png;base64,iVBORw0KGgo=',
  },
];
const tombs: Tombstone[] = [tombstoneOf(rich[2]!, at(29, 1)), tombstoneOf(rich[0]!, at(29, 2))];

/**
 * The CSV without the columns record version 2 added at the end (a rating's context, the morning
 * check): these records have none of them, so each row ends in that many empty cells. What is left
 * must be the bytes hashed below.
 */
const ADDED_COLUMNS = ['tags', 'own_tags', 'medicine', 'sleep', 'stiffness', 'fatigue'];
function withoutAddedColumns(csv: string): string {
  expect(CSV_COLUMNS.slice(-ADDED_COLUMNS.length)).toEqual(ADDED_COLUMNS);
  const header = `,${ADDED_COLUMNS.join(',')}\r\n`;
  expect(csv.indexOf(header)).toBe(csvHeader().length - header.length);
  const rows = csv.slice(csvHeader().length);
  const empty = `${','.repeat(ADDED_COLUMNS.length)}\r\n`;
  expect(rows.split(empty).at(-1)).toBe('');
  return csv.replace(header, '\r\n').replaceAll(empty, '\r\n');
}

// Each set with the SHA-256 of the CSV the one-string toCsv made of it (taken before the change),
// without the columns added since (withoutAddedColumns).
const EMPTY_CSV = '5da6c8355412614ae7a836a041988f8817eba76e674f1f62c0d46c5467bc7325';
const RICH_CSV = 'f5a3686587607473575ea800f3a7a01b2c2c51880f4117be455f9a289bf62fcf';
const SETS: [string, LimberRecord[], Tombstone[], string][] = [
  ['nothing', [], [], EMPTY_CSV],
  ['one record', [rich[0]!], [], '940838f90c3a613b86736cfc00f8c547301996dd17e6ecd5e913b53b9ddace2c'],
  ['tombstones only', [], tombs, EMPTY_CSV],
  ['every kind, quoting and formula cells, ties', [...rich, edited], [], RICH_CSV],
  ['records and tombstones', [...rich, edited], tombs, RICH_CSV],
];

/** `list` oldest first, cut after the given positions (a position past the end is ignored). */
function cut<T extends { at: number }>(list: readonly T[], at: readonly number[]): T[][] {
  const sorted = [...list].sort((a, b) => a.at - b.at);
  const chunks: T[][] = [];
  let start = 0;
  for (const end of [...at, sorted.length]) {
    chunks.push(sorted.slice(start, Math.min(end, sorted.length)));
    start = Math.min(end, sorted.length);
  }
  return chunks;
}

describe('whole-file exports keep their bytes', () => {
  it.each(SETS)('%s: toCsv and toExportJson are the one-string versions', (_, records, deleted, sha) => {
    expect(
      createHash('sha256')
        .update(withoutAddedColumns(toCsv(records)))
        .digest('hex'),
    ).toBe(sha);
    expect(toCsv(records)).toBe(csvBefore(records));
    expect(toExportJson(records, null, NOW, deleted)).toBe(jsonBefore(records, null, NOW, deleted));
    const range = { from: '2026-11-20', to: '2026-11-30' };
    expect(toExportJson(records, range, NOW, deleted)).toBe(jsonBefore(records, range, NOW, deleted));
    expect(toExportJson(records, range, NOW, deleted, OWN)).toBe(jsonBefore(records, range, NOW, deleted, OWN));
  });

  it('the reference itself: header, CRLF ends, neutralised and quoted cells', () => {
    const text = csvBefore(rich);
    expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(text).toContain(`"'=SUM(A1)\n""quoted"", line two\r\n\ttab"`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(JSON.parse(jsonBefore(rich, null, NOW, tombs)).records).toHaveLength(rich.length);
  });
});

describe('an export in pieces', () => {
  const CUTS: number[][] = [[], [0], [1], [3], [1, 2, 3, 4, 5, 6, 7, 8], [4, 4, 9]];

  it.each(SETS)('%s: the CSV pieces joined are toCsv at any chunk boundary', (_, records) => {
    for (const at of CUTS) {
      const text = csvHeader() + cut(records, at).map(csvRows).join('');
      expect(text, `cut at ${at}`).toBe(toCsv(records));
    }
  });

  it.each(SETS)(
    '%s: the JSON pieces joined are toExportJson, records and tombstones interleaved',
    (_, records, deleted) => {
      for (const at of CUTS) {
        const pieces = exportJsonPieces(null, NOW);
        const recordParts: string[] = [];
        const deletedParts: string[] = [];
        const recordChunks = cut(records, at);
        const deletedChunks = cut(deleted, at);
        for (let i = 0; i < Math.max(recordChunks.length, deletedChunks.length); i++) {
          recordParts.push(pieces.records(recordChunks[i] ?? []));
          deletedParts.push(pieces.deleted(deletedChunks[i] ?? []));
        }
        const own = at.length % 2 ? OWN : [];
        const body = recordParts.join('') + pieces.between() + deletedParts.join('');
        const text = pieces.head + body + pieces.end(own);
        expect(text, `cut at ${at}`).toBe(toExportJson(records, null, NOW, deleted, own));
        expect(JSON.parse(text)).toEqual(JSON.parse(jsonBefore(records, null, NOW, deleted, own)));
      }
    },
  );

  it('refuses a range that runs backwards, and an entry outside the range in any chunk', () => {
    expect(() => exportJsonPieces({ from: '2026-11-30', to: '2026-11-20' }, NOW)).toThrow(RangeError);
    const pieces = exportJsonPieces({ from: '2026-11-23', to: '2026-11-24' }, NOW);
    expect(pieces.records(rich.slice(0, 2))).not.toBe('');
    expect(() => pieces.records([rich[4]!])).toThrow(/record b3 of 2026-11-25 is outside 2026-11-23…2026-11-24/);
    expect(() => pieces.deleted([tombstoneOf(rich[5]!, NOW)])).toThrow(RangeError);
  });
});
