import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBackground, ratings, seedPrompt } from './fake-background';
import { PromptApp } from '../../entrypoints/prompt/app';
import { deleteEntry } from '../../utils/storage/entries';
import { addRecords } from '../../utils/storage/records';
import { makeRating } from '../../utils/core/data/records';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FakeBackground } from './fake-background';

// The prompt window talks to the fake background through the real dispatch.
const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

let background: FakeBackground;
beforeEach(() => {
  background = fakeBackground();
  bg.current = background as { send(e: unknown): Promise<unknown> };
});
afterEach(() => vi.restoreAllMocks());

/** The prompt window with a pain prompt waiting, and its pain part. */
async function painPrompt(kinds: ('pain' | 'posture')[] = ['pain']) {
  await seedPrompt(kinds);
  render(<PromptApp />);
  await screen.findByRole('button', { name: '6 of 10' });
  const part = kinds.length > 1 ? screen.getByRole('region', { name: 'Pain rating' }) : screen.getByRole('main');
  return {
    part: within(part),
    status: () => part.querySelector('[role="status"]')?.textContent,
    score: (name: string) => within(part).getByRole('button', { name }) as HTMLButtonElement,
  };
}
const stored = async (): Promise<[string, number][]> => (await ratings()).map((r) => [r.id, r.score]);

describe('the prompt after its pain part is answered', () => {
  it('keeps the scale live with the score saved; another score changes that rating, and details go to it', async () => {
    const p = await painPrompt(['pain', 'posture']);
    fireEvent.click(p.score('6 of 10'));
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 6 at .+\.$/));
    expect(p.score('6 of 10').disabled).toBe(false);
    expect(p.score('6 of 10').getAttribute('aria-pressed')).toBe('true');
    expect(p.part.getByText('Pick another score to change it.')).toBeTruthy();
    fireEvent.click(p.score('4 of 10'));
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 4 at/));
    expect(await stored()).toEqual([['p1:pain', 4]]);
    expect(p.score('4 of 10').getAttribute('aria-pressed')).toBe('true');
    expect(p.score('6 of 10').getAttribute('aria-pressed')).toBe('false');
    // The details form works for the rating as stored now.
    fireEvent.click(screen.getByRole('button', { name: 'Neck' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    expect(await screen.findByText('Details saved.')).toBeTruthy();
    expect((await ratings()).map((r) => [r.score, r.regions])).toEqual([[4, ['neck']]]);
    // The posture part is untouched by all this.
    expect(screen.getByRole('button', { name: 'Fixed it' })).toBeTruthy();
    expect(background.events).toHaveLength(1);
  });

  it('Undo takes it back; the scale is live with no choice, and a score gives it again under the same id', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const p = await painPrompt();
    fireEvent.click(p.score('6 of 10'));
    fireEvent.click(await p.part.findByRole('button', { name: 'Undo rating 6' }));
    await waitFor(() => expect(p.status()).toBe('Rating taken back. Nothing was saved.'));
    expect(await ratings()).toEqual([]);
    expect(p.part.queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(p.score('5 of 10').disabled).toBe(false);
    // No details for a rating that is not there.
    expect(screen.queryByRole('button', { name: 'Save details' })).toBeNull();
    // The window does not close by itself while the rating is taken back and not given again.
    await new Promise((r) => setTimeout(r, 1700));
    expect(close).not.toHaveBeenCalled();

    fireEvent.click(p.score('5 of 10'));
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 5 at/));
    const again = await ratings();
    expect(again.map((r) => [r.id, r.score, r.source])).toEqual([['p1:pain', 5, 'prompt']]);
    expect(again[0]!.added).toBeUndefined();
    expect(p.score('5 of 10').getAttribute('aria-pressed')).toBe('true');
    // Given again, it has its own Undo and its details form.
    expect(p.part.getByRole('button', { name: 'Undo rating 5' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save details' })).toBeTruthy();
    // Only the first answer went through the scheduler; the rest went to storage.
    expect(background.events.map((e) => e.type)).toEqual(['answer']);
  });

  it('digit keys give a taken-back rating again, and do nothing to a saved one', async () => {
    const p = await painPrompt();
    // The scale listens for keys once it has settled on screen.
    await new Promise((r) => setTimeout(r, 50));
    fireEvent.keyDown(document.body, { key: '6' });
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 6 at/));
    await new Promise((r) => setTimeout(r, 50));
    fireEvent.keyDown(document.body, { key: '3' });
    await new Promise((r) => setTimeout(r, 100));
    expect(await stored()).toEqual([['p1:pain', 6]]);
    fireEvent.click(p.part.getByRole('button', { name: 'Undo rating 6' }));
    await waitFor(() => expect(p.status()).toBe('Rating taken back. Nothing was saved.'));
    await new Promise((r) => setTimeout(r, 50));
    fireEvent.keyDown(document.body, { key: '3' });
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 3 at/));
    expect(await stored()).toEqual([['p1:pain', 3]]);
  });

  it('a rating deleted elsewhere meanwhile: another score says so, and a score after that is a new rating', async () => {
    const p = await painPrompt();
    fireEvent.click(p.score('6 of 10'));
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 6 at/));
    const [first] = await ratings();
    await deleteEntry(first!.date, first!.id, Date.now());
    fireEvent.click(p.score('4 of 10'));
    await waitFor(() =>
      expect(p.status()).toBe('This rating was deleted elsewhere, so it could not be changed. Nothing of it is saved.'),
    );
    expect(await ratings()).toEqual([]);
    fireEvent.click(p.score('4 of 10'));
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 4 at/));
    expect((await ratings()).map((r) => r.score)).toEqual([4]);
  });
});

describe('digit keys go to one scale', () => {
  it('pain taken back and the after-break question both on screen: one key press is one rating', async () => {
    const settings = { ...DEFAULT_SETTINGS, pain: { ...DEFAULT_SETTINGS.pain, afterBreak: true } };
    await fakeBrowser.storage.sync.set({ settings });
    await seedPrompt(['pain', 'stretch']);
    render(<PromptApp />);
    const pain = within(await screen.findByRole('region', { name: 'Pain rating' }));
    fireEvent.click(await pain.findByRole('button', { name: '6 of 10' }));
    fireEvent.click(await pain.findByRole('button', { name: 'Undo rating 6' }));
    await pain.findByText('Rating taken back. Nothing was saved.');
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.getAllByRole('group', { name: 'How much pain right now?' })).toHaveLength(2));
    fireEvent.keyDown(document.body, { key: '5' });
    await waitFor(async () => expect((await ratings()).length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 200));
    expect((await ratings()).map((r) => [r.id, r.score])).toEqual([['p1:pain', 5]]);
  });
});

describe('flare mode follows the rating as it is now', () => {
  it('8 after an 8 suggests flare mode; changed to 2, the suggestion goes', async () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    await addRecords([makeRating({ id: 'e', at: Date.now() - 3600_000, source: 'manual', score: 8 }, zone)]);
    const p = await painPrompt(['pain', 'posture']);
    fireEvent.click(p.score('8 of 10'));
    expect(await screen.findByRole('button', { name: 'Flare mode for today' })).toBeTruthy();
    fireEvent.click(p.score('2 of 10'));
    await waitFor(() => expect(p.status()).toMatch(/^Saved: 2 at/));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Flare mode for today' })).toBeNull());
  });
});
