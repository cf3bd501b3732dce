import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground } from './fake-background';
import { PopupApp } from '../../entrypoints/popup/app';
import { initialState } from '../../utils/core/scheduler/state';
import { STATE_KEY } from '../../utils/storage/state';
import type { FakeBackground } from './fake-background';
import type { SchedulerState } from '../../utils/core/scheduler/state';

// The popup talks to the fake background (the real engine) through the real dispatch.
const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

/** Wednesday 25 Nov 2026, 10:00 local: inside the default work hours (Mon–Fri 08:00–18:00). */
const WED = new Date(2026, 10, 25, 10, 0).getTime();
/** Friday 27 Nov 2026, 16:00 local. */
const FRI = new Date(2026, 10, 27, 16, 0).getTime();
const at = (day: number, h: number, m = 0): number => new Date(2026, 10, day, h, m).getTime();
const MIN = 60_000;

let background: FakeBackground;
beforeEach(() => {
  background = fakeBackground();
  bg.current = background as { send(e: unknown): Promise<unknown> };
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function clockAt(now: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
}

/** Stores the state, and makes the browser show what its `busy` says (the popup looks for itself). */
async function seed(patch: Partial<SchedulerState>, browserShows = patch.busy): Promise<void> {
  await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...initialState(), lastTick: Date.now(), ...patch } });
  if (browserShows?.fullscreen) await fakeBrowser.windows.create({ type: 'normal', state: 'fullscreen' });
  if (browserShows?.audible)
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q) =>
      q.audible ? [{ id: 7, index: 0, audible: true } as never] : [],
    );
}

/** The "Coming up" card, where the popup says what holds prompts. */
const nextUp = async (): Promise<HTMLElement> => screen.findByRole('region', { name: 'Coming up' });
/** The popup's hold and pause status, as one text. */
const holdStatus = async (): Promise<string> => (within(await nextUp()).getByRole('status').textContent ?? '').trim();

describe('popup: "I’m in a meeting"', () => {
  it.each([
    ['30 min', '30m', 30],
    ['60 min', '60m', 60],
    ['90 min', '90m', 90],
  ] as const)(
    '%s: sends the meeting event, says until when, and End meeting ends it',
    async (label, choice, minutes) => {
      clockAt(WED);
      render(<PopupApp />);
      fireEvent.click(await screen.findByRole('button', { name: `I’m in a meeting: ${label}` }));
      await waitFor(() => expect(background.events).toEqual([{ type: 'meeting', choice }]));
      const until = new Date(WED + minutes * MIN);
      const hhmm = `${String(until.getHours()).padStart(2, '0')}:${String(until.getMinutes()).padStart(2, '0')}`;
      await waitFor(async () => expect(await holdStatus()).toBe(`In a meeting until ${hhmm}.`));
      // While in a meeting the meeting choices are gone; pausing stays possible.
      expect(screen.queryByRole('button', { name: /^I’m in a meeting:/ })).toBeNull();
      expect(screen.getByRole('button', { name: 'Until I resume' })).toBeTruthy();

      const end = screen.getByRole('button', { name: 'End meeting' }) as HTMLButtonElement;
      await waitFor(() => expect(end.disabled).toBe(false));
      fireEvent.click(end);
      await waitFor(() => expect(background.events.at(-1)).toEqual({ type: 'meeting-end' }));
      await waitFor(async () => expect(await holdStatus()).toBe(''));
      expect(screen.queryByRole('button', { name: 'End meeting' })).toBeNull();
      expect(screen.getByRole('button', { name: 'I’m in a meeting: 30 min' })).toBeTruthy();
    },
  );

  it('"Until I end it": until the user ends it, at the latest at the end of the work period', async () => {
    clockAt(WED);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'I’m in a meeting: Until I end it' }));
    await waitFor(() => expect(background.events).toEqual([{ type: 'meeting', choice: 'open' }]));
    await waitFor(async () => expect(await holdStatus()).toBe('In a meeting until you end it (at the latest 18:00).'));
    expect(screen.getByRole('button', { name: 'End meeting' })).toBeTruthy();
  });
});

describe('popup: paused and holding, in words', () => {
  it('a timed pause: "Paused until 14:30." with Resume, which resumes', async () => {
    clockAt(WED);
    await seed({ pause: { since: WED, until: at(25, 14, 30) } });
    render(<PopupApp />);
    await waitFor(async () => expect(await holdStatus()).toBe('Paused until 14:30.'));
    // No meeting choices while paused; Resume is a real button.
    expect(screen.queryByRole('button', { name: /^I’m in a meeting:/ })).toBeNull();
    const resume = screen.getByRole('button', { name: 'Resume' }) as HTMLButtonElement;
    await waitFor(() => expect(resume.disabled).toBe(false));
    fireEvent.click(resume);
    await waitFor(() => expect(background.events).toEqual([{ type: 'resume' }]));
    await waitFor(async () => expect(await holdStatus()).toBe(''));
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('"until I resume" from the popup: says it ends at the latest tomorrow at the start of work', async () => {
    clockAt(WED);
    render(<PopupApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Until I resume' }));
    await waitFor(() => expect(background.events).toEqual([{ type: 'pause', choice: 'indefinite' }]));
    await waitFor(async () =>
      expect(await holdStatus()).toBe('Paused until you resume (at the latest tomorrow 08:00).'),
    );
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('"until I resume" on a Friday: at the latest Monday at the start of work', async () => {
    clockAt(FRI);
    await seed({ pause: { since: FRI, until: at(30, 8), resume: true } });
    render(<PopupApp />);
    await waitFor(async () => expect(await holdStatus()).toBe('Paused until you resume (at the latest Mon 08:00).'));
  });

  it('a fullscreen window with two prompts held: why, and what waits until it ends', async () => {
    clockAt(WED);
    await seed({
      busy: { fullscreen: true, audible: false },
      held: { since: WED - 5 * MIN, reasons: ['fullscreen'], kinds: ['posture', 'stretch'] },
    });
    render(<PopupApp />);
    await waitFor(async () =>
      expect(await holdStatus()).toBe(
        'Holding prompts while a window is fullscreen.' +
          '2 waiting: Posture check and Stretch break. They come together when this ends.',
      ),
    );
    // In the list, the held ones wait; nothing to end by hand.
    const list = within(await nextUp()).getByRole('list');
    expect(within(list).getByText('Posture check').nextSibling?.textContent).toBe('waiting');
    expect(within(list).getByText('Stretch break').nextSibling?.textContent).toBe('waiting');
    expect(screen.queryByRole('button', { name: 'End meeting' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
  });

  it('a tab playing sound, one prompt held', async () => {
    clockAt(WED);
    await seed({
      busy: { fullscreen: false, audible: true },
      held: { since: WED - MIN, reasons: ['audible'], kinds: ['posture'] },
    });
    render(<PopupApp />);
    await waitFor(async () =>
      expect(await holdStatus()).toBe(
        'Holding prompts while a tab plays sound.1 waiting: Posture check. It comes when this ends.',
      ),
    );
  });

  it('fullscreen and sound together, nothing held yet: both named, no waiting line', async () => {
    clockAt(WED);
    await seed({ busy: { fullscreen: true, audible: true } });
    render(<PopupApp />);
    await waitFor(async () =>
      expect(await holdStatus()).toBe('Holding prompts while a window is fullscreen and a tab plays sound.'),
    );
  });
});
