/**
 * Holds (docs/clinical-basis.md, "Holds"): while a browser window is fullscreen, a tab plays sound
 * or the user said "I'm in a meeting", no prompt is brought to the user. The clocks keep counting
 * (time in a meeting is not a break); what falls due waits and comes as one prompt when the hold
 * ends, if it is still relevant then (the usual rules: a new work period starts the interval clocks
 * afresh, a pain time is relevant for PAIN_RELEVANCE_MS, the weekly check until answered).
 */
import { makeHold } from '../data/records';
import { addDays, atWallTime, DAY_MS, wallTime } from '../time/local-time';
import { upcomingWorkIntervals, workIntervalAt } from '../time/work-hours';
import { PROMPT_KINDS } from './state';
import type { StepContext } from './context';
import type { Busy, HoldReason, MeetingChoice, PromptKind } from './state';

/**
 * While a fullscreen window or a sounding tab holds something due, the background looks again this
 * often (the alarm that would have shown the prompt): no event says a tab fell silent, and Firefox
 * has no window bounds event. A design choice; 30 s is the shortest alarm a packed extension gets.
 */
export const HOLD_RECHECK_MS = 30_000;
/**
 * Where the browser reports fullscreen ending by an event (Chrome), a fullscreen hold is looked at
 * again only this often, in case an event was missed: a design choice.
 */
export const HOLD_SAFETY_MS = 5 * 60_000;

const MEETING_MS: Record<Exclude<MeetingChoice, 'open'>, number> = {
  '30m': 30 * 60_000,
  '60m': 60 * 60_000,
  '90m': 90 * 60_000,
};

/** What holds prompts right now, in a fixed order; empty when nothing does. */
export function holdReasons(ctx: StepContext): HoldReason[] {
  const { s, settings, now } = ctx;
  const reasons: HoldReason[] = [];
  if (settings.hold.fullscreen && s.busy.fullscreen) reasons.push('fullscreen');
  if (settings.hold.audible && (s.busy.audible || quietMoment(ctx))) reasons.push('audible');
  if (s.meeting && now < s.meeting.until) reasons.push('meeting');
  return reasons;
}

/**
 * The browser marks a tab audible only while sound plays (and for a couple of seconds after), so a
 * pause in a call reads as silence: after sound stops, look once more (HOLD_RECHECK_MS) before
 * showing anything.
 */
function quietMoment(ctx: StepContext): boolean {
  const since = ctx.s.busy.quietSince;
  return since !== undefined && ctx.now < since + HOLD_RECHECK_MS;
}

/**
 * What held at `at` as last seen, before this step's news: the browser's state as last reported,
 * and the meeting if it ran at that moment. For a prompt that expired before the event that ends
 * its hold arrived (a wake-up missed while the machine slept).
 */
export function heldAt(ctx: StepContext, at: number): HoldReason[] {
  const { s, settings } = ctx;
  const reasons: HoldReason[] = [];
  if (settings.hold.fullscreen && s.busy.fullscreen) reasons.push('fullscreen');
  if (settings.hold.audible && s.busy.audible) reasons.push('audible');
  if (s.meeting && s.meeting.since <= at && at < s.meeting.until) reasons.push('meeting');
  return reasons;
}

/** Whether sound is playing and counts: idle time then is not a break (watching a call is not resting). */
export const soundPlaying = (ctx: StepContext): boolean => ctx.settings.hold.audible && ctx.s.busy.audible;

export function observeBusy(ctx: StepContext, busy: Busy | undefined): void {
  if (busy) {
    const prev = ctx.s.busy;
    const quietSince = busy.audible ? undefined : prev.audible ? ctx.now : prev.quietSince;
    ctx.s.busy = { fullscreen: busy.fullscreen, audible: busy.audible };
    if (busy.fullscreenEvents) ctx.s.busy.fullscreenEvents = true;
    if (quietSince !== undefined && ctx.now < quietSince + HOLD_RECHECK_MS) ctx.s.busy.quietSince = quietSince;
  }
  if (ctx.s.meeting && ctx.now >= ctx.s.meeting.until) ctx.s.meeting = null;
}

