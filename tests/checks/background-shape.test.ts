import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORE = join(ROOT, 'utils/core');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Every TypeScript file under `dir`, repository-relative. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) ? [relative(ROOT, p)] : [];
  });
}

/** What a file under the pure folder may not do: reach the browser, its storage, locks or the clock. */
const IMPURE =
  /Date\.now\(|new Date\(\)|performance\.now\(|wxt\/browser|webextension-polyfill|@webext-core|\b(chrome|browser|navigator|window|document|localStorage|indexedDB)\.\w|crypto\.randomUUID/;

/** Relative imports of a file, resolved to repository paths. */
function relativeImports(path: string, src: string): string[] {
  const specs = [...src.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
  return specs.map((s) => relative(ROOT, resolve(ROOT, dirname(path), s)));
}

/** Why a core file is not pure ('' when it is). */
function impurity(path: string, src: string): string {
  const hit = src.match(IMPURE);
  if (hit) return `uses ${hit[0]}`;
  // The core may read the message catalogue's type, nothing else outside itself.
  const out = relativeImports(path, src).find(
    (p) => !p.startsWith('utils/core/') && !p.startsWith('assets/public/_locales/'),
  );
  return out ? `imports ${out}` : '';
}

// The background must be free to stop at any moment: alarms are its only clock.
describe('background shape', () => {
  const background = sources(join(ROOT, 'entrypoints/background'));
  const stores = sources(join(ROOT, 'utils/storage'));
  it.each([...background, ...stores, ...sources(CORE)])('%s runs no timers', (path) => {
    expect(read(path)).not.toMatch(/\bset(Timeout|Interval)\s*\(/);
  });

  it('finds the background and the pure core by folder', () => {
    expect(background).toContain('entrypoints/background/index.ts');
    expect(sources(CORE).length).toBeGreaterThan(20);
  });
});

describe('the pure core (every file under utils/core)', () => {
  it.each(sources(CORE))('%s reads no clock and touches no browser API', (path) => {
    expect(impurity(path, read(path))).toBe('');
  });

  it('the check itself catches a browser import, a clock read and an import from the shell', () => {
    expect(impurity('utils/core/x.ts', "import { browser } from 'wxt/browser';")).toMatch(/wxt\/browser/);
    expect(impurity('utils/core/x.ts', 'const t = Date.now();')).toMatch(/Date\.now/);
    expect(impurity('utils/core/stats/x.ts', "import { t } from '../../i18n';")).toBe('imports utils/i18n');
    expect(impurity('utils/core/stats/x.ts', "import { addDays } from '../time/local-time';")).toBe('');
  });
});
