import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataPanel } from '../../components/summary/data-panel';
import { toExportJson } from '../../utils/core/data/export-json';
import { addDays } from '../../utils/core/time/local-time';
import { makeRating } from '../../utils/core/data/records';

const QUOTA_TEXT = 'Resource::kQuotaBytes quota exceeded';
const local = fakeBrowser.storage.local;

/** A valid export of 30 ratings, three on each of ten days. */
const thirty = toExportJson(
  Array.from({ length: 30 }, (_, i) =>
    makeRating(
      {
        id: `r${i}`,
        at: Date.parse(`${addDays('2026-11-16', i % 10)}T1${i % 3}:00:00Z`),
        source: 'manual',
        score: i % 11,
      },
      'UTC',
    ),
  ),
  null,
  0,
);

function upload(input: HTMLElement, name: string, text: string): void {
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/**
 * storage.local with room for `n` more keys: a write stores its keys in order while there is room,
 * then refuses the rest with `error` (a store that writes part of a batch, at its worst).
 */
async function roomForKeys(n: number, error: Error): Promise<() => void> {
  const stored = new Set(Object.keys(await local.get(null)));
  let room = n;
  const realSet = local.set.bind(local);
  const spy = vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const fits: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(items)) {
      if (!stored.has(key)) {
        if (room === 0) {
          await realSet(fits);
          throw error;
        }
        room--;
        stored.add(key);
      }
      fits[key] = value;
    }
    await realSet(fits);
  });
  return () => spy.mockRestore();
}

describe('import that storage refuses', () => {
  it('says in plain words that the storage is full and that nothing changed, and changes nothing', async () => {
    await local.set({ 'rec:2026-10-01': { v: 1, records: [] } });
    const before = await local.get(null);
    const onImported = vi.fn();
    const restore = await roomForKeys(3, new Error(QUOTA_TEXT));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(<DataPanel weekFrom="2026-11-16" weekTo="2026-11-22" onImported={onImported} />);
      upload(await screen.findByLabelText('JSON export file'), 'thirty.json', thirty);
      const status = await screen.findByText('Nothing was imported from thirty.json:');
      expect(status.parentElement!.textContent).toContain('not enough room');
      expect(status.parentElement!.textContent).toContain('nothing was changed');
      expect(document.body.textContent).not.toMatch(/quota|kQuotaBytes|Something went wrong/i);
    } finally {
      restore();
      warn.mockRestore();
    }
    expect(await local.get(null)).toEqual(before);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('any other refusal: plain words, nothing changed, never the browser text', async () => {
    const restore = await roomForKeys(3, new Error('IO error: .../LOCK: No such file'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(<DataPanel weekFrom="2026-11-16" weekTo="2026-11-22" onImported={() => {}} />);
      upload(await screen.findByLabelText('JSON export file'), 'thirty.json', thirty);
      const status = await screen.findByText('Nothing was imported from thirty.json:');
      expect(status.parentElement!.textContent).toContain('Everything saved before is safe');
      expect(document.body.textContent).not.toMatch(/IO error|LOCK/);
    } finally {
      restore();
      warn.mockRestore();
    }
    expect(await local.get(null)).toEqual({});
  });
});
