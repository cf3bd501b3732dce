/**
 * Changing a morning check in the diary: the answers replaced (an item cleared is removed), the
 * change marked with when and what the check first said, at least one answer kept; and the mark
 * carried by the exports and an import's replacement.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { editMorning, morningChangeProblem } from '../../utils/core/data/edit-morning';
import { toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { fhirBundlePieces } from '../../utils/core/data/fhir/bundle';
import { MORNING_ITEM_SYSTEM } from '../../utils/core/data/fhir/morning';
import { parseImport } from '../../utils/core/data/import-json';
import { replacement } from '../../utils/core/data/import-plan';
import { makeMorning } from '../../utils/core/data/morning';
import { isRecord } from '../../utils/core/data/records';
import { fhirErrors } from '../tools/fhir-validate';
import { options } from '../tools/fhir-options';
import type { MorningAnswers } from '../../utils/core/data/morning';
import type { Bundle, Observation } from '@medplum/fhirtypes';

const AT = Date.UTC(2026, 10, 23, 7, 0);
const LATER = AT + 5 * 3_600_000;
const check = makeMorning({ id: 'm1', at: AT, sleep: 7, stiffness: '30to60', fatigue: 4 }, 'Europe/Berlin');

describe('editMorning', () => {
  it.each<[string, MorningAnswers, MorningAnswers]>([
    [
      'one answer changed',
      { sleep: 3, stiffness: '30to60', fatigue: 4 },
      { sleep: 3, stiffness: '30to60', fatigue: 4 },
    ],
    ['an answer cleared', { sleep: 7, fatigue: 4 }, { sleep: 7, fatigue: 4 }],
    ['all changed', { sleep: 0, stiffness: 'none', fatigue: 10 }, { sleep: 0, stiffness: 'none', fatigue: 10 }],
    ['only one kept', { stiffness: 'over60' }, { stiffness: 'over60' }],
  ])('%s: stores the new answers, marked with the first', (_, answers, expected) => {
    const next = editMorning(check, answers, LATER);
    const { sleep, stiffness, fatigue, edited, ...rest } = next;
    expect({
      ...(sleep !== undefined && { sleep }),
      ...(stiffness && { stiffness }),
      ...(fatigue !== undefined && { fatigue }),
    }).toEqual(expected);
    expect(Object.keys(next).filter((k) => next[k as keyof typeof next] === undefined)).toEqual([]);
    expect(edited).toEqual({ at: LATER, from: { sleep: 7, stiffness: '30to60', fatigue: 4 } });
    expect(rest).toEqual({ v: check.v, id: 'm1', type: 'morning', at: AT, tz: check.tz, date: check.date });
    expect(isRecord(next)).toBe(true);
  });

  it('returns the record itself when nothing changes, unmarked', () => {
    expect(editMorning(check, { sleep: 7, stiffness: '30to60', fatigue: 4 }, LATER)).toBe(check);
  });

  it('a later change moves the mark and keeps what the check first said', () => {
    const once = editMorning(check, { sleep: 2, stiffness: '30to60', fatigue: 4 }, LATER);
    const twice = editMorning(once, { sleep: 2, fatigue: 9 }, LATER + 60_000);
    expect(twice.edited).toEqual({ at: LATER + 60_000, from: { sleep: 7, stiffness: '30to60', fatigue: 4 } });
    expect(check.edited).toBeUndefined(); // the stored object is not changed
  });

  it.each<[MorningAnswers, 'empty' | 'answer']>([
    [{}, 'empty'],
    [{ sleep: undefined, stiffness: undefined }, 'empty'],
    [{ sleep: 11 }, 'answer'],
    [{ fatigue: 2.5 }, 'answer'],
    [{ stiffness: 'always' as never }, 'answer'],
  ])('refuses %o (%s), and throws rather than store it', (answers, problem) => {
    expect(morningChangeProblem(check, answers)).toBe(problem);
    expect(() => editMorning(check, answers, LATER)).toThrow(RangeError);
  });
});

describe('a changed morning check in the exports and an import', () => {
  const changed = editMorning(check, { sleep: 2, fatigue: 4 }, LATER);

  it('CSV: the row says when it was changed', () => {
    const rows = Papa.parse<Record<string, string>>(toCsv([changed]), { header: true }).data;
    expect(rows[0]).toMatchObject({ id: 'm1', sleep: '2', stiffness: '', edited_at: '2026-11-23T13:00:00+01:00' });
  });

  it('JSON: round-trips with what it first said', () => {
    expect(parseImport(toExportJson([changed], null, LATER))).toEqual({
      ok: true,
      records: [changed],
      deleted: [],
      exercises: [],
    });
  });

  it('FHIR: each answer changed amended, issued when it was changed; still a valid bundle', () => {
    const pieces = fhirBundlePieces(LATER, options());
    const b: Bundle<Observation> = JSON.parse(pieces.head + pieces.records([changed]) + pieces.end());
    expect(fhirErrors(b)).toEqual([]);
    const obs = (b.entry ?? [])
      .map((e) => e.resource!)
      .filter((o) => o.code?.coding?.[0]?.system === MORNING_ITEM_SYSTEM);
    // Sleep changed: amended; fatigue left as it was: final; stiffness cleared: no longer sent.
    expect(obs.map((o) => [o.code?.coding?.[0]?.code, o.status, o.issued])).toEqual([
      ['sleep', 'amended', new Date(LATER).toISOString()],
      ['fatigue', 'final', undefined],
    ]);
  });

  it('import: a differing check the file does not mark is marked as changed now, from what was stored', () => {
    const file = makeMorning({ id: 'm1', at: AT, sleep: 5 }, 'Europe/Berlin');
    expect(replacement(file, check, LATER)).toEqual({
      ...file,
      edited: { at: LATER, from: { sleep: 7, stiffness: '30to60', fatigue: 4 } },
    });
    // The file's own, newer mark is kept as it is; an older one is not.
    expect(replacement(changed, check, LATER + 1)).toBe(changed);
    const newer = editMorning(changed, { sleep: 1 }, LATER + 10);
    expect(replacement(changed, newer, LATER + 20)).toEqual({
      ...changed,
      edited: { at: LATER + 20, from: newer.edited!.from },
    });
  });

  it('import: copies with the same answers, differing in their marks alone, keep the stored mark', () => {
    const { edited: _, ...unmarked } = changed;
    expect(replacement(unmarked, changed, LATER + 99)).toEqual(changed);
    expect(replacement(check, check, LATER + 99)).toEqual(check);
  });

  it('a mark saying the check first held no answer is not a record (an export edited by hand)', () => {
    expect(isRecord({ ...changed, edited: { at: LATER, from: {} } })).toBe(false);
    expect(isRecord(changed)).toBe(true);
  });
});
