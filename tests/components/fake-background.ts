/**
 * The background as pages meet it, for component tests: the real engine on the fake browser (no
 * windows, alarms or badge), replying with the record now stored under the event's record id; and
 * the faults of a worker stopped mid-way, injected message by message.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../entrypoints/background/engine';
import { storedFor } from '../../utils/storage/find-record';
import { readAll } from '../../utils/storage/records';
import { initialState } from '../../utils/core/scheduler/state';
import { STATE_KEY } from '../../utils/storage/state';
import type { LimberRecord } from '../../utils/core/data/records';
import type { PendingPrompt, PromptKind } from '../../utils/core/scheduler/state';
import type { UserEvent } from '../../utils/messaging';

/** What one message meets: the background answers; stores, then its reply is lost; or never arrives. */
export type Fault = 'ok' | 'store-then-fail' | 'fail';

export const LOST_REPLY = 'The message port closed before a response was received.';
export const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';

export interface FakeBackground {
  /** What the page's `sendMessage('dispatch', event)` reaches. */
  send(event: UserEvent): Promise<unknown>;
  /** Faults for the next messages, in order; messages after them are answered. */
  faults: Fault[];
  /** Every event that reached the engine. */
  events: UserEvent[];
  /** Runs before the engine takes the next event (e.g. the prompt is replaced meanwhile). */
  before: (() => Promise<void>) | null;
}

export function fakeBackground(): FakeBackground {
  const engine = createEngine({
    now: () => Date.now(),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    apply: async () => undefined,
  });
  const bg: FakeBackground = {
    faults: [],
    events: [],
    before: null,
    async send(event) {
      const fault = bg.faults.shift() ?? 'ok';
      if (fault === 'fail') throw new Error(NO_RECEIVER);
      if (bg.before) await bg.before();
      bg.events.push(event);
      await engine.dispatch(event);
      if (fault === 'store-then-fail') throw new Error(LOST_REPLY);
      // The background's own reply: the record now stored under the event's id.
      return { stored: await storedFor(event) };
    },
  };
  return bg;
}

export async function seedPrompt(kinds: PromptKind[], id = 'p1'): Promise<PendingPrompt> {
  const now = Date.now();
  const pending: PendingPrompt = {
    id,
    kinds,
    open: kinds,
    shownAt: now,
    expiresAt: now + 600_000,
    manual: false,
    postureItem: 4,
    snoozesLeft: Object.fromEntries(kinds.map((k) => [k, 2])),
  };
  await fakeBrowser.storage.local.set({ [STATE_KEY]: { ...initialState(), pending } });
  return pending;
}

export const ratings = async (): Promise<Extract<LimberRecord, { type: 'rating' }>[]> =>
  (await readAll()).filter((r): r is Extract<LimberRecord, { type: 'rating' }> => r.type === 'rating');
