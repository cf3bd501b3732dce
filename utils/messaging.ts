import { defineExtensionMessaging } from '@webext-core/messaging';
import type { LimberRecord } from './records';
import type { SchedulerEvent } from './scheduler';

/** Events pages may send; alarms and idle changes reach the background directly. */
export type UserEvent = Extract<SchedulerEvent, { type: 'answer' | 'rate' | 'pause' | 'resume' | 'break-now' | 'rate-now' }>;

export interface DispatchResult {
  /** Records this event stored, e.g. the rating a one-click answer created (to amend it later). */
  records: { id: string; date: string; type: LimberRecord['type'] }[];
}

interface Protocol {
  dispatch(event: UserEvent): DispatchResult;
  openPrompt(): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<Protocol>();
