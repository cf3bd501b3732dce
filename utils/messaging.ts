import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LimberRecord } from './core/data/records';
import type { UserEvent } from './core/scheduler/events';

/** Pages send only user events; alarms and idle changes reach the background directly. */
export type { UserEvent };

export interface DispatchResult {
  /** Records this event stored, e.g. the rating a one-click answer created (to amend it later). */
  records: { id: string; date: string; type: LimberRecord['type'] }[];
}

interface Protocol {
  dispatch(event: UserEvent): DispatchResult;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();

/**
 * Sends a user event to the background, trying again if the worker was stopped mid-way (the
 * message then fails). Safe to repeat: records carry ids fixed by the page or the prompt, so a
 * record written before the failure is not written twice.
 */
export async function dispatch(event: UserEvent, tries = 3): Promise<DispatchResult> {
  for (let i = 1; ; i++) {
    try {
      return await sendMessage('dispatch', event);
    } catch (err) {
      if (i >= tries) throw err;
      await new Promise((r) => setTimeout(r, 100 * i));
    }
  }
}
