/** The table: printed, written as JSON, and whether any figure is over its budget. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOADS, OUT, rows } from './common';
import type { Row } from './common';

const fmt = (r: Row): string =>
  r.value === Infinity ? '∞' : r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(r.unit === 'B' ? 0 : 2);
export const over = (r: Row): boolean =>
  r.budget !== undefined && (r.atLeast ? r.value < r.budget : r.value > r.budget);

export function printReport(): void {
  const w = [12, 62, 12, 8, 12, 8];
  console.log(
    `\n${['group', 'figure', 'value', 'unit', 'budget', '×base'].map((h, i) => h.padEnd(w[i]!)).join(' ')} result`,
  );
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `${r.atLeast ? '≥' : '≤'} ${r.budget}`;
    const cells = [r.group, r.figure, fmt(r), r.unit, budget, r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}`];
    console.log(
      `${cells.map((c, i) => c.padEnd(w[i]!)).join(' ')} ${r.budget === undefined ? '' : over(r) ? 'OVER' : 'pass'}${r.note ? `  (${r.note})` : ''}`,
    );
  }
  mkdirSync(`${OUT}../.test-results`, { recursive: true });
  const file = fileURLToPath(new URL('../../.test-results/bench.json', import.meta.url));
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), loads: LOADS, rows }, null, 2));
  console.log(`\n×base: the figure divided by the baseline page (bare Preact + polyfill) measured in the same run.`);
  console.log(`JSON: ${file}`);
}
