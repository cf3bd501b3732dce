import { act, fireEvent, render as tlRender, screen, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, ratings, seedPrompt } from './fake-background';
import { type QuickPrompt, startQuickPrompt as start } from '../../components/prompt/quick-prompt';
import { mount, promptStart } from '../../entrypoints/prompt/mount';
import { PromptApp } from '../../entrypoints/prompt/app';
import type { FakeBackground } from './fake-background';

// The page through the real dispatch to a fake background, as in undo-prompt.test.tsx.
const bg = vi.hoisted(() => ({ current: null as { send(e: unknown): Promise<unknown> } | null }));
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    sendMessage: (_type: string, event: unknown) => bg.current!.send(event),
    onMessage: () => () => undefined,
  }),
}));

let background: FakeBackground;
let root: HTMLElement;
// Each test's first script stops reading keys after it (its listener is on the document).
const started: QuickPrompt[] = [];
const startQuickPrompt = async (r: HTMLElement): Promise<QuickPrompt> => {
  const quick = await start(r);
  started.push(quick);
  return quick;
};
beforeEach(() => {
  background = fakeBackground();
  bg.current = background as { send(e: unknown): Promise<unknown> };
  // The first script uses the browser's own API (Chrome's `chrome`), not the polyfill.
  vi.stubGlobal('chrome', fakeBrowser);
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app')!;
});
afterEach(() => {
  for (const quick of started.splice(0)) quick.handOver().keys?.take();
  render(null, root);
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const buttons = (): HTMLButtonElement[] => [...root.querySelectorAll<HTMLButtonElement>('.rating-btn')];
const key = (k: string): void => void fireEvent.keyDown(document.body, { key: k });
const scores = async (): Promise<[number, string][]> => (await ratings()).map((r) => [r.score, r.source]);

/** What Preact alone renders for the waiting prompt: its title and parts, without the footer. */
async function preactAlone(): Promise<string[]> {
  const { container, unmount } = tlRender(<PromptApp />);
  await screen.findByRole('button', { name: '6 of 10' });
  const main = container.querySelector('main')!;
  const html = [...main.children].slice(0, 2).map((e) => e.outerHTML);
  unmount();
  return html;
}

/** Holds the background's next reply: `reached` once the answer has come in, `release` lets it reply. */
function holdNextReply(): { reached: Promise<void>; release(): void } {
  let go = (): void => undefined;
  const reached = new Promise<void>((r) => {
    background.before = () => {
      r();
      return new Promise<void>((resolve) => (go = resolve));
    };
  });
  return { reached, release: () => go() };
}

describe("the prompt window's first script", () => {
  it.each([
    [['pain'] as const, 'Pain rating'],
    [['pain', 'posture'] as const, 'Limber check-in'],
  ])(
    'draws %j as Preact renders it first, focused on the scale; Preact adopts those very elements',
    async (kinds, title) => {
      await seedPrompt([...kinds]);
      const expected = await preactAlone();
      const quick = await startQuickPrompt(root);
      expect(quick.drawn).toBe('p1');
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
      expect(screen.getByRole('group', { name: 'How much pain right now?' })).toBe(document.activeElement);
      const main = root.querySelector('main')!;
      expect([...main.children].map((e) => e.outerHTML)).toEqual(expected);
      const before = buttons();
      before[3]!.focus();
      await act(() => mount(root, quick));
      expect(await screen.findByRole('button', { name: 'Skip' })).toBeTruthy();
      expect(buttons().every((b, i) => b === before[i])).toBe(true);
      expect(document.activeElement).toBe(before[3]);
      expect([...root.querySelector('main')!.children].slice(0, 2).map((e) => e.outerHTML)).toEqual(expected);
    },
  );

  it('a click before Preact is the prompt’s answer, sent through the background; Preact then shows it saved', async () => {
    await seedPrompt(['pain']);
    const quick = await startQuickPrompt(root);
    fireEvent.click(buttons()[7]!);
    fireEvent.click(buttons()[8]!);
    await quick.answered();
    expect(await scores()).toEqual([[7, 'prompt']]);
    await act(() => mount(root, quick));
    expect(await screen.findByText(/^Saved: 7 at/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '7 of 10', pressed: true })).toBeTruthy();
    expect(background.events).toHaveLength(1);
  });

  it('an answer still on its way at the hand-over is followed by Preact, not sent again; a key typed meanwhile is not a second answer', async () => {
    await seedPrompt(['pain']);
    const { reached, release } = holdNextReply();
    const quick = await startQuickPrompt(root);
    key('5');
    await reached;
    await act(() => mount(root, quick));
    key('3');
    expect(screen.getByRole('button', { name: '3 of 10' }).getAttribute('aria-disabled')).toBe('true');
    await act(async () => release());
    expect(await screen.findByText(/^Saved: 5 at/)).toBeTruthy();
    expect(await scores()).toEqual([[5, 'prompt']]);
    expect(background.events).toHaveLength(1);
  });

  it("a score typed between Preact's first render and its effects is not a second answer", async () => {
    await seedPrompt(['pain']);
    const { reached, release } = holdNextReply();
    const quick = await startQuickPrompt(root);
    key('5');
    await reached;
    // Read while the answer is on its way: the prompt still waits, its pain part open.
    // preact's own render, without act(): the scale listens (a layout effect), the page's effects wait.
    render(<PromptApp start={await promptStart(quick)} />, root);
    // Busy from the first render while the answer is on its way: the scale shows it takes none.
    expect(buttons()[3]!.getAttribute('aria-disabled')).toBe('true');
    key('3');
    release();
    expect(await screen.findByText(/^Saved: 5 at/)).toBeTruthy();
    expect(await scores()).toEqual([[5, 'prompt']]);
    expect(background.events).toHaveLength(1);
  });

  it('an answer whose reply came before the hand-over is shown saved with no busy moment: its buttons are never disabled', async () => {
    await seedPrompt(['pain', 'posture']);
    const quick = await startQuickPrompt(root);
    fireEvent.click(buttons()[4]!);
    await quick.answered();
    // Every change of a button's (aria-)disabled attribute, set or removed, whatever it is by the time this runs.
    const disabled: string[] = [];
    const watch = new MutationObserver((ms) => {
      for (const m of ms) disabled.push((m.target as Element).className);
    });
    watch.observe(root, { subtree: true, attributeFilter: ['disabled', 'aria-disabled'] });
    await act(() => mount(root, quick));
    expect(await screen.findByText(/^Saved: 4 at/)).toBeTruthy();
    watch.disconnect();
    expect(disabled.filter((c) => c.includes('rating-btn'))).toEqual([]);
    expect(screen.getByRole('button', { name: '4 of 10', pressed: true })).toBeTruthy();
  });

  it("with its reply come, a score typed between Preact's first render and its effects is not a second answer", async () => {
    await seedPrompt(['pain']);
    const quick = await startQuickPrompt(root);
    fireEvent.click(buttons()[4]!);
    await quick.answered();
    render(<PromptApp start={await promptStart(quick)} />, root);
    key('3');
    fireEvent.click(buttons()[6]!);
    expect(await screen.findByText(/^Saved: 4 at/)).toBeTruthy();
    expect(await scores()).toEqual([[4, 'prompt']]);
    expect(background.events).toHaveLength(1);
  });

  it("a reply that comes between Preact's first render and its effects ends the busy state: the prompt's other answers work", async () => {
    await seedPrompt(['pain', 'posture']);
    const { reached, release } = holdNextReply();
    const quick = await startQuickPrompt(root);
    fireEvent.click(buttons()[4]!);
    await reached;
    // The first render while the answer is on its way: busy from the start.
    render(<PromptApp start={await promptStart(quick)} />, root);
    expect((screen.getByRole('button', { name: 'Fixed it' }) as HTMLButtonElement).disabled).toBe(true);
    // The reply comes before the page's effects run (they wait for a frame; a busy machine makes it long).
    release();
    await quick.answered();
    expect(await screen.findByText(/^Saved: 4 at/)).toBeTruthy();
    // Its answer followed: nothing is on its way, and the posture check takes its answer (it stayed disabled for good).
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Fixed it' }) as HTMLButtonElement).disabled).toBe(false),
    );
    expect(background.events).toHaveLength(1);
  });

  it('a click shows the score given at once and ends key reading there: a "1" waiting is dropped with its hint', async () => {
    await seedPrompt(['pain']);
    const quick = await startQuickPrompt(root);
    key('1');
    expect(buttons()[1]!.hasAttribute('data-pending')).toBe(true);
    fireEvent.click(buttons()[7]!);
    expect(buttons().map((b) => b.getAttribute('aria-pressed'))).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i === 7)),
    );
    expect(buttons()[1]!.hasAttribute('data-pending')).toBe(false);
    expect(screen.queryByText(/press 0 for 10/)).toBeNull();
    key('0');
    await quick.answered();
    await act(() => mount(root, quick));
    expect(await screen.findByText(/^Saved: 7 at/)).toBeTruthy();
    expect(screen.queryByText(/press 0 for 10/)).toBeNull();
    expect(await scores()).toEqual([[7, 'prompt']]);
  });

  it('an answer to a prompt replaced before the hand-over is not shown on the new one', async () => {
    await seedPrompt(['pain'], 'p1');
    const quick = await startQuickPrompt(root);
    fireEvent.click(buttons()[4]!);
    await quick.answered();
    await seedPrompt(['pain'], 'p2');
    await act(() => mount(root, quick));
    await screen.findByRole('button', { name: 'Skip' });
    expect(screen.queryByText(/^Saved: 4 at/)).toBeNull();
    // No details form for p1's rating under p2's question.
    expect(screen.queryByRole('button', { name: 'Save details' })).toBeNull();
    expect(screen.queryAllByRole('button', { pressed: true })).toEqual([]);
    expect(screen.getByRole('button', { name: '6 of 10' }).hasAttribute('aria-disabled')).toBe(false);
    expect(await scores()).toEqual([[4, 'prompt']]);
  });

  it('an answer still on its way when another prompt has replaced it: the new prompt takes answers at once', async () => {
    await seedPrompt(['pain'], 'p1');
    const { reached, release } = holdNextReply();
    const quick = await startQuickPrompt(root);
    fireEvent.click(buttons()[4]!);
    await reached;
    await seedPrompt(['pain', 'posture'], 'p2');
    await act(() => mount(root, quick));
    await screen.findByRole('button', { name: 'Fixed it' });
    // Never busy for p1's answer, which this page does not follow: p2's answers work at once.
    expect((screen.getByRole('button', { name: 'Fixed it' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByRole('button', { name: '6 of 10' }).hasAttribute('aria-disabled')).toBe(false);
    await act(async () => release());
  });

  it('"1" before the hand-over and "0" after is one answer of 10', async () => {
    await seedPrompt(['pain']);
    const quick = await startQuickPrompt(root);
    key('1');
    expect(buttons()[1]!.hasAttribute('data-pending')).toBe(true);
    expect(screen.getByText(/press 0 for 10, or Enter to save 1/)).toBeTruthy();
    await act(() => mount(root, quick));
    key('0');
    expect(await screen.findByText(/^Saved: 10 at/)).toBeTruthy();
    expect(await scores()).toEqual([[10, 'prompt']]);
  });

  it('draws nothing for a prompt without an open pain part, or none; the page then shows it as before', async () => {
    await seedPrompt(['posture']);
    const quick = await startQuickPrompt(root);
    expect(quick.drawn).toBeNull();
    expect(root.children).toHaveLength(0);
    await act(() => mount(root, quick));
    expect(await screen.findByRole('button', { name: 'Fixed it' })).toBeTruthy();

    render(null, root);
    await fakeBrowser.storage.local.clear();
    const none = await startQuickPrompt(root);
    expect(none.drawn).toBeNull();
    await act(() => mount(root, none));
    expect(await screen.findByText('Nothing to answer right now.')).toBeTruthy();
  });

  it('a prompt kept in storage.session while storage.local is full is the one drawn', async () => {
    const pending = await seedPrompt(['pain'], 'p-session');
    const { scheduler } = await fakeBrowser.storage.local.get('scheduler');
    await fakeBrowser.storage.session.set({ schedulerFallback: scheduler });
    await fakeBrowser.storage.local.set({ scheduler: { ...(scheduler as object), pending: null } });
    const quick = await startQuickPrompt(root);
    expect(quick.drawn).toBe(pending.id);
  });
});

describe('the prompt named in the window’s address (the background opens it so)', () => {
  const at = (search: string): void => window.history.replaceState(null, '', `/prompt.html${search}`);
  afterEach(() => at(''));
  /** Holds storage reads until `release` (the read the address lets the scale skip). */
  function holdReads(): () => void {
    let go = (): void => undefined;
    const gate = new Promise<void>((r) => (go = r));
    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session]) {
      const get = area.get.bind(area);
      vi.spyOn(area, 'get').mockImplementation(((k: never) => gate.then(() => get(k))) as never);
    }
    return go;
  }

  it('draws the scale before storage is read, then confirms it: a click answers it', async () => {
    await seedPrompt(['pain', 'posture']);
    at('?p=p1&k=pain,posture');
    const release = holdReads();
    const starting = startQuickPrompt(root);
    expect(buttons()).toHaveLength(11);
    expect(document.activeElement?.getAttribute('role')).toBe('group');
    release();
    const quick = await starting;
    expect([quick.drawn, root.querySelector('h1')?.textContent]).toEqual(['p1', 'Limber check-in']);
    buttons()[3]!.click();
    await quick.answered();
    expect(await scores()).toEqual([[3, 'prompt']]);
  });

  it('an address gone stale: the prompt that waits is the one answered, or nothing is drawn', async () => {
    await seedPrompt(['pain'], 'p2');
    at('?p=p1&k=pain,posture');
    const quick = await startQuickPrompt(root);
    expect([quick.drawn, root.querySelector('h1')?.textContent]).toEqual(['p2', 'Pain rating']);
    buttons()[6]!.click();
    await quick.answered();
    expect(await scores()).toEqual([[6, 'prompt']]);

    render(null, root);
    await fakeBrowser.storage.local.clear();
    const none = await startQuickPrompt(root);
    expect([none.drawn, root.children.length]).toEqual([null, 0]);
  });
});
