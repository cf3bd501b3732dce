/**
 * The morning check and a rating's context through every export: CSV columns, the JSON file and
 * its import (and an export of the first release, whose version 1 entries import as version 2),
 * and FHIR Observations the validator accepts, with the stiffness bands as minutes.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { fhirBundlePieces } from '../../utils/core/data/fhir/bundle';
import { MORNING_ITEM_SYSTEM } from '../../utils/core/data/fhir/morning';
import { parseImport } from '../../utils/core/data/import-json';
import { makeMorning } from '../../utils/core/data/morning';
import { makeRating } from '../../utils/core/data/records';
import { withDetails } from '../../utils/core/data/details';
import { fhirErrors } from '../tools/fhir-validate';
import { options } from '../tools/fhir-options';
import type { LimberRecord } from '../../utils/core/data/records';
import type { Bundle, Observation } from '@medplum/fhirtypes';

const NOW = Date.UTC(2026, 10, 30, 9);
const at = (day: number, h: number) => Date.UTC(2026, 10, day, h);
const morning = makeMorning({ id: 'm1', at: at(23, 7), sleep: 7, stiffness: '30to60', fatigue: 4 }, 'Europe/Berlin');
const partial = makeMorning({ id: 'm2', at: at(24, 7), stiffness: 'none' }, 'Europe/Berlin');
const tagged = withDetails(makeRating({ id: 'r1', at: at(23, 10), source: 'prompt', score: 6 }, 'Europe/Berlin'), {
  tags: ['medication', 'stress'],
  ownTags: ['=SUM(A1)', 'Cold office'],
  medicine: 'Ibuprofen 400',
});
const records: LimberRecord[] = [morning, tagged, partial];

describe('CSV', () => {
  const rows = () => {
    const [header, ...body] = Papa.parse<string[]>(toCsv(records), { skipEmptyLines: true }).data;
    return body.map((row) => Object.fromEntries(header!.map((h, i) => [h, row[i]])));
  };

  it('writes the morning check in its columns, an answer left out as an empty cell', () => {
    const [m, , p] = rows();
    expect(m).toMatchObject({ type: 'morning', sleep: '7', stiffness: '30to60', fatigue: '4', score: '' });
    expect(p).toMatchObject({ type: 'morning', sleep: '', stiffness: 'none', fatigue: '' });
  });

  it('writes the context: tag ids, own tags as typed (formulas neutralised), the medicine', () => {
    const r = rows()[1]!;
    expect(r).toMatchObject({
      type: 'rating',
      tags: 'medication;stress',
      own_tags: "'=SUM(A1);Cold office",
      medicine: 'Ibuprofen 400',
      sleep: '',
    });
  });
});

describe('JSON export and import', () => {
  it('round-trips morning checks and context exactly', () => {
    const parsed = parseImport(toExportJson(records, null, NOW));
    expect(parsed).toEqual({
      ok: true,
      records: [morning, tagged, partial].sort((a, b) => a.at - b.at),
      deleted: [],
      exercises: [],
    });
  });

  it('imports a file of the first release: its version 1 entries as version 2', () => {
    const v1 = { v: 1, at: at(20, 9), tz: 0, date: '2026-11-20' };
    const text = JSON.stringify({
      format: 'limber-export',
      version: 2,
      exportedAt: '2026-11-21T00:00:00.000Z',
      from: null,
      to: null,
      records: [{ ...v1, id: 'old', type: 'rating', source: 'manual', score: 3 }],
      deleted: [{ ...v1, id: 'gone', type: 'deleted', was: 'break', deletedAt: at(21, 0) }],
    });
    const parsed = parseImport(text);
    expect(parsed).toEqual({
      ok: true,
      records: [{ ...v1, v: 2, id: 'old', type: 'rating', source: 'manual', score: 3 }],
      deleted: [{ ...v1, v: 2, id: 'gone', type: 'deleted', was: 'break', deletedAt: at(21, 0) }],
      exercises: [],
    });
  });

  it('rejects a morning check with no answer, or a tag it does not know, naming the field', () => {
    const bad = (record: object) => parseImport(toExportJson([record as LimberRecord], null, NOW));
    const { sleep: _s, stiffness: _t, fatigue: _f, ...empty } = morning;
    expect(bad(empty)).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'badRecord', index: 0 })] });
    expect(bad({ ...tagged, tags: ['coffee'] })).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'badRecord', field: 'tags.0' })],
    });
  });
});

describe('FHIR', () => {
  const bundle = (): Bundle<Observation> => {
    const pieces = fhirBundlePieces(NOW, options());
    return JSON.parse(pieces.head + pieces.records(records) + pieces.end());
  };
  const morningObs = (b: Bundle<Observation>) =>
    (b.entry ?? []).map((e) => e.resource!).filter((o) => o.code?.coding?.[0]?.system === MORNING_ITEM_SYSTEM);

  it('is a valid bundle with one Observation per morning answer', () => {
    const b = bundle();
    expect(fhirErrors(b)).toEqual([]);
    const obs = morningObs(b);
    expect(obs.map((o) => [o.identifier?.[0]?.value, o.code?.coding?.[0]?.code])).toEqual([
      ['m1#sleep', 'sleep'],
      ['m1#stiffness', 'stiffness'],
      ['m1#fatigue', 'fatigue'],
      ['m2#stiffness', 'stiffness'],
    ]);
    expect(obs[0]).toMatchObject({
      status: 'final',
      effectiveDateTime: '2026-11-23T08:00:00+01:00',
      valueQuantity: { value: 7, code: '{score}' },
      code: { text: 'Sleep quality' },
    });
    expect(obs[2]!.valueQuantity).toMatchObject({ value: 4 });
  });

  it('sends stiffness as minutes: none as 0, a band as its range', () => {
    const [, stiff, , none] = morningObs(bundle());
    const min = (value: number) => ({ value, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' });
    expect(stiff!.valueRange).toEqual({ low: min(30), high: min(60) });
    expect(none!.valueQuantity).toEqual(min(0));
    for (const [band, range] of [
      ['under30', { low: min(0), high: min(30) }],
      ['over60', { low: min(60) }],
    ] as const) {
      const pieces = fhirBundlePieces(NOW, options());
      const m = makeMorning({ id: 'x', at: at(25, 7), stiffness: band }, 'UTC');
      const b: Bundle<Observation> = JSON.parse(pieces.head + pieces.records([m]) + pieces.end());
      expect(fhirErrors(b)).toEqual([]);
      expect(b.entry![0]!.resource!.valueRange).toEqual(range);
    }
  });

  it('counts a morning check as one record exported', () => {
    const pieces = fhirBundlePieces(NOW, options());
    pieces.records(records);
    expect(pieces.count).toBe(3);
  });
});
