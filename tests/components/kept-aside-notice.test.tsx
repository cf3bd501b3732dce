import { render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KeptAsideNotice } from '../../components/common/kept-aside-notice';
import { speakEnglish, speakGerman } from './german';

describe('the kept-aside notice', () => {
  afterEach(() => speakEnglish());

  it('says why each entry was kept aside in the page language, and never shows a stored English sentence', async () => {
    speakGerman();
    await fakeBrowser.storage.local.set({
      'unreadable:scheduler': {
        key: 'scheduler',
        at: Date.UTC(2026, 10, 23, 9),
        reason: 'scheduleUnreadable',
        value: 'ÿ',
      },
      // Kept by a version before the codes: an English sentence.
      'unreadable:settings': {
        key: 'settings',
        at: Date.UTC(2026, 10, 24, 9),
        reason: 'the settings could not be read; defaults were used',
        value: 1,
      },
    });
    render(<KeptAsideNotice />);
    // The time as a German page writes it, not in the runtime's default locale.
    expect(
      await screen.findByText(
        /^der Zeitplan konnte nicht gelesen werden und wurde neu gestartet \(23\.11\.2026, \d{2}:\d{2}\)\.$/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/^gespeicherte Daten konnten nicht gelesen werden \(/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).not.toMatch(/could not be read|defaults were used/);
  });

  it('renders each code with its own English message', async () => {
    await fakeBrowser.storage.local.set({
      'unreadable:rec:2026-11-23': { key: 'rec:2026-11-23', at: 1, reason: 'dayUnreadable', value: 12 },
      'unreadable:settings': { key: 'settings', at: 2, reason: 'settingsUnreadable', value: 1 },
    });
    render(<KeptAsideNotice />);
    expect(await screen.findByText(/^a day of records could not be read \(/)).toBeTruthy();
    expect(screen.getByText(/^the settings could not be read; defaults were used \(/)).toBeTruthy();
  });

  it('renders malformed entries as something kept aside, with the general message and a dash', async () => {
    await fakeBrowser.storage.local.set({
      'unreadable:b': 5,
      'unreadable:c': 'x',
      'unreadable:d': [],
      'unreadable:e': {},
      'unreadable:f': { key: 7, at: 'soon', reason: { en: 'text' } },
      'unreadable:settings': { key: 'settings', at: 2, reason: 'settingsUnreadable', value: 1 },
    });
    // The fake drops a stored null on write; Chrome keeps it, so it is read back here.
    const local = fakeBrowser.storage.local;
    const get = local.get.bind(local);
    vi.spyOn(local, 'get').mockImplementation((async (keys: unknown) => ({
      ...(await get(keys as string[] | null)),
      'unreadable:a': null,
    })) as typeof local.get);
    try {
      render(<KeptAsideNotice />);
      expect(await screen.findByText(/^the settings could not be read; defaults were used \(/)).toBeTruthy();
      expect(screen.getAllByText('stored data could not be read (–).')).toHaveLength(6);
      expect(screen.getByText('Some stored data could not be read')).toBeTruthy();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('a single malformed entry still shows the notice', async () => {
    const local = fakeBrowser.storage.local;
    vi.spyOn(local, 'get').mockImplementation((async () => ({ 'unreadable:x': null })) as typeof local.get);
    try {
      render(<KeptAsideNotice />);
      expect(await screen.findByText('stored data could not be read (–).')).toBeTruthy();
      expect(screen.getByRole('status').textContent).toContain('Some stored data could not be read');
    } finally {
      vi.restoreAllMocks();
    }
  });
});
