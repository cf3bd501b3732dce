/** The table: verdicts, printed, written as JSON. Verdicts fall only on ratios, sizes and counts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LOADS, RESULTS, ROUNDS, rows } from './common';
import type { Budget, Row } from './common';

export type Verdict = 'pass' | 'OVER' | 'FAILED' | '';

const figureOf = (r: Row, b: Budget): number | undefined =>
  b.on === 'value' ? r.value : b.on === 'ratio' ? r.ratio : r.p90Ratio;

const within = (r: Row, b: Budget): boolean => {
  const x = figureOf(r, b);
  if (x === undefined || Number.isNaN(x)) return false;
  return (b.max === undefined || x <= b.max) && (b.min === undefined || x >= b.min);
};

export function verdict(r: Row): Verdict {
  if (r.failed) return 'FAILED';
  if (!r.budgets?.length) return '';
  return r.budgets.every((b) => within(r, b)) ? 'pass' : 'OVER';
}

export const failing = (): Row[] => rows.filter((r) => verdict(r) === 'OVER' || verdict(r) === 'FAILED');

const num = (x: number | undefined, unit = ''): string => {
  if (x === undefined) return '';
  if (!Number.isFinite(x)) return Number.isNaN(x) ? '–' : '∞';
  if (unit === 'B' || Number.isInteger(x) || Math.abs(x) >= 100) return x.toFixed(0);
  return Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
};

const budgetText = (b: Budget): string => {
  const what = b.on === 'value' ? '' : b.on === 'ratio' ? '×floor ' : 'p90×floor ';
  const bound = b.max !== undefined ? `≤ ${b.max}` : `≥ ${b.min}`;
  return `${what}${bound}`;
};

const HEADERS = ['group', 'figure', 'median', 'p90', 'IQR', 'unit', '×floor', 'p90×fl', 'budget'];

export function printReport(): void {
  const table = rows.map((r) => [
    r.group,
    r.figure,
    num(r.value, r.unit),
    num(r.p90, r.unit),
    r.spread ? `${num(r.spread.q1, r.unit)}–${num(r.spread.q3, r.unit)}` : '',
    r.unit,
    num(r.ratio),
    num(r.p90Ratio),
    (r.budgets ?? []).map(budgetText).join('; '),
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...table.map((cells) => cells[i]!.length)));
  const line = (cells: string[], last: string): string =>
    `${cells.map((c, i) => (i >= 2 && i <= 4 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ')}  ${last}`;
  console.log(`\n${line(HEADERS, 'result')}`);
  rows.forEach((r, i) => {
    console.log(line(table[i]!, `${verdict(r)}${r.note ? `  (${r.note})` : ''}`).trimEnd());
  });
  console.log(
    "\nmedian, p90 and IQR (25th–75th percentile) over repeated loads. ×floor: the figure ÷ the floor page's" +
      " (medians); p90×fl: p90 ÷ the floor's p90. Pages are loaded side by side, the order rotated each round" +
      ` (${ROUNDS} rounds × ${LOADS} loads of each page).\nVerdicts fall on ratios, sizes and counts (and on the` +
      " export's longest task); all other times are information.",
  );
  mkdirSync(dirname(RESULTS), { recursive: true });
  const out = rows.map((r) => ({ ...r, verdict: verdict(r) || undefined }));
  writeFileSync(
    RESULTS,
    JSON.stringify({ at: new Date().toISOString(), rounds: ROUNDS, loads: LOADS, rows: out }, null, 2),
  );
  console.log(`JSON: ${RESULTS}`);
}