/**
 * The start of the next work day's first work period after `now` ("at the latest tomorrow at the
 * start of work"); with no work hours at all, a day from now.
 */
export function nextWorkDayStart(ctx: StepContext): number {
  const tz = ctx.clock.timeZone;
  const today = wallTime(ctx.now, tz).date;
  const from = atWallTime(addDays(today, 1), 0, tz);
  const next = upcomingWorkIntervals(ctx.settings.work, from, tz, 9).find((w) => w.start >= from);
  return next ? next.start : ctx.now + DAY_MS;
}

/**
 * "I'm in a meeting": for 30, 60 or 90 minutes, or until the user ends it, at the latest at the end
 * of the current work period (or, outside work hours, the start of the next one), so a forgotten
 * hold never lasts into another day.
 */
export function startMeeting(ctx: StepContext, choice: MeetingChoice): void {
  const { now, settings } = ctx;
  const tz = ctx.clock.timeZone;
  const w = workIntervalAt(settings.work, now, tz) ?? upcomingWorkIntervals(settings.work, now, tz)[0];
  const latest = w ? Math.max(w.end, now + 60_000) : now + DAY_MS;
  const until = choice === 'open' ? latest : now + MEETING_MS[choice];
  ctx.s.meeting = { since: ctx.s.meeting?.since ?? now, until, open: choice === 'open' };
}

export function endMeeting(ctx: StepContext): void {
  ctx.s.meeting = null;
}

/** Something fell due under a hold: remember it (the first time with when and why). */
export function noteHeld(ctx: StepContext, reasons: HoldReason[], kinds: PromptKind[]): void {
  const { s, now } = ctx;
  const held = s.held ?? { since: now, reasons: [], kinds: [] };
  held.reasons = [...new Set([...held.reasons, ...reasons])];
  held.kinds = PROMPT_KINDS.filter((k) => held.kinds.includes(k) || kinds.includes(k));
  s.held = held;
}

/**
 * The hold is over (at `end`): records it, with what came in the prompt at its end (`shown`), and
 * forgets it. A hold that outlasts its work period ends with that period.
 */
export function endHold(ctx: StepContext, end: number, shown: PromptKind[]): void {
  const { s } = ctx;
  const held = s.held;
  if (!held) return;
  ctx.records.push(
    makeHold(
      {
        id: `hold-${held.since}`,
        at: held.since,
        ms: Math.max(0, end - held.since),
        reasons: held.reasons,
        // Whatever the prompt at its end holds fell due during it (no step runs while a meeting holds).
        kinds: PROMPT_KINDS.filter((k) => held.kinds.includes(k) || shown.includes(k)),
        shown: PROMPT_KINDS.filter((k) => shown.includes(k)),
      },
      ctx.clock.timeZone,
    ),
  );
  s.held = null;
}

/** When a work period ended under a hold, the hold's record ends with it: nothing after is owed. */
export function closeHoldAtWorkEnd(ctx: StepContext): void {
  const { s, now, settings } = ctx;
  if (!s.held) return;
  const w = workIntervalAt(settings.work, s.held.since, ctx.clock.timeZone);
  if (!w || now >= w.end) endHold(ctx, Math.min(now, w?.end ?? now), []);
}

/**
 * The wake-up a hold needs: a look again soon while sound holds, or fullscreen in a browser that
 * does not report its end; a rare safety look where it does; the meeting's end.
 */
export function holdWake(ctx: StepContext, reasons: HoldReason[]): number | null {
  const { s, now } = ctx;
  const at: number[] = [];
  const fullscreenUnseen = reasons.includes('fullscreen') && !s.busy.fullscreenEvents;
  if (reasons.includes('audible') || fullscreenUnseen) at.push(now + HOLD_RECHECK_MS);
  else if (reasons.includes('fullscreen')) at.push(now + HOLD_SAFETY_MS);
  if (s.meeting) at.push(s.meeting.until);
  return at.length ? Math.min(...at) : null;
}
