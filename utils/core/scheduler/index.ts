/**
 * The scheduler core: a pure function of settings, stored state, an event and the clock.
 * It never touches the browser; the background applies the plan it returns.
 *
 * The work is split by concern: active time (active-time.ts), pain and PEG times (fixed-times.ts),
 * what is due (due.ts), answers and pauses (answers.ts) and opening prompts (prompts.ts), all
 * working on one step's context (context.ts).
 */
import { account, clampClockBack, comeBack, goIdle, observeIdle } from './active-time';
import { applyAnswer, expirePending, pauseFor, rate } from './answers';
import { LATE_WAKE_MS, makeContext } from './context';
import { dueKinds, mayPrompt, projectedDue, wake } from './due';
import { isUserEvent } from './events';
import { dropStalePain, rollPainDay } from './fixed-times';
import { askNow, openPrompt } from './prompts';
import { PROMPT_KINDS } from './state';
import type { Settings } from '../settings/settings';
import type { Clock, Plan } from './context';
import type { SchedulerEvent } from './events';
import type { PendingPrompt, PromptKind, SchedulerState } from './state';

export { INTERVAL_KINDS, initialState, isInterval, partId, PROMPT_KINDS, STATE_VERSION } from './state';
export type {
  IdleState,
  IntervalKind,
  PauseChoice,
  PendingPrompt,
  PromptKind,
  SchedulerState,
  SnoozeState,
} from './state';
export type { Answer, SchedulerEvent, UserEvent } from './events';
export { USER_EVENT_TYPES, isUserEvent } from './events';
export type { Clock, Plan } from './context';
export { LATE_WAKE_MS, PAIN_RELEVANCE_MS } from './context';

export function step(settings: Settings, prev: SchedulerState, event: SchedulerEvent, clock: Clock): Plan {
  const s: SchedulerState = structuredClone(prev);
  const ctx = makeContext(settings, s, clock);
  const { now } = clock;
  clampClockBack(ctx);

  // An alarm (or start) well past the wake-up we asked for: the machine slept or the browser was closed.
  if (s.wakeAt !== null && now > s.wakeAt + LATE_WAKE_MS && s.idleSince === null && event.type !== 'idle') {
    goIdle(ctx, Math.max(s.wakeAt, s.lastTick ?? s.wakeAt));
    if (event.type === 'alarm' || event.type === 'start') {
      if ((event.idle ?? 'active') === 'active') comeBack(ctx);
    }
  }

  if (event.type === 'idle') observeIdle(ctx, event.state);
  else if ((event.type === 'start' || event.type === 'alarm') && event.idle) observeIdle(ctx, event.idle);
  else {
    account(ctx, now);
    if (isUserEvent(event)) comeBack(ctx);
  }

  if (s.pause?.until != null && now >= s.pause.until) s.pause = null;
  rollPainDay(ctx);
  dropStalePain(ctx);

  switch (event.type) {
    case 'answer':
      applyAnswer(ctx, event.promptId, event.kind, event.answer);
      break;
    case 'rate':
      rate(ctx, event.id, event.score, event.source);
      break;
    case 'pause':
      pauseFor(ctx, event.choice);
      break;
    case 'resume':
      s.pause = null;
      break;
    case 'break-now':
      askNow(ctx, 'stretch');
      break;
    case 'rate-now':
      askNow(ctx, 'pain');
      break;
    default:
      break;
  }

  expirePending(ctx);
  if (mayPrompt(ctx)) {
    const kinds = dueKinds(ctx);
    if (kinds.length) openPrompt(ctx, kinds, false);
  }
  s.wakeAt = wake(ctx);
  return { state: s, wakeAt: s.wakeAt, show: ctx.show, records: ctx.records };
}

export interface Upcoming {
  /** Per kind: when it comes next (epoch ms), "now" when waiting in an open prompt, or null when off. */
  next: Record<PromptKind, number | 'now' | null>;
  pausedUntil: number | null | 'resume';
  pending: PendingPrompt | null;
  idle: boolean;
}

/** What the popup shows: the next time of each kind, without changing anything. */
export function upcoming(settings: Settings, state: SchedulerState, clock: Clock): Upcoming {
  const s: SchedulerState = structuredClone(state);
  const ctx = makeContext(settings, s, clock);
  clampClockBack(ctx);
  account(ctx, clock.now);
  if (s.pause?.until != null && clock.now >= s.pause.until) s.pause = null;
  rollPainDay(ctx);
  dropStalePain(ctx);
  const from = s.pause ? (s.pause.until ?? null) : clock.now;
  const next = {} as Record<PromptKind, number | 'now' | null>;
  for (const k of PROMPT_KINDS) {
    if (s.pending?.open.includes(k)) next[k] = 'now';
    else next[k] = from === null ? null : projectedDue(ctx, k, Math.max(from, clock.now));
  }
  return {
    next,
    pausedUntil: s.pause ? (s.pause.until ?? 'resume') : null,
    pending: s.pending,
    idle: s.idleSince !== null,
  };
}
