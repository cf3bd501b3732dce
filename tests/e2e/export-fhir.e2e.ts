/**
 * The FHIR export in real Chromium: the file the summary page downloads is a FHIR R4 Bundle that
 * @medplum/core's validator accepts with 0 errors, holding the week's ratings, weekly check and
 * morning check, a Patient only when a name was typed, and in the page's language.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seedBuckets } from './extension';
import { KNOWN_WEEK, knownWeek, TZ } from './summary-fixtures';
import { makePeg } from '../../utils/core/data/records';
import { makeMorning } from '../../utils/core/data/morning';
import { MORNING_ITEM_SYSTEM } from '../../utils/core/data/fhir/morning';
import { addDays } from '../../utils/core/time/local-time';
import { toBuckets } from '../fixtures/history';
import { fhirErrors } from '../tools/fhir-validate';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';

type Json = Record<string, any>;

const week = knownWeek();
const ratings = week.filter((r) => r.type === 'rating');
const check = makePeg(
  { id: 'peg-1', at: Date.parse(`${addDays(KNOWN_WEEK, 4)}T15:00:00Z`), pain: 5, enjoyment: 6, activity: 4 },
  TZ,
);
const morning = makeMorning(
  { id: 'morning-1', at: Date.parse(`${addDays(KNOWN_WEEK, 2)}T06:30:00Z`), sleep: 7, stiffness: '30to60', fatigue: 4 },
  TZ,
);
const seeded = [...week, check, morning];

let l: Launched;
beforeAll(async () => {
  l = await launch({ timeZone: TZ });
  await seedBuckets(l, toBuckets(seeded));
}, 120_000);
afterAll(async () => {
  await l?.close();
});

async function weekPage(on: Launched = l): Promise<Page> {
  const page = await on.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(on.url(`summary.html?week=${KNOWN_WEEK}`));
  await page.locator('#day-table').waitFor();
  return page;
}

async function downloadFhir(page: Page, button: RegExp): Promise<{ name: string; bundle: Json }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = join(tmpdir(), `limber-fhir-${Date.now()}.json`);
  const done = await download;
  await done.saveAs(file);
  return { name: done.suggestedFilename(), bundle: JSON.parse(readFileSync(file, 'utf8')) };
}

const codeOf = (e: Json): string => e.resource.code?.coding?.[0]?.code;

describe('the FHIR export, downloaded from the summary page (real Chromium)', () => {
  it('is a valid R4 Bundle (0 validator errors) with the week’s ratings, weekly check and morning check, naming no one', async () => {
    const page = await weekPage();
    const { name, bundle } = await downloadFhir(page, /Download FHIR/);
    expect(name).toMatch(/^limber-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.fhir\.json$/);
    expect(fhirErrors(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const pain = bundle.entry.filter((e: Json) => codeOf(e) === '72514-3');
    expect(pain.map((e: Json) => e.resource.identifier[0].value).sort()).toEqual(ratings.map((r) => r.id).sort());
    for (const e of pain) {
      const r = ratings.find((x) => x.id === e.resource.identifier[0].value)!;
      expect(e.resource.valueQuantity).toEqual({
        value: r.score,
        unit: 'score',
        system: 'http://unitsofmeasure.org',
        code: '{score}',
      });
      // Berlin in the known week: UTC+1.
      expect(e.resource.effectiveDateTime).toMatch(/\+01:00$/);
      expect(Date.parse(e.resource.effectiveDateTime)).toBe(Math.floor(r.at / 1000) * 1000);
    }
    const panel = bundle.entry.find((e: Json) => codeOf(e) === '91148-7');
    expect(panel.resource.hasMember).toHaveLength(4);
    const score = bundle.entry.find((e: Json) => codeOf(e) === '91147-9');
    expect(score.resource.valueQuantity.value).toBe(5);
    // The morning check: one Observation per answer, in Limber's own item system, at its time.
    const items = bundle.entry.filter((e: Json) => e.resource.code?.coding?.[0]?.system === MORNING_ITEM_SYSTEM);
    const byItem = Object.fromEntries(items.map((e: Json) => [codeOf(e), e.resource]));
    expect(Object.keys(byItem).sort()).toEqual(['fatigue', 'sleep', 'stiffness']);
    expect(byItem.sleep.valueQuantity.value).toBe(7);
    expect(byItem.fatigue.valueQuantity.value).toBe(4);
    expect(byItem.stiffness.valueRange).toEqual({
      low: { value: 30, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
      high: { value: 60, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
    });
    for (const r of items) expect(Date.parse(r.resource.effectiveDateTime)).toBe(morning.at);
    expect(JSON.stringify(bundle)).not.toMatch(/"Patient"|"subject"/);
    // The ratings, the weekly check and the morning check.
    await page.getByText(`Exported ${ratings.length + 2} records.`).waitFor();
  });

  it('with a name typed: a Patient with only that name, the subject of every Observation; in German', async () => {
    const de = await launch({ timeZone: TZ, lang: 'de' });
    try {
      await seedBuckets(de, toBuckets(seeded));
      const page = await weekPage(de);
      await page.getByLabel('Name in der FHIR-Datei (freiwillig)').fill('Ada Muster');
      const { bundle } = await downloadFhir(page, /FHIR herunterladen/);
      expect(fhirErrors(bundle)).toEqual([]);
      const [patient, ...rest] = bundle.entry;
      expect(patient.resource).toEqual({ resourceType: 'Patient', name: [{ text: 'Ada Muster' }] });
      expect(rest).toHaveLength(ratings.length + 5 + 3);
      for (const e of rest) expect(e.resource.subject).toEqual({ reference: patient.fullUrl });
      const rating = rest.find((e: Json) => codeOf(e) === '72514-3');
      expect(rating.resource.code.text).toBe('Schmerzstärke, numerische Skala 0–10, selbst angegeben');
      // The name is not kept: the page opened again starts empty.
      const again = await weekPage(de);
      expect(await again.getByLabel('Name in der FHIR-Datei (freiwillig)').inputValue()).toBe('');
    } finally {
      await de.close();
    }
  }, 90_000);
});
