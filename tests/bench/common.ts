/** What every part of `npm run bench` shares: where the builds are, the rows of the table, the median. */
import { fileURLToPath } from 'node:url';

export const LOADS = Number(process.env.BENCH_LOADS ?? 15);
export const OUT = fileURLToPath(new URL('../../.output/', import.meta.url));
export const EXT = `${OUT}chrome-mv3`;
export const BENCH_EXT = `${OUT}bench-extension`;

export interface Row {
  group: string;
  figure: string;
  value: number;
  unit: string;
  /** Over budget when value > budget (or < budget for `atLeast`). */
  budget?: number;
  atLeast?: boolean;
  /** Value divided by the baseline measured in the same run. */
  ratio?: number;
  note?: string;
}
export const rows: Row[] = [];
export const add = (r: Row): void => void rows.push(r);

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
