import { fireEvent, render, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, ratings, seedPrompt } from './fake-background';
import { PromptApp } from '../../entrypoints/prompt/app';
import { initialState } from '../../utils/core/scheduler/state';
import { STATE_KEY } from '../../utils/storage/state';
import type { FakeBackground } from './fake-background';
import type { UserEvent } from '../../utils/messaging';

// Pages talk to the fake background through the real dispatch (its retries and checks included).
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

/** One view of the waiting prompt (a prompt window, or prompt.html opened again). */
function view() {
  return within(render(<PromptApp />).container as HTMLElement);
}
const painStatus = (v: ReturnType<typeof view>): string | null | undefined =>
  v.getByRole('region', { name: 'Pain rating' }).querySelector('[role="status"]')?.textContent;

describe('two views of one waiting prompt', () => {
  it('rating 3 in one and 7 in the other at once: one is saved, the other is told it was not, and with what', async () => {
    await seedPrompt(['pain']);
    const a = view();
    const b = view();
    const three = await a.findByRole('button', { name: '3 of 10' });
    const seven = await b.findByRole('button', { name: '7 of 10' });
    // Both clicks land before either view hears of the other's answer.
    fireEvent.click(three);
    fireEvent.click(seven);
    await waitFor(() => expect(painStatus(a)).toMatch(/^Saved: 3 at .+\.$/));
    await waitFor(() =>
      expect(painStatus(b)).toBe('Already answered in another window: pain 3 of 10. Your rating of 7 was not saved.'),
    );
    expect((await ratings()).map((r) => r.score)).toEqual([3]);
    // Details go with the saved rating only: the other view offers none (they would join the 3).
    expect(a.getByRole('button', { name: 'Save details' })).toBeTruthy();
    expect(b.queryByRole('button', { name: 'Save details' })).toBeNull();
    expect(b.queryByLabelText('Note (optional)')).toBeNull();
    // The 7 is not shown as chosen anywhere.
    expect(b.queryByRole('button', { name: '7 of 10', pressed: true })).toBeNull();
  });

  it('a snooze in the other view, sent as the rating lands: it says the prompt was already rated', async () => {
    await seedPrompt(['pain']);
    const a = view();
    const b = view();
    const three = await a.findByRole('button', { name: '3 of 10' });
    const snooze = await b.findByRole('button', { name: /^Snooze/ });
    fireEvent.click(three);
    fireEvent.click(snooze);
    await waitFor(() => expect(painStatus(a)).toMatch(/^Saved: 3 at .+\.$/));
    await waitFor(() =>
      expect(painStatus(b)).toBe('Already answered in another window: pain 3 of 10. Your answer here was not saved.'),
    );
    expect(await fakeBrowser.storage.local.get(null)).not.toHaveProperty(['scheduler', 'snooze', 'pain']);
  });

  it('an answer to a prompt that was replaced meanwhile says it was not saved, and the window stays to say so', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await seedPrompt(['posture']);
    const a = view();
    const fixed = await a.findByRole('button', { name: 'Fixed it' });
    // The prompt leaves storage (expired, paused) just before the answer reaches the background.
    background.before = async () => {
      background.before = null;
      await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...initialState(), pending: null } });
    };
    fireEvent.click(fixed);
    const part = a.getByRole('region', { name: 'Posture check' });
    await waitFor(() =>
      expect(part.querySelector('[role="status"]')?.textContent).toBe(
        'Not saved: this prompt was no longer waiting (it expired, was answered elsewhere, or reminders were paused).',
      ),
    );
    expect(background.events).toEqual([
      { type: 'answer', promptId: 'p1', kind: 'posture', answer: { action: 'fixed' } } satisfies UserEvent,
    ]);
    await new Promise((r) => setTimeout(r, 1700));
    expect(close).not.toHaveBeenCalled();
  });
});
