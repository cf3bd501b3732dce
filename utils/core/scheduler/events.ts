/** What the scheduler reacts to, and the answers a prompt's parts take. */
import type { MorningAnswers } from '../data/morning';
import type { Busy, IdleState, MeetingChoice, PauseChoice, PromptKind } from './state';

export type Answer =
  | { action: 'rated'; score: number }
  | { action: 'fixed' }
  | { action: 'good' }
  /**
   * A break done. Stretch break: `seconds` the guide ran, `guided` how far (absent: not started;
   * docs/clinical-basis.md, "Stretch break").
   */
  | { action: 'done'; seconds?: number; guided?: 'partial' | 'completed' }
  | { action: 'peg'; pain: number; enjoyment: number; activity: number }
  /** The morning check's answers: any of them may be left out, not all (core/data/morning). */
  | ({ action: 'morning' } & MorningAnswers)
  | { action: 'snooze' }
  | { action: 'skip'; reason?: string };

export type SchedulerEvent =
  /**
   * Background start, install or browser start; `idle` and `busy` are the states queried at that
   * moment (absent `busy`: as last seen).
   */
  | { type: 'start'; idle?: IdleState; busy?: Busy }
  | { type: 'alarm'; idle?: IdleState; busy?: Busy }
  | { type: 'idle'; state: IdleState; busy?: Busy }
  /** A window entered or left fullscreen, or a tab started or stopped playing sound. */
  | { type: 'busy'; busy: Busy }
  | { type: 'answer'; promptId: string; kind: PromptKind; answer: Answer }
  | { type: 'rate'; id: string; score: number; source: 'manual' | 'after-break' }
  /**
   * A one-click rating a page stored itself at `at` (seen by the background as a storage change):
   * what it answers is settled here; its record is already stored.
   */
  | { type: 'rated'; at: number }
  | { type: 'pause'; choice: PauseChoice }
  | { type: 'resume' }
  | { type: 'meeting'; choice: MeetingChoice }
  | { type: 'meeting-end' }
  | { type: 'break-now' }
  /** A pain rating asked for by the user (keyboard shortcut): a manual pain prompt. */
  | { type: 'rate-now' };

/** Events a person causes (sent by pages); the rest come from the browser (alarms, idle, start). */
export const USER_EVENT_TYPES = [
  'answer',
  'rate',
  'pause',
  'resume',
  'meeting',
  'meeting-end',
  'break-now',
  'rate-now',
] as const;

export type UserEvent = Extract<SchedulerEvent, { type: (typeof USER_EVENT_TYPES)[number] }>;

export function isUserEvent(event: SchedulerEvent): event is UserEvent {
  return (USER_EVENT_TYPES as readonly string[]).includes(event.type);
}
