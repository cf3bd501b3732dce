import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, ratings, seedPrompt } from './fake-background';
import { PopupApp } from '../../entrypoints/popup/app';
import { changeRating } from '../../utils/storage/entries';
import { addRecords } from '../../utils/storage/records';
import { makeRating } from '../../utils/core/data/records';
import type { FakeBackground } from './fake-background';

// The popup talks to the fake background through the real dispatch (its retries and checks included).
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
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const QUESTION = 'How much pain right now?';
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
/** The status line under the popup's own scale. */
const status = (): string | null | undefined =>
  screen.getByRole('region', { name: QUESTION }).querySelector('[role="status"]')?.textContent;
const pressed = (): string[] => screen.queryAllByRole('button', { pressed: true }).map((b) => b.textContent ?? '');

/** Moves the fake clock on, letting the page render what that changes. */
const advance = (ms: number): Promise<void> =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });

async function rateIn(score: string): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: score }));
}

describe('Undo and change right after a one-click rating (popup)', () => {
  it('rate 8, Undo: nothing is stored under its id, the status says so, and the scale shows no choice', async () => {
    render(<PopupApp />);
    await rateIn('8 of 10');
    await waitFor(() => expect(status()).toMatch(/^Saved: 8 at .+\.$/));
    // In the popup another score is another rating, so no hint says it changes this one.
    expect(screen.queryByText('Pick another score to change it.')).toBeNull();
    const [id] = (await ratings()).map((r) => r.id);
    fireEvent.click(screen.getByRole('button', { name: 'Undo rating 8' }));
    await waitFor(() => expect(status()).toBe('Rating taken back. Nothing was saved.'));
    expect((await ratings()).filter((r) => r.id === id)).toEqual([]);
    expect(pressed()).toEqual([]);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    // Focus went back to the scale, not lost with the Undo button.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '8 of 10' }));
    // The next click is a new rating.
    await rateIn('2 of 10');
    await waitFor(() => expect(status()).toMatch(/^Saved: 2 at/));
    expect((await ratings()).map((r) => r.score)).toEqual([2]);
  });

  it('rate 8 then 3: two ratings (another score is another rating); Undo takes back the last only', async () => {
    render(<PopupApp />);
    await rateIn('8 of 10');
    await waitFor(() => expect(status()).toMatch(/^Saved: 8 at/));
    // The same score again is that rating: nothing more is stored. The popup stores its rating
    // itself, never through a message.
    await rateIn('8 of 10');
    await new Promise((r) => setTimeout(r, 100));
    expect((await ratings()).map((r) => r.score)).toEqual([8]);
    expect(background.events.filter((e) => e.type === 'rate')).toHaveLength(0);
    await rateIn('3 of 10');
    await waitFor(() => expect(status()).toMatch(/^Saved: 3 at/));
    expect((await ratings()).map((r) => r.score).sort()).toEqual([3, 8]);
    expect(pressed()).toEqual(['3']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo rating 3' }));
    await waitFor(() => expect(status()).toBe('Rating taken back. Nothing was saved.'));
    expect((await ratings()).map((r) => r.score)).toEqual([8]);
  });

  it('Undo stays past 10 s while it has keyboard focus, and goes when focus leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<PopupApp />);
    await rateIn('8 of 10');
    const undo = await screen.findByRole('button', { name: 'Undo rating 8' });
    // Right after the scale in tab order.
    const order = [...document.querySelectorAll<HTMLElement>('button')];
    expect(order.indexOf(undo)).toBe(order.indexOf(screen.getByRole('button', { name: '10 of 10' })) + 1);
    act(() => undo.focus());
    await advance(11_000);
    expect(screen.getByRole('button', { name: 'Undo rating 8' })).toBe(undo);
    act(() => screen.getByRole('button', { name: '8 of 10' }).focus());
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull());
    // The saved line stays.
    expect(status()).toMatch(/^Saved: 8 at/);
  });

  it('Undo stays past 10 s while the pointer is over it, and goes when it leaves', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<PopupApp />);
    await rateIn('8 of 10');
    const undo = await screen.findByRole('button', { name: 'Undo rating 8' });
    fireEvent.mouseEnter(undo);
    await advance(11_000);
    expect(screen.getByRole('button', { name: 'Undo rating 8' })).toBe(undo);
    fireEvent.mouseLeave(undo);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull());
  });

  it('Undo goes after about 10 s when nothing holds it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(<PopupApp />);
    await rateIn('8 of 10');
    await screen.findByRole('button', { name: 'Undo rating 8' });
    await advance(9000);
    expect(screen.getByRole('button', { name: 'Undo rating 8' })).toBeTruthy();
    await advance(1500);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
  });
});

