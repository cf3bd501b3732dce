/**
 * The built extension copied with the benchmark's pages, the background's size, and each page's
 * scripts as the build's import graph names them (tests/tools/page-scripts.ts; no browser): beside
 * what the browser really loads (network.ts), where the two can differ.
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { backgroundScripts, pageScripts, sum } from '../tools/page-scripts';
import { add, BENCH_EXT, BENCH_EXT_B, EXT, kB, OUT } from './common';

/** The extension as built, plus the benchmark's pages under /bench/ (extension pages too), twice. */
export function prepareBenchExtension(): void {
  if (!existsSync(`${EXT}/manifest.json`))
    throw new Error(`No build in ${EXT}: run \`npm run bench\`, it builds first.`);
  for (const dir of [BENCH_EXT, BENCH_EXT_B]) {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    cpSync(EXT, dir, { recursive: true });
    cpSync(`${OUT}bench-pages`, `${dir}/bench`, { recursive: true });
  }
}

export function measureSizes(): void {
  const background = backgroundScripts(EXT);
  add({
    group: 'background',
    figure: 'background JS (its script and what it imports), gzip',
    unit: 'kB gz',
    value: kB(sum(background)),
    budgets: [{ on: 'value', max: 10 }],
    note: `${background.length} files`,
    detail: background,
  });
  for (const page of ['popup', 'prompt', 'summary', 'options']) {
    const { first, all } = pageScripts(EXT, `${page}.html`);
    add({
      group: 'JS graph',
      figure: `${page}: first (the page's scripts and their static imports)`,
      unit: 'kB gz',
      value: kB(sum(first)),
      note: `${first.length} files`,
      detail: first,
    });
    add({
      group: 'JS graph',
      figure: `${page}: all (with every lazy import)`,
      unit: 'kB gz',
      value: kB(sum(all)),
      note: `${all.length} files`,
      detail: all,
    });
  }
}
