import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, ratings, seedPrompt } from './fake-background';
import { PopupApp } from '../../entrypoints/popup/app';
import { PromptApp } from '../../entrypoints/prompt/app';
import { WelcomeApp } from '../../entrypoints/welcome/app';
import { DEFAULT_SETTINGS } from '../../utils/core/settings/settings';
import type { FakeBackground } from './fake-background';

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

/** The first message stores its record, then its reply is lost; both retries find no receiver. */
const LOST_THEN_DOWN = ['store-then-fail', 'fail', 'fail'] as const;
const SLOW = { timeout: 4000 };

/** Makes the page's own read of the day buckets fail (the check after the retries), while on. */
function breakRecordReads(): { on: boolean } {
  const broken = { on: true };
  const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
  vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(((keys: unknown) => {
    if (broken.on && Array.isArray(keys) && keys.some((k) => String(k).startsWith('rec:')))
      return Promise.reject(new Error('read failed'));
    return get(keys as string[]);
  }) as typeof fakeBrowser.storage.local.get);
  return broken;
}

/** The text of every alert on screen ('' when none says anything). */
const alerts = (): string =>
  screen
    .queryAllByRole('alert')
    .map((a) => a.textContent)
    .join('');
const rateIds = (): string[] => background.events.flatMap((e) => (e.type === 'rate' ? [e.id] : []));

describe("the popup's one-click rating, stored by the popup itself", () => {
  it('needs no message: a background that does not answer changes nothing, and the same score again stores nothing more', async () => {
    render(<PopupApp />);
    const three = await screen.findByRole('button', { name: '3 of 10' });
    background.faults.push('fail', 'fail', 'fail');
    fireEvent.click(three);
    expect(await screen.findByText(/^Saved: 3 at/, {}, SLOW)).toBeTruthy();
    expect(alerts()).toBe('');
    await waitFor(() => expect(three.hasAttribute('aria-disabled')).toBe(false));
    fireEvent.click(three);
    await new Promise((r) => setTimeout(r, 100));
    expect((await ratings()).map((r) => r.score)).toEqual([3]);
    expect(rateIds()).toEqual([]);
  });

  it('storage refusing the write: a plain error, nothing stored; the same score again once it accepts', async () => {
    render(<PopupApp />);
    const three = await screen.findByRole('button', { name: '3 of 10' });
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('Resource::kQuotaBytes quota exceeded'));
    fireEvent.click(three);
    expect((await screen.findByRole('alert', {}, SLOW)).textContent).toMatch(/storage/i);
    expect(alerts()).not.toContain('kQuotaBytes');
    expect(await ratings()).toEqual([]);
    set.mockRestore();
    await waitFor(() => expect(three.hasAttribute('aria-disabled')).toBe(false));
    fireEvent.click(three);
    expect(await screen.findByText(/^Saved: 3 at/, {}, SLOW)).toBeTruthy();
    expect(alerts()).toBe('');
    expect((await ratings()).map((r) => r.score)).toEqual([3]);
  });
});

describe('the same fault elsewhere', () => {
  it('the rating after a stretch break is shown as saved, with its details offered', async () => {
    const settings = { ...DEFAULT_SETTINGS, pain: { ...DEFAULT_SETTINGS.pain, afterBreak: true } };
    await fakeBrowser.storage.sync.set({ settings });
    await seedPrompt(['stretch']);
    render(<PromptApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    const four = await screen.findByRole('button', { name: '4 of 10' });
    background.faults.push(...LOST_THEN_DOWN);
    fireEvent.click(four);
    expect(await screen.findByRole('button', { name: 'Save details' }, SLOW)).toBeTruthy();
    expect(alerts()).toBe('');
    expect((await ratings()).map((r) => [r.score, r.source])).toEqual([[4, 'after-break']]);
  });

  it("the welcome page's baseline rating is shown as saved (through the shared dispatch)", async () => {
    render(<WelcomeApp />);
    const three = await screen.findByRole('button', { name: '3 of 10' });
    background.faults.push(...LOST_THEN_DOWN);
    fireEvent.click(three);
    expect(await screen.findByText(/^Saved: 3 at/, {}, SLOW)).toBeTruthy();
    expect(alerts()).toBe('');
    expect((await ratings()).map((r) => r.score)).toEqual([3]);
  });

  it('the welcome page: storage unreadable too, then the same score again under the same id', async () => {
    render(<WelcomeApp />);
    const three = await screen.findByRole('button', { name: '3 of 10' });
    const reads = breakRecordReads();
    background.faults.push(...LOST_THEN_DOWN);
    fireEvent.click(three);
    await screen.findByRole('alert', {}, SLOW);
    reads.on = false;
    fireEvent.click(three);
    expect(await screen.findByText(/^Saved: 3 at/, {}, SLOW)).toBeTruthy();
    expect(new Set(rateIds()).size).toBe(1);
    expect((await ratings()).map((r) => r.score)).toEqual([3]);
  });
});
