import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, seedBuckets } from './extension';
import { addDays } from '../../utils/core/time/local-time';
import { makeRating } from '../../utils/core/data/records';
import { toBuckets } from '../fixtures/history';
import type { Page } from 'playwright-core';
import type { Launched } from './extension';
import type { LimberRecord } from '../../utils/core/data/records';

const TZ = 'Europe/Berlin';
const FROM = '2023-01-01';
const TO = '2025-12-31';

/** One rating every ten days over three years, the last day too, and one on each side outside. */
function threeYears(): { inside: LimberRecord[]; outside: LimberRecord[] } {
  const rate = (date: string, id: string, score: number): LimberRecord =>
    makeRating({ id, at: Date.parse(`${date}T11:00:00Z`), source: 'manual', score }, TZ);
  const inside: LimberRecord[] = [];
  for (let i = 0, d = FROM; d <= TO; i++, d = addDays(d, 10)) inside.push(rate(d, `r-${d}`, i % 11));
  inside.push(rate(TO, 'r-last', 7));
  return { inside, outside: [rate(addDays(FROM, -1), 'before', 1), rate(addDays(TO, 1), 'after', 2)] };
}

const seeded = threeYears();
let l: Launched;
beforeAll(async () => {
  l = await launch({ timeZone: TZ });
  await seedBuckets(l, toBuckets([...seeded.inside, ...seeded.outside]));
}, 120_000);
afterAll(async () => {
  await l?.close();
});

async function rangeExportPage(): Promise<Page> {
  const page = await l.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(l.url('summary.html'));
  await page.getByRole('heading', { name: 'Your week', level: 1 }).waitFor();
  await page.getByRole('radio', { name: 'Dates…' }).check();
  await page.getByLabel('From', { exact: true }).fill(FROM);
  await page.getByLabel('To', { exact: true }).fill(TO);
  return page;
}

async function exportAs(page: Page, button: RegExp, ext: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = join(tmpdir(), `limber-range-${Date.now()}.${ext}`);
  const done = await download;
  await done.saveAs(file);
  return { name: done.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

describe('exporting a three-year date range in real Chromium', () => {
  it('writes every record of the range into the JSON file, under a header naming that range', async () => {
    expect(seeded.inside.length).toBeGreaterThan(100);
    const page = await rangeExportPage();
    const { name, text } = await exportAs(page, /Download JSON/, 'json');
    expect(name).toBe(`limber-${FROM}_${TO}.json`);
    const file = JSON.parse(text) as { from: string; to: string; records: LimberRecord[] };
    expect([file.from, file.to]).toEqual([FROM, TO]);
    expect(file.records.map((r) => r.id).sort()).toEqual(seeded.inside.map((r) => r.id).sort());
    expect(file.records).toEqual(expect.arrayContaining(seeded.inside));
    expect(file.records.every((r) => r.date >= file.from && r.date <= file.to)).toBe(true);
    await page.getByText(`Exported ${seeded.inside.length} records.`).waitFor();
  });

  it('writes one CSV row per record of the range', async () => {
    const page = await rangeExportPage();
    const { name, text } = await exportAs(page, /Download CSV/, 'csv');
    expect(name).toBe(`limber-${FROM}_${TO}.csv`);
    const [header, ...rows] = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(header?.[0]).toBe('id');
    expect(rows.map((row) => row[0]).sort()).toEqual(seeded.inside.map((r) => r.id).sort());
    await page.getByText(`Exported ${seeded.inside.length} records.`).waitFor();
  });
});
