/**
 * The FHIR export (utils/core/data/fhir): an R4 collection Bundle that a maintained validator
 * (@medplum/core, offline) accepts with no error, holding each rating and weekly check with
 * Limber's codes, units, times and offsets (which the validator does not check), and nothing that
 * identifies the user unless a name was typed for the export.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fhirBundlePieces } from '../../utils/core/data/fhir/bundle';
import { CODES, fhirDateTime, LOINC, UCUM } from '../../utils/core/data/fhir/resources';
import { makeBreak, makeHold, makePeg, makeRating } from '../../utils/core/data/records';
import { REGIONS } from '../../utils/core/content/regions';
import { fhirErrors } from '../tools/fhir-validate';
import { options } from '../tools/fhir-options';
import type { LimberRecord, RatingRecord } from '../../utils/core/data/records';
import type { Bundle, BundleEntry, Observation } from '@medplum/fhirtypes';

const NOW = Date.UTC(2026, 10, 30, 9);
const at = (day: number, h: number, m = 0) => Date.UTC(2026, 10, day, h, m);

/** The parsed bundle, read as a bundle of Observations (the Patient entry is compared whole). */
type Parsed = Bundle<Observation>;
const entries = (b: Parsed): BundleEntry<Observation>[] => b.entry ?? [];
const res = (e: BundleEntry<Observation> | undefined): Observation => e!.resource!;

/** The bundle's text, its records given in `chunks` (lists of records, in order). */
function bundleText(chunks: LimberRecord[][], name?: string): { text: string; count: number } {
  const pieces = fhirBundlePieces(NOW, options(name));
  const text = pieces.head + chunks.map((c) => pieces.records(c)).join('') + pieces.end();
  return { text, count: pieces.count };
}

const bundleOf = (records: LimberRecord[], name?: string): Parsed => JSON.parse(bundleText([records], name).text);

const rating = makeRating(
  { id: 'r1', at: at(23, 8, 3), source: 'prompt', score: 6, regions: ['neck', 'wrists'], note: 'after "the call"' },
  'Europe/Berlin',
);
const corrected: RatingRecord = {
  ...makeRating({ id: 'e1', at: at(28, 10), source: 'manual', score: 3 }, 'America/New_York'),
  edited: { at: at(28, 12), fromScore: 7, fromAt: at(28, 9) },
  added: at(28, 11),
};
const peg = makePeg({ id: 'p1', at: at(27, 15, 30), pain: 4, enjoyment: 5, activity: 7 }, 'Asia/Kolkata');
const notObserved: LimberRecord[] = [
  makeBreak({ id: 'b1', at: at(24, 10), kind: 'stretch', outcome: 'done', seconds: 120 }, 'UTC'),
  makeHold({ id: 'h1', at: at(26, 14), ms: 60_000, reasons: ['meeting'], kinds: ['pain'], shown: [] }, 'UTC'),
];
const all: LimberRecord[] = [rating, notObserved[0]!, corrected, notObserved[1]!, peg];

describe('fhirDateTime: the wall-clock time a record was made, with its offset', () => {
  it.each([
    [Date.UTC(2026, 10, 23, 8, 3, 7, 999), 60, '2026-11-23T09:03:07+01:00'],
    [Date.UTC(2026, 6, 1, 23, 30), 120, '2026-07-02T01:30:00+02:00'],
    [Date.UTC(2026, 0, 1, 3, 0), -300, '2025-12-31T22:00:00-05:00'],
    [Date.UTC(2026, 2, 5, 12, 0), 330, '2026-03-05T17:30:00+05:30'],
    [Date.UTC(2026, 2, 5, 12, 0), -570, '2026-03-05T02:30:00-09:30'],
    [Date.UTC(2026, 2, 5, 12, 0), 0, '2026-03-05T12:00:00+00:00'],
    [Date.UTC(2026, 2, 5, 12, 0), 840, '2026-03-06T02:00:00+14:00'],
  ])('%i at %i min → %s', (ms, tz, expected) => {
    expect(fhirDateTime(ms, tz)).toBe(expected);
  });
});

/** LOINC's mod-10 check digit of a code's number part (LOINC Users' Guide, appendix). */
function loincCheckDigit(num: string): number {
  const digits = [...num].reverse();
  const odd = digits
    .filter((_, i) => i % 2 === 0)
    .reverse()
    .join('');
  const even = digits
    .filter((_, i) => i % 2 === 1)
    .reverse()
    .join('');
  const sum = [...`${Number(odd) * 2}${even}`].reduce((a, d) => a + Number(d), 0);
  return (10 - (sum % 10)) % 10;
}

describe('the LOINC codes', () => {
  it('are well formed, their check digits right (a typo in a code fails here)', () => {
    // The algorithm itself, on the LOINC Users' Guide's own example.
    expect(loincCheckDigit('12345')).toBe(5);
    for (const code of Object.values(CODES)) {
      const [num, check] = code.split('-');
      expect(`${code}: ${loincCheckDigit(num!)}`).toBe(`${code}: ${check}`);
    }
  });
});

