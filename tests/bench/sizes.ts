/** 1. Bundle size: the JS and CSS each page loads, gzipped, against a bare Preact page. */
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { add, BENCH_EXT, EXT, OUT } from './common';

const kB = (bytes: number): number => bytes / 1024;
const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** JS and CSS a page loads: its script, the chunks it preloads, its stylesheets (gzipped). */
function pageBytes(dir: string, html: string): { js: number; css: number } {
  const text = readFileSync(`${dir}/${html}`, 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\.?\/?([^"]+\.(js|css))"/g)].map((m) => [m[1]!, m[2]!] as const);
  let js = 0;
  let css = 0;
  for (const [file, ext] of refs) {
    const bytes = gz(`${dir}/${file}`);
    if (ext === 'js') js += bytes;
    else css += bytes;
  }
  return { js, css };
}

export function measureSizes(): void {
  // 1. Bundle size ------------------------------------------------------------------------------
  const baseline = pageBytes(`${OUT}bench-pages`, 'baseline.html');
  add({ group: 'size', figure: 'baseline page (bare Preact + polyfill), JS', value: kB(baseline.js), unit: 'kB gz' });
  for (const page of ['popup', 'prompt', 'summary', 'options']) {
    const { js, css } = pageBytes(EXT, `${page}.html`);
    const budget = page === 'popup' || page === 'prompt' ? 25 : undefined;
    add({ group: 'size', figure: `${page} JS`, value: kB(js), unit: 'kB gz', budget, ratio: js / baseline.js });
    add({ group: 'size', figure: `${page} CSS`, value: kB(css), unit: 'kB gz' });
  }
  add({ group: 'size', figure: 'background JS', value: kB(gz(`${EXT}/background.js`)), unit: 'kB gz' });
}

/** The extension as built, plus the two benchmark pages (a baseline and a store probe). */
export function prepareBenchExtension(): void {
  rmSync(BENCH_EXT, { recursive: true, force: true });
  cpSync(EXT, BENCH_EXT, { recursive: true });
  cpSync(`${OUT}bench-pages`, `${BENCH_EXT}/bench`, { recursive: true });
}
