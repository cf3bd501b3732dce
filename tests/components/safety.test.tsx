/**
 * The safety net right after a rating (docs/clinical-basis.md, "Seek-help rules"): a rating of 9
 * or 10 in the popup or the prompt window shows the warning signs at once, in two tiers, announced
 * politely without taking focus from the scale; 8 shows nothing; Undo, a change down, or "Hide"
 * remove them; "When to seek help" is always a click away.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, seedPrompt } from './fake-background';
import { HelpApp } from '../../entrypoints/help/app';
import { PopupApp } from '../../entrypoints/popup/app';
import { PromptApp } from '../../entrypoints/prompt/app';
import { SeekHelpNotice } from '../../components/summary/seek-help-notice';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';

const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

beforeEach(() => {
  bg.current = fakeBackground() as { send(e: unknown): Promise<unknown> };
});
afterEach(() => vi.restoreAllMocks());

const URGENT = 'Urgent: seek care today, or call emergency services';
const SOON = 'Soon: make an appointment with a doctor or physiotherapist';
const notice = (score: number) => screen.queryByRole('region', { name: `Pain at ${score}: when to get help` });
/** The polite line that announces the notice (the saved line's status comes before it). */
const announced = (): string[] =>
  [...document.querySelectorAll('.safety-slot [role="status"]')].map((s) => s.textContent ?? '');

/** Both tiers, each its own heading in words and its own list of signs. */
function expectBothTiers(region: HTMLElement): void {
  const urgent = within(region).getByRole('list', { name: URGENT });
  expect(
    within(urgent)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual([
    'Loss of bladder or bowel control, or numbness around the bottom, genitals or inner thighs (the saddle area)',
    'New or spreading numbness or weakness in an arm or a leg',
    'Chest pain or tightness, or pain that spreads from the chest to an arm or the jaw',
    'Pain after a fall, an accident or another injury',
    'Fever, or weight loss you cannot explain, together with the pain',
  ]);
  const soon = within(region).getByRole('list', { name: SOON });
  expect(within(soon).getAllByRole('listitem')).toHaveLength(6);
  expect(within(soon).getByText('Stiffness in the morning that lasts more than 30 minutes on most days')).toBeTruthy();
  expect(within(soon).getByText('Pain at night that does not ease when you rest or change position')).toBeTruthy();
  expect(within(region).getByRole('heading', { name: URGENT })).toBeTruthy();
  expect(within(region).getByRole('heading', { name: SOON })).toBeTruthy();
}

describe('the popup', () => {
  it('10 shows the warning signs at once, announced, focus left on the scale; Hide puts focus back there', async () => {
    render(<PopupApp />);
    const ten = await screen.findByRole('button', { name: '10 of 10' });
    ten.focus();
    fireEvent.click(ten);
    await waitFor(() => expect(notice(10)).toBeTruthy());
    expectBothTiers(notice(10)!);
    expect(announced()).toEqual(['Warning signs for pain at 10 are shown below the rating.']);
    // Not a diagnosis: it says what Limber cannot tell.
    expect(within(notice(10)!).getByText(/Limber cannot tell what causes pain/)).toBeTruthy();
    expect(document.activeElement).toBe(ten);
    // After the saved line and its Undo in tab order.
    const buttons = [...document.querySelectorAll<HTMLElement>('button')];
    const undo = screen.getByRole('button', { name: 'Undo rating 10' });
    const hide = within(notice(10)!).getByRole('button', { name: 'Hide warning signs' });
    expect(buttons.indexOf(hide)).toBeGreaterThan(buttons.indexOf(undo));

    // Keyboard users press Hide with focus on it: focus must not fall to the page with the button.
    hide.focus();
    fireEvent.click(hide);
    expect(notice(10)).toBeNull();
    expect(announced()).toEqual(['']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '10 of 10' }));
    // A new rating of 9 is a new rating: its signs come again.
    fireEvent.click(screen.getByRole('button', { name: '9 of 10' }));
    await waitFor(() => expect(notice(9)).toBeTruthy());
  });

  it('8 shows no warning signs; Undo of a 9 takes them away with it', async () => {
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: '8 of 10' }));
    await screen.findByText(/^Saved: 8 at/);
    expect(screen.queryByRole('heading', { name: URGENT })).toBeNull();
    expect(announced()).toEqual(['']);
    fireEvent.click(screen.getByRole('button', { name: '9 of 10' }));
    await waitFor(() => expect(notice(9)).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Undo rating 9' }));
    await screen.findByText('Rating taken back. Nothing was saved.');
    expect(notice(9)).toBeNull();
  });

  it('"When to seek help" is always there, and opens its page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'When to seek help' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/help\.html$/) }));
  });
});

