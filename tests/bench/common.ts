/** What every part of `npm run bench` shares: where the builds are, the rows of the table, statistics. */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Rounds of the interleaved page loads, and loads of each page in a round. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
export const LOADS = Number(process.env.BENCH_LOADS ?? 4);
export const OUT = fileURLToPath(new URL('../../.output/', import.meta.url));
export const EXT = `${OUT}chrome-mv3`;
export const BENCH_EXT = `${OUT}bench-extension`;
/** A second copy, loaded beside the first with its own storage: twenty years in one, one in the other. */
export const BENCH_EXT_B = `${OUT}bench-extension-b`;
export const RESULTS = fileURLToPath(new URL('../../.test-results/bench.json', import.meta.url));

/** A budget on one of a row's figures: its value, or its ratio to the floor page (median or p90). */
export interface Budget {
  on: 'value' | 'ratio' | 'p90Ratio';
  max?: number;
  min?: number;
}

export interface Spread {
  q1: number;
  q3: number;
  min: number;
  max: number;
}

export interface Row {
  group: string;
  figure: string;
  unit: string;
  /** The figure; the median when it was measured `n` times. */
  value: number;
  n?: number;
  p90?: number;
  spread?: Spread;
  /** value ÷ the floor page's median, and p90 ÷ the floor's p90, measured in the same rounds. */
  ratio?: number;
  p90Ratio?: number;
  budgets?: Budget[];
  note?: string;
  /** Written to the JSON only: what the figure is made of (the files counted, the samples). */
  detail?: unknown;
  /** Set when a part of the benchmark could not measure its figure. */
  failed?: boolean;
}
export const rows: Row[] = [];
export const add = (r: Row): void => void rows.push(r);

/** The q-quantile (0…1) by linear interpolation. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.min(lo + 1, s.length - 1)]! - s[lo]!) * (pos - lo);
}
export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

export interface Stats {
  value: number;
  p90: number;
  spread: Spread;
  n: number;
}
export function stats(xs: readonly number[]): Stats {
  return {
    value: median(xs),
    p90: quantile(xs, 0.9),
    spread: { q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), min: Math.min(...xs), max: Math.max(...xs) },
    n: xs.length,
  };
}

/** A row of repeated samples, with its ratios to `floor` (samples of the floor page in the same rounds). */
export function sampled(
  r: Omit<Row, 'value' | 'n' | 'p90' | 'spread' | 'ratio' | 'p90Ratio'>,
  xs: readonly number[],
  floor?: readonly number[],
): Row {
  const s = stats(xs);
  const f = floor ? stats(floor) : null;
  return { ...r, ...s, ...(f ? { ratio: s.value / f.value, p90Ratio: s.p90 / f.p90 } : {}) };
}

/** The order of round `r`: `xs` rotated by r, so each comes first as often as the others. */
export const rotated = <T>(xs: readonly T[], r: number): T[] => xs.map((_, i) => xs[(i + r) % xs.length]!);

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
export const kB = (bytes: number): number => bytes / 1024;

/** Scratch directories (browser profiles) to remove once the table is out. */
export const scratch: string[] = [];

/** Removes a browser profile or other scratch directory; a failure only warns (results come first). */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch (err) {
    console.warn(`bench: could not remove ${dir}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
