import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { backgroundScripts, type PageScripts, pageScripts, sum } from '../tools/page-scripts';
import { BUDGETS, type Budget } from './budgets';

// The JS each page of the fresh Chrome build loads, against tests/size/budgets.ts. Runs in its own
// vitest project, which `npm test` runs after `wxt build` and `npm run test:unit` leaves out.
const DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));
const kB = (bytes: number): number => Math.round((bytes / 1024) * 100) / 100;

interface Figure {
  name: string;
  unit: 'kB gz' | 'files';
  limit: Budget;
  value: (m: Measured) => number;
}

interface Measured {
  pages: Record<string, PageScripts>;
  background: number;
}

const pageFigures = (page: 'popup' | 'prompt'): Figure[] => [
  { name: `${page}: first JS`, unit: 'kB gz', limit: BUDGETS[page].firstKb, value: (m) => kB(sum(first(m, page))) },
  {
    name: `${page}: first JS files`,
    unit: 'files',
    limit: BUDGETS[page].firstFiles,
    value: (m) => first(m, page).length,
  },
  { name: `${page}: all JS`, unit: 'kB gz', limit: BUDGETS[page].allKb, value: (m) => kB(sum(all(m, page))) },
];
const first = (m: Measured, page: string) => m.pages[page]?.first ?? [];
const all = (m: Measured, page: string) => m.pages[page]?.all ?? [];

const FIGURES: Figure[] = [
  ...pageFigures('popup'),
  ...pageFigures('prompt'),
  { name: 'background JS', unit: 'kB gz', limit: BUDGETS.backgroundKb, value: (m) => m.background },
  {
    name: `${BUDGETS.otherPages.pages.join(', ')}: first JS together`,
    unit: 'kB gz',
    limit: BUDGETS.otherPages.firstKb,
    value: (m) => kB(BUDGETS.otherPages.pages.reduce((total, page) => total + sum(first(m, page)), 0)),
  },
];

let cache: Measured | undefined;

/** The build, measured once and its table printed; each test that needs it fails plainly without it. */
function measured(): Measured {
  if (!cache) {
    cache = measure();
    console.log(table(cache));
  }
  return cache;
}

function measure(): Measured {
  if (!existsSync(`${DIR}/manifest.json`)) {
    throw new Error(`No built extension at ${DIR}: run \`npx wxt build\` first (\`npm test\` does).`);
  }
  const html = readdirSync(DIR).filter((name) => name.endsWith('.html'));
  const pages = Object.fromEntries(html.map((name) => [name.replace(/\.html$/, ''), pageScripts(DIR, name)]));
  return { pages, background: kB(sum(backgroundScripts(DIR))) };
}

/** The budget the rule in budgets.ts gives a figure: the goal once met, else the value rounded up to 0.5 kB. */
function ruleBudget(f: Figure, value: number): number {
  if (f.limit.goal !== undefined && value <= f.limit.goal) return f.limit.goal;
  return f.unit === 'files' ? value : Math.ceil(value * 2) / 2;
}

/** One line per figure (value, budget, goal, the budget the rule would set), then every page's figures. */
function table(m: Measured): string {
  const width = Math.max(...FIGURES.map((f) => f.name.length));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(width) : c.padStart(8))).join('  ');
  const lines = FIGURES.map((f) => {
    const value = f.value(m);
    const { goal, budget } = f.limit;
    const rule = f.limit.goal === undefined ? '–' : String(ruleBudget(f, value));
    return row([f.name, String(value), String(budget), goal === undefined ? '–' : String(goal), rule, f.unit]);
  });
  const pages = Object.entries(m.pages).map(
    ([page, p]) =>
      `  ${page}: first ${kB(sum(p.first))} kB in ${p.first.length}, all ${kB(sum(p.all))} kB in ${p.all.length}`,
  );
  return [
    `JS size of ${DIR} against tests/size/budgets.ts (gzip -9, kB = 1024 bytes;`,
    '"by rule": the budget the rule in budgets.ts gives this build, to lower a budget to as pages shrink):',
    row(['figure', 'value', 'budget', 'goal', 'by rule', 'unit']),
    ...lines,
    'Every page (files):',
    ...pages,
  ].join('\n');
}

describe(`JS size budget of the build (${DIR})`, () => {
  it.each(FIGURES.map((f) => [f.name, f] as const))('%s stays within its budget', (_name, f) => {
    const value = f.value(measured());
    const goal = f.limit.goal === undefined ? '' : ` (goal ${f.limit.goal})`;
    const message = `${f.name} is ${value} ${f.unit}, over its budget of ${f.limit.budget} ${f.unit}${goal}`;
    expect(value, message).toBeLessThanOrEqual(f.limit.budget);
  });

  it('every page the budgets name is in the build', () => {
    const names = Object.keys(measured().pages);
    for (const page of ['popup', 'prompt', ...BUDGETS.otherPages.pages]) {
      expect(names, `${page}.html is not in the build: update tests/size/budgets.ts`).toContain(page);
    }
  });

  it('every JS file of the build is loaded by some page or the background (the walker misses none)', () => {
    const reached = new Set([
      ...Object.values(measured().pages).flatMap((p) => p.all.map((f) => f.file)),
      ...backgroundScripts(DIR).map((f) => f.file),
    ]);
    const built = readdirSync(DIR, { recursive: true, encoding: 'utf8' })
      .map((path) => path.split('\\').join('/'))
      .filter((path) => path.endsWith('.js'));
    const missed = built.filter((file) => !reached.has(file));
    const why = `JS files no page loads (${missed.join(', ')}): does tests/tools/page-scripts.ts miss a reference?`;
    expect(missed, why).toEqual([]);
    expect(reached.size).toBeGreaterThan(1);
  });
});
