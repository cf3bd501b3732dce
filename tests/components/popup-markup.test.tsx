import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, ratings } from './fake-background';
import { type QuickScale, startQuickScale as start } from '../../components/rating/quick-scale';
import { mount } from '../../entrypoints/popup/mount';

// The popup through the real dispatch to a fake background, as in undo-popup.test.tsx.
const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

/** popup.html's static markup, as the browser shows it before any script runs. */
const html = readFileSync(resolve(__dirname, '../../entrypoints/popup/index.html'), 'utf8');
const appMarkup = html.slice(html.indexOf('<div id="app">'), html.indexOf('<script'));

let root: HTMLElement;
// Each test's first script stops reading keys after it (its listener is on the document).
const started: QuickScale[] = [];
const startQuickScale = (r: HTMLElement): QuickScale => {
  const quick = start(r);
  started.push(quick);
  return quick;
};
beforeEach(() => {
  bg.current = fakeBackground() as { send(e: unknown): Promise<unknown> };
  // The first script uses the browser's own API (Chrome's `chrome`), not the polyfill.
  vi.stubGlobal('chrome', fakeBrowser);
  document.body.innerHTML = appMarkup;
  root = document.getElementById('app')!;
});
afterEach(() => {
  for (const quick of started.splice(0)) quick.handOver().keys.take();
  render(null, root);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const buttons = (): HTMLButtonElement[] => [...root.querySelectorAll<HTMLButtonElement>('.rating-btn')];

describe("the popup's first script and the static markup it starts from", () => {
  it('before it runs, nothing can be clicked; after, the scale and header work, named in words', () => {
    expect(buttons()).toHaveLength(11);
    expect(root.querySelectorAll('button:not([disabled])')).toHaveLength(0);
    startQuickScale(root);
    expect(root.querySelectorAll('button[disabled]')).toHaveLength(0);
    expect(screen.getByRole('group', { name: 'How much pain right now?' })).toBeTruthy();
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual(
      Array.from({ length: 11 }, (_, i) => `${i} of 10`),
    );
    expect(screen.getByRole('button', { name: 'Weekly summary' })).toBeTruthy();
  });

  it('a click stores the rating at once; Preact then takes over the same elements, keeping focus, and shows it saved', async () => {
    const quick = startQuickScale(root);
    const before = buttons();
    before[5]!.focus();
    fireEvent.click(before[7]!);
    await waitFor(async () => expect((await ratings()).map((r) => [r.score, r.source])).toEqual([[7, 'manual']]));
    await act(async () => mount(root, quick));
    expect(await screen.findByText(/^Saved: 7 at/)).toBeTruthy();
    // One scale, made of the very elements the first script started: focus did not move.
    expect(buttons()).toHaveLength(11);
    expect(buttons().every((b, i) => b === before[i])).toBe(true);
    expect(document.activeElement).toBe(before[5]);
    expect(screen.getByRole('button', { name: '7 of 10', pressed: true })).toBe(before[7]);
    expect((await ratings()).length).toBe(1);
  });

  it('says when a rating clicked on it is stored (the rest of the popup loads only then)', async () => {
    const quick = startQuickScale(root);
    let done = false;
    await quick.stored().then(() => {
      done = true;
    });
    expect(done).toBe(true);
    // A slow write: stored() waits for it.
    const write = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      await new Promise((r) => setTimeout(r, 80));
      return write(items);
    });
    fireEvent.click(buttons()[8]!);
    const stored = quick.stored().then(async () => (await ratings()).map((r) => r.score));
    await expect(stored).resolves.toEqual([8]);
  });

  it('a click right after Preact has rendered, before its effects have run, stores one rating, not two', async () => {
    const quick = startQuickScale(root);
    mount(root, quick);
    fireEvent.click(buttons()[6]!);
    expect(await screen.findByText(/^Saved: 6 at/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await ratings()).map((r) => r.score)).toEqual([6]);
  });

  it("after the hand-over only Preact's handlers act: a header button opens one tab, a score stores one rating", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const quick = startQuickScale(root);
    await act(async () => mount(root, quick));
    fireEvent.click(screen.getByRole('button', { name: 'Weekly summary' }));
    await waitFor(() => expect(close).toHaveBeenCalled());
    expect(create).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '3 of 10' }));
    expect(await screen.findByText(/^Saved: 3 at/)).toBeTruthy();
    expect((await ratings()).map((r) => r.score)).toEqual([3]);
  });

  const key = (k: string): void => {
    fireEvent.keyDown(document.activeElement ?? document.body, { key: k });
  };

  it('a digit key works before Preact: "4" stores 4, and a "1" waits, shown, for "0" or Enter', async () => {
    startQuickScale(root);
    key('4');
    await waitFor(async () => expect((await ratings()).map((r) => r.score)).toEqual([4]));
    key('1');
    expect(screen.getByText(/press 0 for 10, or Enter to save 1/)).toBeTruthy();
    expect(buttons()[1]!.hasAttribute('data-pending')).toBe(true);
    key('Escape');
    expect(buttons()[1]!.hasAttribute('data-pending')).toBe(false);
  });

  it('a "1" typed before Preact and "0" after it is one rating of 10, still shown as waiting in between', async () => {
    const quick = startQuickScale(root);
    key('1');
    await act(async () => mount(root, quick));
    expect(screen.getByText(/press 0 for 10, or Enter to save 1/)).toBeTruthy();
    expect(buttons()[1]!.hasAttribute('data-pending')).toBe(true);
    key('0');
    expect(await screen.findByText(/^Saved: 10 at/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await ratings()).map((r) => r.score)).toEqual([10]);
  });

  it('"1" before the hand-over and "0" between the render and its effects is 10, stored once, by Preact', async () => {
    const quick = startQuickScale(root);
    key('1');
    mount(root, quick);
    key('0');
    expect(await screen.findByText(/^Saved: 10 at/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await ratings()).map((r) => r.score)).toEqual([10]);
    key('1');
    key('Enter');
    expect(await screen.findByText(/^Saved: 1 at/)).toBeTruthy();
    expect((await ratings()).map((r) => r.score)).toEqual([10, 1]);
  });

  it('the same score again before Preact (a double click, a held key) is that rating; another score is another, and only it shows pressed', async () => {
    const quick = startQuickScale(root);
    fireEvent.click(buttons()[5]!);
    await quick.stored();
    fireEvent.click(buttons()[5]!);
    key('5');
    key('5');
    await quick.stored();
    expect((await ratings()).map((r) => r.score)).toEqual([5]);
    fireEvent.click(buttons()[7]!);
    await quick.stored();
    expect((await ratings()).map((r) => r.score)).toEqual([5, 7]);
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i === 7)),
    );
  });

  it('a score clicked before Preact and typed again between its render and effects is stored once', async () => {
    const quick = startQuickScale(root);
    fireEvent.click(buttons()[5]!);
    await quick.stored();
    mount(root, quick);
    key('5');
    expect(await screen.findByText(/^Saved: 5 at/)).toBeTruthy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await ratings()).map((r) => r.score)).toEqual([5]);
  });

  it('a store that fails before Preact shows nothing as given, and the same score can be given again', async () => {
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    const quick = startQuickScale(root);
    fireEvent.click(buttons()[4]!);
    await quick.stored();
    expect(set).toHaveBeenCalledTimes(1);
    expect(buttons()[4]!.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(buttons()[4]!);
    await quick.stored();
    expect((await ratings()).map((r) => r.score)).toEqual([4]);
    expect(buttons()[4]!.getAttribute('aria-pressed')).toBe('true');
  });
});
