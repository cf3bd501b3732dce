import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { speakEnglish, speakGerman } from './german';
import { OptionsApp } from '../../entrypoints/options/app';
import { WelcomeApp } from '../../entrypoints/welcome/app';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';

const FULLSCREEN = 'While a browser window is in fullscreen (videos, slides, web calls)';
const AUDIBLE = 'While a tab plays sound (calls, videos); time away then is not a break';
const SAVED = 'Saved. Your other browsers with sync on get these settings too.';
const storedSync = async () =>
  (await fakeBrowser.storage.sync.get('settings')).settings as typeof DEFAULT_SETTINGS | undefined;
const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Limber settings', level: 1 });
}

afterEach(() => speakEnglish());

describe('settings: "Hold prompts"', () => {
  it('shows both holds, on by default, with the hint on what the browser cannot see', async () => {
    await renderOptions();
    expect(screen.getByRole('heading', { name: 'Hold prompts', level: 2 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Hold prompts' }).getAttribute('href')).toBe('#hold');
    expect(box(FULLSCREEN).checked).toBe(true);
    expect(box(AUDIBLE).checked).toBe(true);
    const hint = screen.getByText(/^The browser cannot see apps outside it in fullscreen or a call in another app/);
    expect(hint.textContent).toContain('“I’m in a meeting” in the toolbar popup');
    // Both checkboxes carry the hint as their description.
    for (const name of [FULLSCREEN, AUDIBLE]) expect(box(name).getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('saves hold.fullscreen and hold.audible like every other setting, and nothing else changes', async () => {
    await renderOptions();
    fireEvent.click(box(FULLSCREEN));
    await screen.findByText(SAVED);
    expect((await storedSync())?.hold).toEqual({ fullscreen: false, audible: true });
    fireEvent.click(box(AUDIBLE));
    await waitFor(async () => expect((await storedSync())?.hold).toEqual({ fullscreen: false, audible: false }));
    expect({ ...(await storedSync()), hold: DEFAULT_SETTINGS.hold }).toEqual(DEFAULT_SETTINGS);
    fireEvent.click(box(FULLSCREEN));
    await waitFor(async () => expect((await storedSync())?.hold).toEqual({ fullscreen: true, audible: false }));
  });

  it('another page switching the sound hold off meanwhile: this page shows it, and its own change keeps it', async () => {
    await renderOptions();
    await fakeBrowser.storage.sync.set({
      settings: { ...DEFAULT_SETTINGS, hold: { fullscreen: true, audible: false } },
    });
    await waitFor(() => expect(box(AUDIBLE).checked).toBe(false));
    fireEvent.click(box(FULLSCREEN));
    await screen.findByText(SAVED);
    expect((await storedSync())?.hold).toEqual({ fullscreen: false, audible: false });
  });

  it('in German', async () => {
    speakGerman();
    render(<OptionsApp />);
    expect(await screen.findByRole('heading', { name: 'Erinnerungen zurückhalten', level: 2 })).toBeTruthy();
    expect(box('Solange ein Browserfenster im Vollbild ist (Videos, Folien, Webcalls)').checked).toBe(true);
    expect(
      box('Solange ein Tab Ton abspielt (Anrufe, Videos); Zeit weg vom Rechner zählt dann nicht als Pause').checked,
    ).toBe(true);
    expect(screen.getByText(/nutze dann „Ich bin in einem Meeting“ im Popup/)).toBeTruthy();
  });
});

describe('welcome page: prompts wait', () => {
  it('says prompts wait during fullscreen, calls and meetings, and names the popup’s "I’m in a meeting"', async () => {
    render(<WelcomeApp />);
    const line = await screen.findByText(/^Prompts wait while a browser window is fullscreen/);
    expect(line.textContent).toContain('during calls and videos with sound');
    expect(line.textContent).toContain('(“I’m in a meeting” in the toolbar popup)');
    // In the section that explains the prompts.
    expect(line.closest('section')?.getAttribute('aria-labelledby')).toBe('start-prompts-title');
  });

  it('in German', async () => {
    speakGerman();
    render(<WelcomeApp />);
    expect(await screen.findByText(/^Erinnerungen warten, solange ein Browserfenster im Vollbild ist/)).toBeTruthy();
  });
});
