import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EXPORT_VERSION, toExportJson } from '../../utils/core/data/export-json';
import { parseImport } from '../../utils/core/data/import-json';
import { makeRating } from '../../utils/core/data/records';

const FUZZ_RUNS = Number(process.env.FC_RUNS ?? 500);
const good = makeRating({ id: 'g', at: Date.UTC(2026, 10, 23, 10), source: 'manual', score: 4 }, 'UTC');

/** Whatever the input, the parser answers (never throws) and either accepts valid records or names problems. */
function checkAnswer(text: string): void {
  const r = parseImport(text);
  if (r.ok) for (const rec of r.records) expect(rec.v).toBe(1);
  else {
    expect(r.problems.length).toBeGreaterThan(0);
    for (const p of r.problems) expect(typeof p.code).toBe('string');
  }
}

describe('import fuzzing', () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => checkAnswer(text)),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('random text, including broken JSON', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        checkAnswer(text);
        expect(parseImport(text).ok).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('an export envelope with random records of the wrong shapes', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 3 }), { maxLength: 20 }), (records) => {
        const text = JSON.stringify({ format: 'limber-export', version: 1, records });
        const r = parseImport(text);
        if (records.length > 0 && r.ok) expect(r.records.length).toBeLessThanOrEqual(records.length);
        if (records.length > 0 && !r.ok) expect(r.problems[0]!.code).toMatch(/badRecord|wrongDate|conflict/);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('good records with one field changed to a random value are rejected or still valid, never accepted wrong', () => {
    const keys = Object.keys(good);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ maxDepth: 2 }), (key, value) => {
        const r = parseImport(
          JSON.stringify({ format: 'limber-export', version: 1, records: [{ ...good, [key]: value }] }),
        );
        if (r.ok) {
          const rec = r.records[0] as unknown as { score: number; date: string };
          expect(rec.score).toBeGreaterThanOrEqual(0);
          expect(rec.score).toBeLessThanOrEqual(10);
          expect(rec.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('future versions, duplicate ids and deep nesting are refused with a message', () => {
    fc.assert(
      fc.property(fc.integer({ min: EXPORT_VERSION + 1, max: 1_000_000 }), (version) => {
        expect(parseImport(JSON.stringify({ format: 'limber-export', version, records: [] }))).toMatchObject({
          ok: false,
          problems: [{ code: 'futureVersion', version }],
        });
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 }).filter((s) => s !== good.score),
        (score) => {
          const r = parseImport(
            JSON.stringify({ format: 'limber-export', version: 1, records: [good, { ...good, score }] }),
          );
          expect(r).toMatchObject({ ok: false, problems: [{ code: 'conflict', id: 'g' }] });
        },
      ),
      { numRuns: 50 },
    );
    for (const depth of [100, 10_000, 100_000]) {
      const raw = `{"format":"limber-export","version":1,"records":${'['.repeat(depth)}${']'.repeat(depth)}}`;
      expect(parseImport(raw).ok).toBe(false);
      const inRecord = `{"format":"limber-export","version":1,"records":[{"type":"rating","note":${'['.repeat(depth)}${']'.repeat(depth)}}]}`;
      expect(parseImport(inRecord).ok).toBe(false);
    }
  });

  it('a huge file is refused before it is parsed', () => {
    const huge = toExportJson([good], null, 0).replace(
      '"records"',
      `"padding":"${'x'.repeat(21 * 1024 * 1024)}","records"`,
    );
    expect(parseImport(huge)).toMatchObject({ ok: false, problems: [{ code: 'tooLarge' }] });
  });

  it('parsing writes nothing: a refused file leaves storage as it was', async () => {
    await fakeBrowser.storage.local.set({ 'rec:2026-11-23': { v: 1, records: [good] } });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    fc.assert(
      fc.property(fc.json(), (text) => void parseImport(text)),
      { numRuns: 100 },
    );
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});
