/**
 * Exporting all history from the data panel: progress shown while the days are read a chunk at a
 * time, the export buttons disabled and focus on Cancel meanwhile, the file the whole-file export,
 * and Cancel stopping it with nothing downloaded; in English and in German.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as downloads from '../../components/common/download';
import { DataPanel } from '../../components/summary/data-panel';
import { toCsv } from '../../utils/core/data/export-csv';
import { toExportJson } from '../../utils/core/data/export-json';
import { makeBreak, makeRating } from '../../utils/core/data/records';
import { tombstoneOf } from '../../utils/core/data/tombstone';
import { addDays } from '../../utils/core/time/local-time';
import { readAllEntries } from '../../utils/storage/records';
import { toBuckets } from '../fixtures/history';
import { speakEnglish, speakGerman } from './german';
import type { LimberRecord } from '../../utils/core/data/records';

const local = fakeBrowser.storage.local as unknown as { getKeys?: () => Promise<string[]> };

/** Forty days with two entries each, one deleted: three chunks of fourteen days. */
async function seed(): Promise<void> {
  const entries: LimberRecord[] = [];
  for (let i = 0; i < 40; i++) {
    const date = addDays('2025-01-01', i * 3);
    const at = Date.parse(`${date}T10:00:00Z`);
    entries.push(makeRating({ id: `r${i}`, at, source: 'prompt', score: i % 11 }, 'Europe/Berlin'));
    entries.push(makeBreak({ id: `b${i}`, at: at + 3_600_000, kind: 'stretch', outcome: 'done' }, 'Europe/Berlin'));
  }
  const buckets = toBuckets(entries);
  const gone = buckets['rec:2025-01-04']!.records;
  gone[1] = tombstoneOf(gone[1]!, Date.UTC(2025, 5, 1)) as unknown as LimberRecord;
  await fakeBrowser.storage.local.set(buckets);
  const keys = Object.keys(buckets);
  local.getKeys = async () => keys;
}

/** Holds every read of stored days after the first `after` until released (or failed). */
function holdReads(after: number): { release(): void; fail(err: Error): void } {
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  let open!: () => void;
  let shut!: (err: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    open = resolve;
    shut = reject;
  });
  gate.catch(() => {}); // failed before a read waits on it: not an unhandled rejection
  let reads = 0;
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
    if (Array.isArray(keys) && ++reads > after) await gate;
    return get(keys as string[]);
  });
  return { release: open, fail: shut };
}

function spyDownloads(): Map<string, Blob> {
  const files = new Map<string, Blob>();
  vi.spyOn(downloads, 'download').mockImplementation((name, blob) => void files.set(name, blob));
  return files;
}

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

/** Chooses "All history" and presses a download button from the keyboard's place on it. */
function exportAll(name: RegExp): HTMLButtonElement {
  fireEvent.click(screen.getByRole('radio', { name: 'All history' }));
  const b = button(name);
  b.focus();
  fireEvent.click(b);
  return b;
}

beforeEach(seed);
afterEach(() => {
  delete local.getKeys;
  vi.restoreAllMocks();
  speakEnglish();
});

describe('exporting all history', () => {
  it('shows its progress, keeps focus on Cancel, then downloads the whole-file export', async () => {
    const files = spyDownloads();
    const reads = holdReads(1);
    render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    const json = exportAll(/Download JSON/);

    const bar = await screen.findByRole('progressbar', { name: 'Export progress' });
    // 14 of the 40 stored days read: 35 %, told in steps of ten.
    await waitFor(() => expect(bar.getAttribute('value')).toBe('35'));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Exporting… 30 %');
    expect(json.disabled).toBe(true);
    expect(button(/Download CSV/).disabled).toBe(true);
    const cancel = screen.getByRole('button', { name: 'Cancel export' });
    await waitFor(() => expect(document.activeElement).toBe(cancel));
    expect(files.size).toBe(0);

    reads.release();
    expect(await screen.findByText('Exported 79 records.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect([...files.keys()]).toEqual(['limber-all.json']);
    const text = await files.get('limber-all.json')!.text();
    const { records, deleted } = await readAllEntries();
    const exportedAt = Date.parse((JSON.parse(text) as { exportedAt: string }).exportedAt);
    expect(text).toBe(toExportJson(records, null, exportedAt, deleted));
    expect(deleted).toHaveLength(1);
    await waitFor(() => expect(document.activeElement).toBe(json));
    expect(json.disabled).toBe(false);
  });

  it('tells its first progress, 0 %, in a status line already on the page (one added with its words is often not read out)', async () => {
    spyDownloads();
    const reads = holdReads(0);
    render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    const line = document.querySelector('.export-progress')!;
    expect([line.getAttribute('role'), line.textContent]).toEqual(['status', '']);
    exportAll(/Download JSON/);
    await waitFor(() => expect(line.textContent).toBe('Exporting… 0 %'));
    expect(document.querySelector('.export-progress')).toBe(line);
    reads.release();
    expect(await screen.findByText('Exported 79 records.')).toBeTruthy();
    expect(line.textContent).toBe('');
  });

  it('downloads the CSV the whole-file export makes', async () => {
    const files = spyDownloads();
    render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    exportAll(/Download CSV/);
    expect(await screen.findByText('Exported 79 records.')).toBeTruthy();
    expect(await files.get('limber-all.csv')!.text()).toBe(toCsv((await readAllEntries()).records));
  });

  it('Cancel stops it: nothing downloaded, the status says so, focus back on the button used', async () => {
    const files = spyDownloads();
    const reads = holdReads(1);
    render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    const json = exportAll(/Download JSON/);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel export' }));
    reads.release();
    expect(await screen.findByText('Export cancelled: nothing was downloaded.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(files.size).toBe(0);
    await waitFor(() => expect(document.activeElement).toBe(json));
    expect(json.disabled).toBe(false);
  });

  it('leaving the page mid-export stops it: nothing is downloaded afterwards', async () => {
    const files = spyDownloads();
    const reads = holdReads(1);
    const { unmount } = render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    exportAll(/Download JSON/);
    await screen.findByRole('progressbar');
    unmount();
    reads.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(files.size).toBe(0);
  });

  it('a failed read is told in plain words, and nothing is downloaded', async () => {
    const files = spyDownloads();
    const reads = holdReads(1);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    exportAll(/Download JSON/);
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar.getAttribute('value')).toBe('35'));
    reads.fail(new Error('IO error: leveldb/000123.ldb: FILE_ERROR_NO_SPACE'));
    expect(await screen.findByText(/Something went wrong, so this step did not finish/)).toBeTruthy();
    expect(screen.queryByText(/leveldb/)).toBeNull();
    expect(files.size).toBe(0);
  });

  it('in German: the progress, its name and Cancel', async () => {
    speakGerman();
    spyDownloads();
    const reads = holdReads(1);
    render(<DataPanel weekFrom="2025-03-03" weekTo="2025-03-09" onImported={() => {}} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Alles' }));
    fireEvent.click(button(/JSON herunterladen/));
    expect(await screen.findByRole('progressbar', { name: 'Fortschritt des Exports' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Wird exportiert… 30 %'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export abbrechen' }));
    reads.release();
    expect(await screen.findByText('Export abgebrochen: Es wurde nichts heruntergeladen.')).toBeTruthy();
  });
});
