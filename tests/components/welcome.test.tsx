import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomeApp } from '../../entrypoints/welcome/app';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../utils/messaging', () => ({
  dispatch: async (event: unknown) => {
    sent.push(event);
    return { records: [] };
  },
}));

const storedSync = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;

async function renderWelcome() {
  render(<WelcomeApp />);
  await screen.findByRole('heading', { name: 'Welcome to Limber', level: 1 });
}

describe('welcome page', () => {
  beforeEach(() => {
    sent.length = 0;
  });
  afterEach(() => vi.restoreAllMocks());

  it('says what Limber does and does not do, and why it needs each permission', async () => {
    await renderWelcome();
    expect(screen.getByText(/^Limber is not a medical device. It does not diagnose/)).toBeTruthy();
    expect(screen.getByText(/numbness, weakness or fever, see a doctor/)).toBeTruthy();
    for (const p of ['alarms', 'storage', 'unlimitedStorage', 'idle', 'notifications'])
      expect(screen.getByText(p)).toBeTruthy();
    expect(screen.getByText(/^So your diary can grow for as long as you use Limber/)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Eye break' }).getAttribute('aria-describedby')).toBe(
      'wel-eyesOn-text',
    );
  });

  it('saves the work day and the prompts chosen, and leaves every other setting as stored', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, snooze: { sec: 600, limit: 2 } } });
    await renderWelcome();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Eye break' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Posture check' }));
    const morning = screen.getByRole('checkbox', { name: 'Morning check' }) as HTMLInputElement;
    expect(morning.checked).toBe(false);
    expect(document.getElementById(morning.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /^Once a work day: how you slept, how long you were stiff, how tired you are\./,
    );
    fireEvent.click(morning);
    fireEvent.click(screen.getByRole('button', { name: 'Start Limber' }));
    await screen.findByText(/^All set\./);
    const s = await storedSync();
    expect(s?.work.days).toContain(6);
    expect(s?.eyes.enabled).toBe(true);
    expect(s?.morning.enabled).toBe(true);
    expect(s?.posture.enabled).toBe(false);
    expect(s?.snooze).toEqual({ sec: 600, limit: 2 });
  });

  it('a wrong hour range is marked at the field and nothing is saved', async () => {
    await renderWelcome();
    fireEvent.input(screen.getByLabelText('Range 1 ends'), { target: { value: '08:00' } });
    await screen.findByText('A range must end at a different time than it starts.');
    fireEvent.click(screen.getByRole('button', { name: 'Start Limber' }));
    await screen.findByText(/Not saved: 1 field/);
    expect(await storedSync()).toBeUndefined();
  });

  it('a problem in a setting this page does not show sends the user to the settings, saving nothing', async () => {
    // Pain ratings on with no times: fixable only on the settings page.
    const stored = { ...DEFAULT_SETTINGS, pain: { enabled: false, times: [], afterBreak: false } };
    await fakeBrowser.storage.sync.set({ settings: stored });
    await renderWelcome();
    expect(screen.getByText('One click on a 0–10 scale, at times you choose in Settings.')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pain rating' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start Limber' }));
    await screen.findByText(/some of your other settings need fixing first/);
    expect(screen.getByRole('button', { name: 'Settings' })).toBeTruthy();
    expect(await storedSync()).toEqual(stored);
  });

  it('follows what a settings page saved, and its Start does not undo it', async () => {
    await renderWelcome();
    const posture = () => screen.getByRole('checkbox', { name: 'Posture check' }) as HTMLInputElement;
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, posture: { enabled: false, everySec: 1800 } },
    });
    await waitFor(() => expect(posture().checked).toBe(false));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start Limber' }));
    await screen.findByText(/^All set\./);
    const s = await storedSync();
    expect(s?.posture.enabled).toBe(false);
    expect(s?.work.days).toContain(6);
  });

  it('writes only what changed here, even before it has heard of another page’s save', async () => {
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation(() => undefined);
    await renderWelcome();
    const other = {
      ...DEFAULT_SETTINGS,
      posture: { enabled: false, everySec: 1800 },
      eyes: { enabled: true, everySec: 1200 },
    };
    await fakeBrowser.storage.sync.set({ settings: other });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Saturday' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start Limber' }));
    await screen.findByText(/^All set\./);
    const s = await storedSync();
    expect(s).toEqual({ ...other, work: { ...other.work, days: [1, 2, 3, 4, 5, 6] }, weekStart: s?.weekStart });
  });

  it('says in plain words when the settings cannot be read, never the browser’s text', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('IO error: .../LOCK: No further details'));
    render(<WelcomeApp />);
    expect(await screen.findByText(/^Something went wrong, so this step did not finish\./)).toBeTruthy();
    expect(screen.queryByText(/IO error/)).toBeNull();
  });

  it('takes one baseline rating: a second click adds nothing', async () => {
    await renderWelcome();
    fireEvent.click(screen.getByRole('button', { name: '3 of 10' }));
    await screen.findByText(/^Saved: 3 at/);
    fireEvent.click(screen.getByRole('button', { name: '4 of 10' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '4 of 10' }).getAttribute('aria-disabled')).toBe('true'),
    );
    expect(sent).toEqual([expect.objectContaining({ type: 'rate', score: 3, source: 'manual' })]);
  });
});