describe('the prompt window', () => {
  it('an answer of 10 shows the signs at once; changed to 5 they go, changed to 9 they come back', async () => {
    await seedPrompt(['pain']);
    render(<PromptApp />);
    fireEvent.click(await screen.findByRole('button', { name: '10 of 10' }));
    await waitFor(() => expect(notice(10)).toBeTruthy());
    expectBothTiers(notice(10)!);
    expect(announced()).toContain('Warning signs for pain at 10 are shown below the rating.');
    fireEvent.click(screen.getByRole('button', { name: '5 of 10' }));
    await screen.findByText(/^Saved: 5 at/);
    expect(notice(10)).toBeNull();
    expect(notice(5)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '9 of 10' }));
    await waitFor(() => expect(notice(9)).toBeTruthy());
    // Its own link to the page.
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    fireEvent.click(within(notice(9)!).getByRole('button', { name: 'When to seek help' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/help\.html$/) });
  });
});

describe('the rating after a stretch break', () => {
  it('10 there shows the signs too; Hide puts focus on the prompt’s title, not the page', async () => {
    const settings = { ...DEFAULT_SETTINGS, pain: { ...DEFAULT_SETTINGS.pain, afterBreak: true } };
    await fakeBrowser.storage.sync.set({ settings });
    await seedPrompt(['stretch']);
    render(<PromptApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    fireEvent.click(await screen.findByRole('button', { name: '10 of 10' }));
    await waitFor(() => expect(notice(10)).toBeTruthy());
    expectBothTiers(notice(10)!);
    const hide = within(notice(10)!).getByRole('button', { name: 'Hide warning signs' });
    hide.focus();
    fireEvent.click(hide);
    expect(notice(10)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});

describe('the summary notice and the help page', () => {
  it('the summary notice names interference from the weekly check and shows both tiers', () => {
    render(<SeekHelpNotice reasons={['interferesWithLife']} />);
    const region = screen.getByRole('region', { name: 'Consider talking to a clinician' });
    expect(within(region).getByText(/In your weekly check, pain got in the way/)).toBeTruthy();
    expectBothTiers(region);
  });

  it('the summary notice names long morning stiffness from the morning checks', () => {
    render(<SeekHelpNotice reasons={['longMorningStiffness']} />);
    const region = screen.getByRole('region', { name: 'Consider talking to a clinician' });
    expect(
      within(region).getByText(
        'Your morning checks say stiffness lasted 30 minutes or more on most mornings of the last two weeks.',
      ),
    ).toBeTruthy();
    expectBothTiers(region);
  });

  it('the help page lists both tiers and every rule Limber uses, and opens the summary', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    render(<HelpApp />);
    expect(screen.getByRole('heading', { level: 1, name: 'When to seek help' })).toBeTruthy();
    expectBothTiers(screen.getByRole('region', { name: 'Warning signs' }));
    const rules = within(screen.getByRole('region', { name: 'What Limber looks out for' })).getAllByRole('listitem');
    expect(rules.map((li) => li.textContent)).toEqual([
      'you rated your pain 9 or 10 in the week shown;',
      'your weekly average pain has risen over three or four weeks: the last two weeks average at least 2 points more than the first, and the last week is 4 or more;',
      'your weekly average pain has been 7 or more for the last three weeks;',
      'in the weekly check of the week shown, pain got in the way of your enjoyment of life or your general activity at 7 or more;',
      'your morning checks say stiffness lasted 30 minutes or more on at least 6 mornings, and on most of the mornings answered, in the week shown and the week before (only if you use the morning check).',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Weekly summary' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/summary\.html$/) });
  });
});