describe('the FHIR bundle', () => {
  it('is a valid R4 collection Bundle: 0 validator errors, and every entry valid on its own', () => {
    const bundle = bundleOf(all);
    expect(fhirErrors(bundle)).toEqual([]);
    for (const e of entries(bundle)) expect(fhirErrors(res(e))).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-11-30T09:00:00.000Z' });
  });

  it('holds ratings and weekly checks only: breaks and holds are not observations', () => {
    const { text, count } = bundleText([all]);
    const bundle = JSON.parse(text);
    expect(count).toBe(3);
    // Two ratings, and the weekly check's panel with its three items and score.
    expect(bundle.entry).toHaveLength(7);
    expect(JSON.stringify(bundle)).not.toMatch(/"b1"|"h1"/);
  });

  it('a rating: LOINC 72514-3, a 0–10 score in UCUM {score}, its time and offset, body sites and note', () => {
    const obs = res(entries(bundleOf([rating]))[0]);
    expect(obs).toEqual({
      resourceType: 'Observation',
      status: 'final',
      code: {
        coding: [
          { system: LOINC, code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
        ],
        text: 'Pain 0–10',
      },
      identifier: [{ system: 'urn:limber:record-id', value: 'r1' }],
      category: [
        {
          coding: [
            { system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey', display: 'Survey' },
          ],
        },
      ],
      effectiveDateTime: '2026-11-23T09:03:00+01:00',
      valueQuantity: { value: 6, unit: 'score', system: UCUM, code: '{score}' },
      bodySite: { text: 'region neck, region wrists' },
      note: [{ text: 'after "the call"' }],
    });
  });

  it('a note of spaces only is left out (FHIR strings need some non-whitespace; found by the property below)', () => {
    const blank = makeRating({ id: 'n1', at: at(23, 9), source: 'manual', score: 2, note: ' \n ' }, 'UTC');
    const bundle = bundleOf([blank]);
    expect(res(entries(bundle)[0]).note).toBeUndefined();
    expect(fhirErrors(bundle)).toEqual([]);
  });

  it('a corrected rating is amended, issued when last changed; its time is the one it is about', () => {
    const obs = res(entries(bundleOf([corrected]))[0]);
    expect(obs.status).toBe('amended');
    expect(obs.issued).toBe('2026-11-28T12:00:00.000Z');
    expect(obs.effectiveDateTime).toBe('2026-11-28T05:00:00-05:00');
    expect(obs.valueQuantity?.value).toBe(3);
  });

  it('a weekly check: the PEG panel 91148-7 whose members are its items and its mean score 91147-9', () => {
    const bundle = bundleOf([peg]);
    const [panel, ...members] = entries(bundle);
    expect(res(panel).code.coding?.[0]).toEqual({ system: LOINC, code: CODES.pegPanel });
    expect(res(panel).hasMember?.map((m) => m.reference)).toEqual(members.map((m) => m.fullUrl));
    const values = Object.fromEntries(members.map((m) => [res(m).code.coding?.[0]?.code, res(m).valueQuantity?.value]));
    expect(values).toEqual({ '75893-8': 4, '91145-3': 5, '91146-1': 7, '91147-9': 5.3 });
    for (const e of entries(bundle)) {
      expect(res(e).effectiveDateTime).toBe('2026-11-27T21:00:00+05:30');
      expect(e.fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    }
    expect(new Set(entries(bundle).map((e) => e.fullUrl)).size).toBe(5);
  });

  it('names no one: no Patient and no subject unless a name is typed; then only that name', () => {
    const anonymous = bundleOf(all);
    expect(entries(anonymous).some((e) => (res(e).resourceType as string) === 'Patient')).toBe(false);
    expect(entries(anonymous).some((e) => 'subject' in res(e))).toBe(false);
    expect(bundleOf(all, '   ').entry).toHaveLength(7);

    const named = bundleOf(all, '  Ada Muster ');
    expect(fhirErrors(named)).toEqual([]);
    const [patient, ...rest] = entries(named);
    expect(patient?.resource).toEqual({ resourceType: 'Patient', name: [{ text: 'Ada Muster' }] });
    for (const e of rest) expect(res(e).subject).toEqual({ reference: patient?.fullUrl });
  });

  it('nothing to export: a valid Bundle with no entry list (FHIR JSON has no empty arrays)', () => {
    const empty = bundleOf(notObserved);
    expect(empty.entry).toBeUndefined();
    expect(fhirErrors(empty)).toEqual([]);
    expect(fhirErrors(bundleOf([], 'Ada'))).toEqual([]);
  });

  it('made a chunk at a time, it is the same document wherever the chunks are cut', () => {
    const whole = bundleText([all]).text;
    for (let cut = 0; cut <= all.length; cut++) {
      expect(bundleText([all.slice(0, cut), [], all.slice(cut)]).text).toBe(whole);
    }
  });

  it('any ratings, offsets and notes give a valid bundle with one Observation each (property)', () => {
    const arbRating = fc
      .record({
        at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
        tz: fc.integer({ min: -14 * 60, max: 14 * 60 }),
        score: fc.integer({ min: 0, max: 10 }),
        regions: fc.option(fc.uniqueArray(fc.constantFrom(...REGIONS), { minLength: 1 }), { nil: undefined }),
        note: fc.option(fc.string({ minLength: 1, maxLength: 500 }), { nil: undefined }),
      })
      .map(
        ({ at, tz, score, regions, note }): RatingRecord => ({
          ...makeRating({ id: `r${at}`, at, source: 'manual', score, regions, note }, 'UTC'),
          tz,
        }),
      );
    fc.assert(
      fc.property(fc.array(arbRating, { maxLength: 8 }), (records) => {
        const bundle = bundleOf(records);
        expect(bundle.entry?.length ?? 0).toBe(records.length);
        expect(fhirErrors(bundle)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
