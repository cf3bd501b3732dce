/**
 * The scheduler core: a pure function of settings, stored state, an event and the clock.
 * It never touches the browser; the background applies the plan it returns.
 *
 * The work is split by concern: active time (active-time.ts), pain and PEG times (fixed-times.ts),
 * what is due (due.ts), answers and pauses (answers.ts) and opening prompts (prompts.ts), all
 * working on one step's context (context.ts).
 */
import { account, clampClockBack, comeBack, goIdle, observeIdle } from './active-time';
import { applyAnswer, covered, expirePending, pauseFor, rate } from './answers';
import { LATE_WAKE_MS, makeContext, MIN_WAKE_MS } from './context';
import { dueKinds, mayPrompt, projectedDue, wake } from './due';
import { isUserEvent } from './events';
import { dropStalePain, rollPainDay, skipBeforeFirstStep } from './fixed-times';
import {
  closeHoldAtWorkEnd,
  endHold,
  endMeeting,
  heldAt,
  holdReasons,
  holdWake,
  nextWorkDayStart,
  noteHeld,
  observeBusy,
  startMeeting,
} from './hold';
import { askNow, openPrompt } from './prompts';
import { PROMPT_KINDS } from './state';
import type { Settings } from '../settings/settings';
import type { Clock, Plan, StepContext } from './context';
import type { SchedulerEvent } from './events';
import type { HoldReason, PendingPrompt, PromptKind, SchedulerState } from './state';

export { HOLD_REASONS, INTERVAL_KINDS, initialState, isInterval, partId, PROMPT_KINDS, STATE_VERSION } from './state';
export { HOLD_RECHECK_MS } from './hold';
export type {
  Busy,
  HoldReason,
  IdleState,
  IntervalKind,
  MeetingChoice,
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
  const firstStep = prev.lastTick === null;
  clampClockBack(ctx);
  // What held a waiting prompt when it ran out, as known before this event's news.
  const heldAtExpiry = s.pending ? heldAt(ctx, s.pending.expiresAt) : [];
  observeBusy(ctx, 'busy' in event ? event.busy : undefined);

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
    // A rating stored by a page is a person at the desk too.
    if (isUserEvent(event) || event.type === 'rated') comeBack(ctx);
  }

  endPause(ctx);
  rollPainDay(ctx);
  if (firstStep) skipBeforeFirstStep(ctx);
  dropStalePain(ctx);

  switch (event.type) {
    case 'answer':
      applyAnswer(ctx, event.promptId, event.kind, event.answer);
      break;
    case 'rate':
      rate(ctx, event.id, event.score, event.source);
      break;
    case 'rated':
      covered(ctx, event.at);
      break;
    case 'pause':
      pauseFor(ctx, event.choice);
      break;
    case 'resume':
      s.pause = null;
      break;
    case 'meeting':
      startMeeting(ctx, event.choice);
      break;
    case 'meeting-end':
      endMeeting(ctx);
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

  const holding = holdReasons(ctx);
  closeHoldAtWorkEnd(ctx);
  const expiryHeld = holding.length ? holding : heldAtExpiry.length ? heldAtExpiry : (s.held?.reasons ?? []);
  if (expiryHeld.length && s.pending && now >= s.pending.expiresAt) {
    // Shown before the hold and unanswered through it: held, not missed; it comes again after.
    noteHeld(ctx, expiryHeld, s.pending.open);
    s.pending = null;
  }
  expirePending(ctx);
  if (mayPrompt(ctx)) {
    const kinds = dueKinds(ctx);
    if (holding.length) {
      if (kinds.length) noteHeld(ctx, holding, kinds);
    } else if (kinds.length) openPrompt(ctx, kinds, false);
  }
  if (!holding.length && s.held) endHold(ctx, now, ctx.show?.kinds ?? []);
  // Held: look again soon (or at the meeting's end), never every second for what is due and held.
  s.wakeAt = s.held && holding.length ? heldWake(ctx, holding) : wake(ctx);
  return { state: s, wakeAt: s.wakeAt, show: ctx.show, records: ctx.records, holding };
}

/** Held: the hold's own look-again, or a waiting prompt's expiry if sooner (it is then held too). */
function heldWake(ctx: StepContext, holding: HoldReason[]): number | null {
  const at = holdWake(ctx, holding);
  const expiry = ctx.s.pending?.expiresAt ?? null;
  if (expiry === null) return at;
  return Math.max(ctx.now + MIN_WAKE_MS, at === null ? expiry : Math.min(at, expiry));
}

/** A pause past its end is over; one "until I resume" from before it had an end gets one. */
function endPause(ctx: StepContext): void {
  const { s, now } = ctx;
  if (s.pause && s.pause.until === null) s.pause = { ...s.pause, until: nextWorkDayStart(ctx), resume: true };
  if (s.pause?.until != null && now >= s.pause.until) s.pause = null;
}

export interface Upcoming {
  /** Per kind: when it comes next (epoch ms), "now" when waiting in an open prompt, or null when off. */
  next: Record<PromptKind, number | 'now' | null>;
  /** A pause's end (for "until I resume": the latest end), or null when not paused. */
  pausedUntil: number | null;
  /** The pause was chosen "until I resume". */
  pauseResume: boolean;
  /** The meeting hold, if on: its end (for "until I end it": the latest end). */
  meeting: { until: number; open: boolean } | null;
  /** What holds prompts now, and which kinds wait for the hold to end. */
  holding: HoldReason[];
  held: PromptKind[];
  pending: PendingPrompt | null;
  idle: boolean;
}

/** What the popup shows: the next time of each kind, without changing anything. */
export function upcoming(settings: Settings, state: SchedulerState, clock: Clock): Upcoming {
  const s: SchedulerState = structuredClone(state);
  const ctx = makeContext(settings, s, clock);
  clampClockBack(ctx);
  account(ctx, clock.now);
  observeBusy(ctx, undefined);
  endPause(ctx);
  rollPainDay(ctx);
  if (state.lastTick === null) skipBeforeFirstStep(ctx);
  dropStalePain(ctx);
  const from = s.pause ? (s.pause.until ?? null) : clock.now;
  const next = {} as Record<PromptKind, number | 'now' | null>;
  for (const k of PROMPT_KINDS) {
    if (s.pending?.open.includes(k)) next[k] = 'now';
    else next[k] = from === null ? null : projectedDue(ctx, k, Math.max(from, clock.now));
  }
  return {
    next,
    pausedUntil: s.pause?.until ?? null,
    pauseResume: s.pause?.resume === true,
    meeting: s.meeting ? { until: s.meeting.until, open: s.meeting.open } : null,
    holding: holdReasons(ctx),
    held: s.held?.kinds ?? [],
    pending: s.pending,
    idle: s.idleSince !== null,
  };
}
