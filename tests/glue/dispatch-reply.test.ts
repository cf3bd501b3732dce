import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../utils/messaging';
import { readAll } from '../../utils/storage/records';
import { initialState } from '../../utils/core/scheduler/state';
import { STATE_KEY } from '../../utils/storage/state';
import type { PendingPrompt } from '../../utils/core/scheduler/state';
import type { UserEvent } from '../../utils/messaging';

// The messaging library answers through chrome.runtime callbacks, which the fake browser does not
// call: here a message goes straight to the handler the background registered.
const handlers = vi.hoisted(() => new Map<string, (m: { data: unknown }) => unknown>());
vi.mock('@webext-core/messaging', () => ({
  defineExtensionMessaging: () => ({
    onMessage: (type: string, handler: (m: { data: unknown }) => unknown) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
    sendMessage: async (type: string, data: unknown) => handlers.get(type)!({ data }),
  }),
}));

/** The real background, woken on the fake browser (which lacks idle, commands and extension views). */
async function startBackground(): Promise<void> {
  handlers.clear();
  Object.assign(fakeBrowser.extension, { getViews: () => [] });
  Object.assign(fakeBrowser, {
    idle: {
      setDetectionInterval: vi.fn(),
      queryState: vi.fn().mockResolvedValue('active'),
      onStateChanged: { addListener: vi.fn() },
    },
    commands: { ...fakeBrowser.commands, onCommand: { addListener: vi.fn() } },
  });
  const background = (await import('../../entrypoints/background')).default;
  background.main();
}

async function seedPain(id = 'p1'): Promise<void> {
  const now = Date.now();
  const pending: PendingPrompt = {
    id,
    kinds: ['pain'],
    open: ['pain'],
    shownAt: now,
    expiresAt: now + 600_000,
    manual: false,
    postureItem: 0,
    snoozesLeft: { pain: 2 },
  };
  await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...initialState(), pending } });
}

const rated = (score: number): UserEvent => ({
  type: 'answer',
  promptId: 'p1',
  kind: 'pain',
  answer: { action: 'rated', score },
});

// The background tells the page what is stored under its event's record id, so the page can say
// honestly whether its answer is the one kept.
describe("the background's reply to a page's answer or rating", () => {
  beforeEach(async () => {
    await seedPain();
    await startBackground();
  });

  it('names the record it stored', async () => {
    const reply = await sendMessage('dispatch', rated(3));
    expect(reply.stored).toMatchObject({ id: 'p1:pain', type: 'rating', score: 3 });
  });

  it("a second view's other answer gets the stored one back, and nothing is stored for it", async () => {
    await sendMessage('dispatch', rated(3));
    const reply = await sendMessage('dispatch', rated(7));
    expect(reply.stored).toMatchObject({ id: 'p1:pain', type: 'rating', score: 3 });
    expect((await readAll()).map((r) => r.type === 'rating' && r.score)).toEqual([3]);
  });

  it('a repeated answer (a retried message) gets the same record back', async () => {
    const first = await sendMessage('dispatch', rated(3));
    const again = await sendMessage('dispatch', rated(3));
    expect(first.stored).toMatchObject({ id: 'p1:pain', score: 3 });
    expect(again.stored).toEqual(first.stored);
    expect(await readAll()).toHaveLength(1);
  });

  it('an answer to a prompt no longer waiting: nothing is stored under its id', async () => {
    const reply = await sendMessage('dispatch', { ...rated(3), promptId: 'gone' } as UserEvent);
    expect(reply.stored).toBeNull();
    expect(await readAll()).toHaveLength(0);
  });

  it('a one-click rating sent twice under one id is stored once and named both times', async () => {
    const event: UserEvent = { type: 'rate', id: 'r-1', score: 4, source: 'manual' };
    const first = await sendMessage('dispatch', event);
    const again = await sendMessage('dispatch', event);
    expect(first.stored).toMatchObject({ id: 'r-1', score: 4, source: 'manual' });
    expect(again.stored).toEqual(first.stored);
    expect(await readAll()).toHaveLength(1);
  });

  it('other events store nothing of their own', async () => {
    const reply = await sendMessage('dispatch', { type: 'pause', choice: '1h' });
    expect(reply.stored ?? null).toBeNull();
  });
});
