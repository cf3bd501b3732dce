/**
 * The data panel's import of a file with own exercises: a differing one is asked about in words
 * like a differing record; what was done with them is said after; too many is refused in words,
 * with nothing imported.
 */
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataPanel } from '../../components/summary/data-panel';
import { toExportJson } from '../../utils/core/data/export-json';
import { makeRating } from '../../utils/core/data/records';
import { OWN_EXERCISES_MAX } from '../../utils/core/content/own-exercises';
import { EXERCISES_KEY, loadExercises } from '../../utils/storage/exercises';
import { ownExercise } from '../fixtures/own-exercise';

const MON = '2026-11-23';
const local = fakeBrowser.storage.local;
const r1 = makeRating({ id: 'r1', at: Date.UTC(2026, 10, 23, 9), source: 'prompt', score: 4 }, 'UTC');
const ex = ownExercise;

function upload(text: string): void {
  const input = screen.getByLabelText('JSON export file');
  Object.defineProperty(input, 'files', { value: [new File([text], 'mine.json')], configurable: true });
  fireEvent.change(input);
}

const panel = () => render(<DataPanel weekFrom={MON} weekTo="2026-11-29" onImported={() => undefined} />);

describe('importing own exercises', () => {
  it('new ones go in at once, and the status says so', async () => {
    await local.set({ [EXERCISES_KEY]: [ex('a')] });
    panel();
    upload(toExportJson([r1], null, 0, [], [ex('a'), ex('b')]));
    expect(
      await screen.findByText(
        "Your own exercises: 1 added, 0 replaced with the file's, 0 kept as stored here (1 were already here).",
      ),
    ).toBeTruthy();
    expect(await loadExercises()).toEqual([ex('a'), ex('b')]);
  });

  it("a differing one is asked about in the records' words; the file's version is taken when chosen", async () => {
    await local.set({ [EXERCISES_KEY]: [ex('a')] });
    panel();
    const changed = ex('a', { holdSec: 40 });
    upload(toExportJson([r1], null, 0, [], [changed]));
    const group = await screen.findByRole('group', { name: 'Which version should stay?' });
    expect(group.textContent).toContain(
      'Your own exercises in this file that differ from the ones here: 1. New ones: 0.',
    );
    expect(group.textContent).not.toContain('Records in this file that differ');
    expect(await loadExercises()).toEqual([ex('a')]);
    fireEvent.click(screen.getByRole('button', { name: "Use the file's versions" }));
    expect(await screen.findByText(/^Your own exercises: 0 added, 1 replaced/)).toBeTruthy();
    expect(await loadExercises()).toEqual([changed]);
  });

  it('more than fit: refused in words, nothing imported', async () => {
    const stored = Array.from({ length: OWN_EXERCISES_MAX }, (_, i) => ex(`s${i}`));
    await local.set({ [EXERCISES_KEY]: stored });
    const before = await local.get(null);
    panel();
    upload(toExportJson([r1], null, 0, [], [ex('new')]));
    expect(
      await screen.findByText(
        `With this file you would have ${OWN_EXERCISES_MAX + 1} own exercises; at most ${OWN_EXERCISES_MAX} fit. Remove some on the settings page, then import the file again.`,
      ),
    ).toBeTruthy();
    expect(screen.getByText('Nothing was imported from mine.json:')).toBeTruthy();
    expect(await local.get(null)).toEqual(before);
  });
});
