import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeRating } from '../../utils/core/data/records';
import { REGIONS } from '../../utils/core/content/regions';
import {
  pickStretches,
  STRETCHES,
  STRETCHES_FOR_REGION,
  stretchCount,
  stretchesFor,
} from '../../utils/core/content/stretches';
import type { Region } from '../../utils/core/content/regions';

const NOW = Date.UTC(2026, 10, 23, 12);
const rate = (score: number, regions: Region[], daysAgo = 1) =>
  makeRating(
    { id: `${score}${regions.join()}${daysAgo}`, at: NOW - daysAgo * 86_400_000, source: 'prompt', score, regions },
    'UTC',
  );
const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
const byId = (id: string) => STRETCHES.find((s) => s.id === id)!;

describe('stretch picking', () => {
  it('uses plain library order without ratings', () => {
    expect(ids(pickStretches([], NOW, 3))).toEqual(ids(STRETCHES.slice(0, 3)));
  });

  it('puts the worst-rated region first, then the next', () => {
    const picked = pickStretches([rate(7, ['lowerBack']), rate(3, ['wrists']), rate(6, ['lowerBack'])], NOW, 3);
    expect(ids(picked)).toEqual(['pelvic-tilt', 'wrist-flexor', 'seated-twist']);
  });

  it('gives the elbow an extensor stretch first, then the flexor one', () => {
    expect(ids(pickStretches([rate(8, ['elbows'])], NOW, 2))).toEqual(['wrist-extensor', 'wrist-flexor']);
  });

  it('gives knees and ankles only their own seated, gentle stretches, never the standing thigh stretch', () => {
    const picked = pickStretches([rate(9, ['knees']), rate(8, ['ankles'])], NOW, 3);
    expect(ids(picked)).toEqual(['knee-extension', 'ankle-circles', 'ankle-pumps']);
    for (const region of ['knees', 'ankles'] as const) {
      expect(stretchesFor(region).every((s) => s.gentle)).toBe(true);
    }
  });

  it('offers the standing thigh stretch only to a user who made it a favourite', () => {
    const everyoneElseHidden = ids(STRETCHES.filter((s) => s.id !== 'standing-quad'));
    expect(ids(pickStretches([rate(9, ['hips'])], NOW, 3, { hidden: everyoneElseHidden }))).toEqual([]);
    expect(ids(pickStretches([], NOW, 1, { favourites: ['standing-quad'] }))).toEqual(['standing-quad']);
    expect(pickStretches([], NOW, 1, { favourites: ['standing-quad'], gentleOnly: true })[0]!.id).not.toBe(
      'standing-quad',
    );
  });

  it('covers the lower back and the hips in flare mode with gentle stretches', () => {
    const picked = pickStretches([rate(8, ['lowerBack']), rate(7, ['hips'])], NOW, 2, { gentleOnly: true });
    expect(ids(picked)).toEqual(['pelvic-tilt', 'seated-hip-opener']);
    expect(picked.every((s) => s.gentle)).toBe(true);
  });

  it('has at least one gentle stretch for every region, so flare mode covers them all', () => {
    for (const region of REGIONS) expect(stretchesFor(region, true).length, region).toBeGreaterThan(0);
  });

  it('ignores old ratings', () => {
    expect(pickStretches([rate(9, ['knees'], 30)], NOW, 1)[0]!.id).toBe(STRETCHES[0]!.id);
  });

  it('names only stretches of the library, each once, held 20–40 s', () => {
    expect(new Set(ids(STRETCHES)).size).toBe(STRETCHES.length);
    for (const region of REGIONS) {
      const list = STRETCHES_FOR_REGION[region];
      expect(stretchesFor(region).length, region).toBe(list.length);
      expect(new Set(list).size).toBe(list.length);
      expect(list.some((id) => byId(id).favouriteOnly)).toBe(false);
    }
    expect(STRETCHES.every((s) => s.seconds >= 20 && s.seconds <= 40)).toBe(true);
  });

  it('holds 3 stretches a round, 2 for a short break or in flare mode, never more than fit', () => {
    expect(stretchCount(300)).toBe(3);
    expect(stretchCount(120)).toBe(3);
    expect(stretchCount(90)).toBe(2);
    expect(stretchCount(60)).toBe(2);
    expect(stretchCount(120, true)).toBe(2);
    expect(stretchCount(30)).toBe(1);
    expect(stretchCount(10)).toBe(1);
  });
});

/** The section of docs/clinical-basis.md a reviewer reads, from its heading to the next one. */
function docsSection(title: string): string {
  const text = readFileSync(new URL('../../docs/clinical-basis.md', import.meta.url), 'utf8');
  const start = text.indexOf(`\n## ${title}\n`);
  expect(start, title).toBeGreaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

/** Table rows of a section as cells; `code(cell)` gives the `backticked` names in a cell, in order. */
const rows = (section: string) =>
  section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !/^\|[-| ]+\|$/.test(l))
    .map((l) => l.slice(2, -2).split(' | '));
const code = (cell: string | undefined) => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe('the region map in docs/clinical-basis.md', () => {
  const section = docsSection('Stretches');
  const mapRows = rows(section).filter((r) => REGIONS.includes(code(r[0])[0] as Region));

  it('lists every region once, with exactly the stretches the code offers, in order', () => {
    const documented = Object.fromEntries(mapRows.map((r) => [code(r[0])[0], code(r[1])]));
    expect(Object.keys(documented).sort()).toEqual([...REGIONS].sort());
    expect(mapRows).toHaveLength(REGIONS.length);
    for (const region of REGIONS) expect(documented[region], region).toEqual(ids(stretchesFor(region)));
  });

  it('lists the flare-mode (gentle) stretches of every region as the code offers them', () => {
    for (const r of mapRows) {
      const region = code(r[0])[0] as Region;
      expect(code(r[2]), region).toEqual(ids(stretchesFor(region, true)));
    }
  });

  it('describes every stretch of the library with its gentle flag', () => {
    const library = rows(section).filter(
      (r) => code(r[0]).length === 1 && STRETCHES.some((s) => s.id === code(r[0])[0]),
    );
    expect(library.map((r) => code(r[0])[0])).toEqual(ids(STRETCHES));
    for (const r of library) expect(r[3], r[0]).toBe(byId(code(r[0])[0]!).gentle ? 'yes' : 'no');
  });
});
