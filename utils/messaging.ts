import { defineExtensionMessaging } from '@webext-core/messaging';
import { recordIdOf } from './core/scheduler/record-id';
import type { LimberRecord } from './core/data/records';
import type { UserEvent } from './core/scheduler/events';

/** Pages send only user events; alarms and idle changes reach the background directly. */
export type { UserEvent };

export interface DispatchResult {
  /**
   * For an answer or a one-click rating: the record now stored under its id, whether this event
   * wrote it or it was there already (another view's answer to the same part, or an earlier try
   * whose reply was lost); null when none is (the prompt was no longer waiting). Null for other events.
   */
  stored: LimberRecord | null;
}

interface Protocol {
  dispatch(event: UserEvent): DispatchResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();

/**
 * Sends a user event to the background, trying again if the worker was stopped mid-way (the
 * message then fails). Safe to repeat: records carry ids fixed by the page or the prompt, so a
 * record written before the failure is not written twice. When every try failed, the first may
 * still have stored its record (only its reply was lost): storage is asked, and a record found
 * there is this event's success, not an error.
 */
export async function dispatch(event: UserEvent, tries = 3): Promise<DispatchResult> {
  for (let i = 1; ; i++) {
    try {
      return await sendMessage('dispatch', event);
    } catch (err) {
      if (i >= tries) return storedAfterAll(event, err);
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}

async function storedAfterAll(event: UserEvent, err: unknown): Promise<DispatchResult> {
  const id = recordIdOf(event);
  if (id === null) throw err;
  // Loaded only now: a page's first script does not carry the record store.
  const { findRecent } = await import('./storage/find-record');
  const stored = await findRecent(id).catch(() => null);
  if (!stored) throw err;
  return { stored };
}