describe('one rating scale in the popup, never two', () => {
  it('with a pain prompt waiting, the prompt is the only scale; digit keys answer it once', async () => {
    await seedPrompt(['pain', 'posture']);
    render(<PopupApp />);
    const waiting = await screen.findByRole('region', { name: 'A check-in is waiting for you.' });
    await within(waiting).findByRole('group', { name: QUESTION });
    await waitFor(() => expect(screen.getAllByRole('group', { name: QUESTION })).toHaveLength(1));
    expect(screen.getAllByRole('button', { name: '6 of 10' })).toHaveLength(1);
    fireEvent.keyDown(document.body, { key: '6' });
    const pain = within(waiting).getByRole('region', { name: 'Pain rating' });
    await waitFor(() => expect(pain.querySelector('[role="status"]')?.textContent).toMatch(/^Saved: 6 at/));
    expect(background.events.map((e) => e.type)).toEqual(['answer']);
    // Answered, the prompt's scale stays (to change or undo): still the only one.
    expect(screen.getAllByRole('group', { name: QUESTION })).toHaveLength(1);
    fireEvent.click(within(pain).getByRole('button', { name: '4 of 10' }));
    await waitFor(() => expect(pain.querySelector('[role="status"]')?.textContent).toMatch(/^Saved: 4 at/));
    expect((await ratings()).map((r) => [r.id, r.score])).toEqual([['p1:pain', 4]]);
  });

  it('the pain-only prompt answered in the popup stays, with its Undo, instead of the popup scale', async () => {
    await seedPrompt(['pain']);
    render(<PopupApp />);
    const waiting = await screen.findByRole('region', { name: 'A check-in is waiting for you.' });
    fireEvent.click(await within(waiting).findByRole('button', { name: '6 of 10' }));
    fireEvent.click(await within(waiting).findByRole('button', { name: 'Undo rating 6' }));
    await within(waiting).findByText('Rating taken back. Nothing was saved.');
    expect(await ratings()).toEqual([]);
    expect(screen.getAllByRole('group', { name: QUESTION })).toHaveLength(1);
  });

  it('with a posture-only prompt waiting, the popup keeps its own scale', async () => {
    await seedPrompt(['posture']);
    render(<PopupApp />);
    const waiting = await screen.findByRole('region', { name: 'A check-in is waiting for you.' });
    await within(waiting).findByRole('button', { name: 'Fixed it' });
    const own = screen.getByRole('region', { name: QUESTION });
    expect(screen.getAllByRole('group', { name: QUESTION })).toEqual([within(own).getByRole('group')]);
    await rateIn('5 of 10');
    await waitFor(() => expect(status()).toMatch(/^Saved: 5 at/));
  });
});

describe("today's last rating in the popup", () => {
  it('is shown under the scale, follows changes made elsewhere, and Edit opens it in the diary', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const now = Date.now();
    const early = makeRating({ id: 'r-early', at: now - 60_000 * 30, source: 'manual', score: 3 }, zone);
    const earlier = makeRating({ id: 'r-earlier', at: now - 60_000 * 60, source: 'manual', score: 9 }, zone);
    await addRecords([early, earlier]);
    render(<PopupApp />);
    expect(await screen.findByText(/^Today's last rating: 3 at /)).toBeTruthy();
    // Changed in the diary (another page): the line follows at once.
    await changeRating(early.date, early.id, { score: 5 }, Date.now());
    expect(await screen.findByText(/^Today's last rating: 5 at /)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^Edit rating 5 at .+ in the diary$/ }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL(`/diary.html?date=${early.date}&edit=r-early`),
    });
  });

  it('shows nothing when today has no rating, then the one just given (and none after its Undo)', async () => {
    render(<PopupApp />);
    await screen.findByRole('button', { name: '7 of 10' });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/^Today's last rating/)).toBeNull();
    await rateIn('7 of 10');
    expect(await screen.findByText(/^Today's last rating: 7 at /)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo rating 7' }));
    await waitFor(() => expect(screen.queryByText(/^Today's last rating/)).toBeNull());
  });

  it('a burst of ratings written elsewhere costs a read or two, not one each, and ends on the latest', async () => {
    render(<PopupApp />);
    await screen.findByRole('button', { name: '7 of 10' });
    await new Promise((r) => setTimeout(r, 50));
    // A day read takes a moment, as in a real browser; writes (addRecords) read single keys.
    const read = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    let dayReads = 0;
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(async (keys) => {
      if (!Array.isArray(keys)) return read(keys);
      dayReads++;
      await new Promise((r) => setTimeout(r, 20));
      return read(keys);
    });
    const now = Date.now();
    for (let i = 0; i < 30; i++)
      await addRecords([
        makeRating({ id: `b${i}`, at: now - 60_000 * (40 - i), source: 'manual', score: i % 11 }, zone),
      ]);
    expect(await screen.findByText(/^Today's last rating: 7 at /)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 100));
    expect(await screen.findByText(/^Today's last rating: 7 at /)).toBeTruthy();
    expect(dayReads).toBeLessThanOrEqual(3);
  });

  it('the Diary button in the header opens the diary', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Diary' }));
    await waitFor(() => expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/diary.html') }));
  });
});
