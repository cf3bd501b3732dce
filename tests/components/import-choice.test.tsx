/**
 * The data panel's import when the file differs from what is stored: it says how, in words, and
 * imports nothing until the user chooses the file's versions or what is stored (or cancels).
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as downloads from '../../components/common/download';
import { DataPanel } from '../../components/summary/data-panel';
import { toExportJson } from '../../utils/core/data/export-json';
import { parseImport } from '../../utils/core/data/import-json';
import { makeRating } from '../../utils/core/data/records';
import { tombstoneOf } from '../../utils/core/data/tombstone';
import { addRecords, readDaysChecked } from '../../utils/storage/records';
import { deleteEntry } from '../../utils/storage/entries';

const MON = '2026-11-23';
const at = (h: number): number => Date.UTC(2026, 10, 23, h);
const rating = (id: string, h: number, score: number) => makeRating({ id, at: at(h), source: 'prompt', score }, 'UTC');
const local = fakeBrowser.storage.local;

// Stored: a (changed here to 7), b (deleted here), c, e. The file: a as 4, b, c, e deleted, d new.
const a = rating('a', 8, 4);
const b = rating('b', 9, 5);
const c = rating('c', 10, 6);
const d = rating('d', 11, 3);
const e = rating('e', 12, 2);
const FILE = toExportJson([a, b, c, d], null, 0, [tombstoneOf(e, at(20))]);

async function storeDiffering(): Promise<void> {
  await addRecords([{ ...a, score: 7 }, b, c, e]);
  await deleteEntry(MON, 'b', at(13));
}

const byId = async (id: string) => {
  const day = await readDaysChecked([MON]);
  return [...day.records, ...day.deleted].find((x) => x.id === id);
};

function upload(name: string, text: string): void {
  const input = screen.getByLabelText('JSON export file');
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function openChoice(onImported = vi.fn()) {
  await storeDiffering();
  render(<DataPanel weekFrom={MON} weekTo="2026-11-29" onImported={onImported} />);
  upload('old.json', FILE);
  const group = await screen.findByRole('group', { name: 'Which version should stay?' });
  return { group, onImported, before: await local.get(null) };
}

describe('importing a file whose records differ from the stored ones', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says how many differ, how many were deleted here or in the file, what is new and the same; takes the focus', async () => {
    const { group, before } = await openChoice();
    expect(group.textContent).toContain('Records in this file that differ from the ones stored here: 3.');
    expect(group.textContent).toContain("You deleted 1 of them here; the file's versions would bring them back.");
    expect(group.textContent).toContain(
      "The file marks 1 of them as deleted; the file's versions would delete them here.",
    );
    expect(group.textContent).toContain('New: 1. Already here and unchanged: 1.');
    await waitFor(() => expect(document.activeElement).toBe(group));
    // Nothing is written before the choice.
    expect(await local.get(null)).toEqual(before);
  });

  it("'Use the file's versions' replaces the differing ones and adds the new one", async () => {
    const { onImported } = await openChoice();
    fireEvent.click(screen.getByRole('button', { name: "Use the file's versions" }));
    expect(
      await screen.findByText("Imported 1 new records and replaced 3 with the file's versions (1 were already here)."),
    ).toBeTruthy();
    // Stored as 7 (unmarked), now the file's 4: marked as changed from 7.
    expect(await byId('a')).toMatchObject({ score: 4, edited: { fromScore: 7 } });
    expect(await byId('b')).toEqual(b);
    expect(await byId('e')).toMatchObject({ type: 'deleted' });
    expect(await byId('d')).toEqual(d);
    expect(screen.queryByRole('group', { name: 'Which version should stay?' })).toBeNull();
    expect(onImported).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('JSON export file')));
  });

  it("'Keep what is stored' keeps them and adds only the new one", async () => {
    await openChoice();
    fireEvent.click(screen.getByRole('button', { name: 'Keep what is stored' }));
    expect(
      await screen.findByText(
        'Imported 1 new records and kept 3 as stored here, not as in the file (1 were already here).',
      ),
    ).toBeTruthy();
    expect(await byId('a')).toMatchObject({ score: 7 });
    expect(await byId('b')).toMatchObject({ type: 'deleted' });
    expect(await byId('e')).toEqual(e);
    expect(await byId('d')).toEqual(d);
  });

  it.each([
    ['the Cancel button', () => fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))],
    ['Escape', () => fireEvent.keyDown(screen.getByRole('button', { name: 'Cancel' }), { key: 'Escape' })],
  ])('%s imports nothing', async (_name, cancel) => {
    const { before, onImported } = await openChoice();
    cancel();
    expect(await screen.findByText('Nothing was imported from old.json.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Which version should stay?' })).toBeNull();
    expect(await local.get(null)).toEqual(before);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('asks nothing when nothing differs: imports at once, counting records, not deletions', async () => {
    await addRecords([a, c]);
    render(<DataPanel weekFrom={MON} weekTo="2026-11-29" onImported={() => {}} />);
    upload('same.json', toExportJson([a, c, d], null, 0, [tombstoneOf(e, at(20))]));
    expect(await screen.findByText('Imported 1 new records (2 were already here).')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Which version should stay?' })).toBeNull();
    expect(await byId('d')).toEqual(d);
    expect(await byId('e')).toMatchObject({ type: 'deleted' });
  });
});

describe('the JSON export', () => {
  afterEach(() => vi.restoreAllMocks());

  it("carries the week's deletions; the count is of records; the CSV lists records only", async () => {
    const files: Record<string, Blob> = {};
    vi.spyOn(downloads, 'download').mockImplementation((name, blob) => {
      files[name.slice(name.lastIndexOf('.') + 1)] = blob;
    });
    await addRecords([a, b, c]);
    await deleteEntry(MON, 'b', at(13));
    render(<DataPanel weekFrom={MON} weekTo="2026-11-29" onImported={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: /Download JSON/ }));
    expect(await screen.findByText('Exported 2 records.')).toBeTruthy();
    const parsed = parseImport(await files.json!.text());
    expect(parsed.ok && parsed.records.map((r) => r.id)).toEqual(['a', 'c']);
    expect(parsed.ok && parsed.deleted.map((x) => x.id)).toEqual(['b']);

    fireEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(files.csv).toBeDefined());
    expect((await files.csv!.text()).split('\n').filter((l) => l.trim()).length).toBe(3);
  });
});
