import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground } from './fake-background';
import { speakEnglish, speakGerman } from './german';
import { PopupApp } from '../../entrypoints/popup/app';
import { initialState } from '../../utils/core/scheduler/state';
import { STATE_KEY } from '../../utils/storage/state';
import type { SchedulerState } from '../../utils/core/scheduler/state';

// In a file of its own: the page's locale for dates and lists is read once, as in a real page.
const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

/** Wednesday 25 Nov 2026, 10:00 local: inside the default work hours. */
const WED = new Date(2026, 10, 25, 10, 0).getTime();
const MIN = 60_000;

beforeEach(() => {
  speakGerman();
  bg.current = fakeBackground() as { send(e: unknown): Promise<unknown> };
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(WED);
});
afterEach(() => {
  speakEnglish();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Stores the state, and makes the browser show what its `busy` says (the popup looks for itself). */
async function seed(patch: Partial<SchedulerState>, browserShows = patch.busy): Promise<void> {
  await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...initialState(), lastTick: Date.now(), ...patch } });
  if (browserShows?.fullscreen) await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
  if (browserShows?.audible)
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
      q.audible ? [{ id: 7, index: 0, audible: true } as never] : [],
    );
}
const status = async (): Promise<string> =>
  (within(await screen.findByRole('region', { name: 'Als Nächstes' })).getByRole('status').textContent ?? '').trim();

describe('popup holds in German', () => {
  it('a meeting until ended: "Im Meeting, bis du es beendest", "Meeting beenden", then the choices', async () => {
    await seed({ meeting: { since: WED, until: new Date(2026, 10, 25, 18).getTime(), open: true } });
    render(<PopupApp />);
    await waitFor(async () => expect(await status()).toBe('Im Meeting, bis du es beendest (spätestens 18:00).'));
    fireEvent.click(screen.getByRole('button', { name: 'Meeting beenden' }));
    await waitFor(async () => expect(await status()).toBe(''));
    expect(screen.getByRole('region', { name: 'Ich bin in einem Meeting' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ich bin in einem Meeting: 30 min' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ich bin in einem Meeting: Bis ich es beende' })).toBeTruthy();
  });

  it('fullscreen with two held, and a pause until resumed', async () => {
    await seed({
      busy: { fullscreen: true, audible: false },
      held: { since: WED - 5 * MIN, reasons: ['fullscreen'], kinds: ['posture', 'stretch'] },
    });
    render(<PopupApp />);
    await waitFor(async () =>
      expect(await status()).toBe(
        'Erinnerungen warten, solange ein Fenster im Vollbild ist.' +
          '2 warten und kommen gesammelt, sobald das vorbei ist: Haltungscheck und Dehnpause.',
      ),
    );
  });

  it('a pause "until I resume": at the latest tomorrow at the start of work', async () => {
    await seed({ pause: { since: WED, until: new Date(2026, 10, 26, 8).getTime(), resume: true } });
    render(<PopupApp />);
    await waitFor(async () => expect(await status()).toBe('Pausiert, bis du fortsetzt (spätestens morgen 08:00).'));
    expect(screen.getByRole('button', { name: 'Fortsetzen' })).toBeTruthy();
  });
});
