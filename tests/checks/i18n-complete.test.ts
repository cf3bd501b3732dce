/**
 * Translation: every locale has every message with the same placeholders, and no component or
 * page writes user-facing text (JSX text or a named attribute) other than through `t()`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';
import { localeWeekStart } from '../../utils/core/time/week-info';
import { pickLocale } from '../../utils/format';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCALES = join(ROOT, 'assets/public/_locales');

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (lang: string): Messages =>
  JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;
const tokens = (s: string): string[] =>
  [...new Set([...s.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();

/** Problems of one locale against English: missing or extra keys, placeholders that differ. */
function localeProblems(en: Messages, other: Messages): string[] {
  const out: string[] = [];
  for (const [key, ref] of Object.entries(en)) {
    const m = other[key];
    if (!m) {
      out.push(`${key}: missing`);
      continue;
    }
    if (typeof m.message !== 'string' || !m.message.trim()) out.push(`${key}: empty`);
    else if (tokens(m.message).join() !== tokens(ref.message).join())
      out.push(`${key}: placeholders ${tokens(m.message)} ≠ ${tokens(ref.message)}`);
    if (JSON.stringify(m.placeholders ?? {}) !== JSON.stringify(ref.placeholders ?? {}))
      out.push(`${key}: placeholder definitions differ`);
  }
  for (const key of Object.keys(other)) if (!(key in en)) out.push(`${key}: not in English`);
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx$/.test(name) ? [p] : [];
  });
}

/** Attributes a user reads or hears. */
const SPOKEN = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
  'label',
  'value',
]);
const LETTERS = /\p{L}{2,}/u;

/** The literal text of a string or template literal expression ('' for anything else). */
function literalText(e: unknown): string {
  const x = e as { type?: string; value?: unknown; quasis?: { value: { cooked: string } }[] } | null;
  if (x?.type === 'StringLiteral' && typeof x.value === 'string') return x.value;
  if (x?.type === 'TemplateLiteral') return (x.quasis ?? []).map((q) => q.value.cooked).join('');
  return '';
}

/** User-facing text written straight into JSX in `source`, with its line. */
function hardCoded(source: string): string[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  const out: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as {
      type?: string;
      value?: unknown;
      name?: { name?: unknown };
      loc?: { start: { line: number } };
      expression?: { type?: string; value?: unknown };
    };
    if (n.type === 'JSXText' && typeof n.value === 'string' && LETTERS.test(n.value))
      out.push(`${n.loc?.start.line}: "${n.value.trim()}"`);
    if (n.type === 'JSXAttribute') {
      // Ids, classes and other plumbing are not read by anyone; only spoken attributes count.
      if (typeof n.name?.name === 'string' && SPOKEN.has(n.name.name)) {
        const v = n.value as { type?: string; value?: unknown; expression?: unknown } | null;
        const text =
          v?.type === 'StringLiteral'
            ? literalText(v)
            : v?.type === 'JSXExpressionContainer'
              ? literalText(v.expression)
              : '';
        if (LETTERS.test(text)) out.push(`${n.loc?.start.line}: ${n.name.name}="${text}"`);
      }
      return;
    }
    if (n.type === 'JSXExpressionContainer') {
      const text = literalText(n.expression);
      if (LETTERS.test(text)) out.push(`${n.loc?.start.line}: {"${text}"}`);
    }
    for (const [k, v] of Object.entries(node)) if (k !== 'loc' && k !== 'extra') visit(v);
  };
  visit(ast.program);
  return out;
}

describe('translations', () => {
  const en = read('en');
  const langs = readdirSync(LOCALES).filter((l) => l !== 'en');

  it('ships English and at least one more complete language', () => {
    expect(langs).toContain('de');
    expect(Object.keys(en).length).toBeGreaterThan(300);
  });

  it.each(langs)('%s has every English message, with the same placeholders', (lang) => {
    expect(localeProblems(en, read(lang))).toEqual([]);
  });

  it('each locale file says its own language as a tag Intl accepts, used for dates and numbers', () => {
    for (const lang of ['en', ...langs]) {
      const tag = read(lang).locale?.message ?? '';
      // Folder names use "_" (pt_BR), language tags "-" (pt-BR).
      expect(tag).toBe(lang.replace('_', '-'));
      expect(Intl.getCanonicalLocales(tag)).toEqual([tag]);
    }
  });

  it('every English placeholder is declared, and every declared one is used', () => {
    for (const [key, m] of Object.entries(en))
      expect({ key, used: tokens(m.message) }).toEqual({ key, used: Object.keys(m.placeholders ?? {}).sort() });
  });

  it('the check finds a missing message, a lost placeholder and an extra key', () => {
    const de = read('de');
    const { painQuestion: _, ...missing } = de;
    expect(localeProblems(en, missing)).toEqual(['painQuestion: missing']);
    const lost = { ...de, ratingSaved: { ...de.ratingSaved, message: 'Gespeichert.' } };
    expect(localeProblems(en, lost)).toEqual([expect.stringMatching(/^ratingSaved: placeholders/)]);
    expect(localeProblems(en, { ...de, stray: { message: 'x' } })).toEqual(['stray: not in English']);
  });
});

describe('no hard-coded user-facing text', () => {
  const sources = [...files(join(ROOT, 'components')), ...files(join(ROOT, 'entrypoints'))];

  it('finds the page and component sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it.each(sources.map((p) => [relative(ROOT, p), p]))('%s writes text only through t()', (_name, path) => {
    expect(hardCoded(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('the check finds text, a named attribute and a string expression, and lets keys and symbols pass', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: JSX source under test, not a template.
    const templated = '<span id={`part-${id}`} title={`Close ${n}`}>{`${n} minutes`}</span>';
    const found = hardCoded(`
      const A = () => (
        <div>
          <p>Take a break</p>
          <button aria-label="Close">×</button>
          <span>{'Hello there'}</span>
          ${templated}
          <p>{t('painQuestion')} – 10</p>
          <input type="number" class="wide" />
        </div>
      );`);
    expect(found).toEqual([
      '4: "Take a break"',
      '5: aria-label="Close"',
      '6: {"Hello there"}',
      '7: title="Close "',
      '7: {" minutes"}',
    ]);
  });
});

describe('dates and numbers follow the language', () => {
  it('keeps the browser locale when the text is in its language, else the text language', () => {
    expect(pickLocale('en-GB', 'en')).toBe('en-GB');
    expect(pickLocale('de-AT', 'de')).toBe('de-AT');
    // Another language: the text's, with the browser's region (clock and calendar habits).
    expect(pickLocale('en-US', 'de')).toBe('de-US');
    expect(pickLocale('fr-FR', 'en')).toBe('en-FR');
    expect(pickLocale('fr', 'en')).toBe('en-FR');
    expect(pickLocale('not a tag!', 'en')).toBe('en');
    expect(pickLocale('en-US', '')).toBe('en-US');
  });

  it('starts the week where calendars of the locale start it', () => {
    expect(localeWeekStart('de-DE')).toBe(1);
    expect(localeWeekStart('en-GB')).toBe(1);
    expect(localeWeekStart('en-US')).toBe(0);
    expect(localeWeekStart('not a locale!')).toBe(1);
    // An English page in a French browser: Monday, as French calendars; 24-hour times.
    expect(localeWeekStart(pickLocale('fr-FR', 'en'))).toBe(1);
    expect(
      new Intl.DateTimeFormat(pickLocale('fr-FR', 'en'), { timeStyle: 'short' }).format(new Date(2026, 0, 1, 15, 5)),
    ).toBe('15:05');
  });
});
