/**
 * Active-time accounting: how much work time has passed at the desk since each interval prompt,
 * and what an absence (idle, locked, asleep) does to it.
 */
import { makeBreak } from '../data/records';
import { workIntervalAt, workIntervals } from '../time/work-hours';
import { DAY_MS } from '../time/local-time';
import { ms } from './context';
import { soundPlaying } from './hold';
import { INTERVAL_KINDS, PROMPT_KINDS } from './state';
import type { StepContext } from './context';
import type { IdleState } from './state';

/** A clock set back leaves times in the future that would otherwise block the schedule for hours. */
export function clampClockBack(ctx: StepContext): void {
  const { s, now, settings } = ctx;
  if (s.lastTick !== null && s.lastTick > now) s.lastTick = now;
  if (s.idleSince !== null && s.idleSince > now) s.idleSince = now;
  if (s.lastPromptAt !== null && s.lastPromptAt > now) s.lastPromptAt = now;
  if (s.pending && s.pending.expiresAt > now + ms(settings.prompt.expireSec)) {
    s.pending.expiresAt = now + ms(settings.prompt.expireSec);
  }
  for (const k of PROMPT_KINDS) {
    const z = s.snooze[k];
    if (z?.until != null && z.until > now + ms(settings.snooze.sec)) z.until = now + ms(settings.snooze.sec);
  }
  if (s.wakeAt !== null && s.wakeAt > now + 8 * DAY_MS) s.wakeAt = null;
}

/** Counts active work time from the last tick up to `to`. */
export function account(ctx: StepContext, to: number): void {
  const { s, settings } = ctx;
  let from = s.lastTick;
  s.lastTick = Math.max(to, from ?? to);
  if (from === null || to <= from || s.idleSince !== null) return;
  // Longer than a week away: only the last week can matter.
  from = Math.max(from, to - 8 * DAY_MS);
  for (const w of workIntervals(settings.work, from, to, ctx.clock.timeZone)) {
    if (s.workStart !== w.start) newWorkPeriod(ctx, w.start);
    const a = Math.max(from, w.start);
    const b = Math.min(to, w.end);
    let span = b - a;
    if (s.pause) {
      const pa = Math.max(a, s.pause.since);
      const pb = Math.min(b, s.pause.until ?? Infinity);
      if (pb > pa) span -= pb - pa;
    }
    if (span > 0) for (const k of INTERVAL_KINDS) s.active[k] += span;
  }
}

export function newWorkPeriod(ctx: StepContext, start: number): void {
  const { s } = ctx;
  s.workStart = start;
  s.active = { posture: 0, stretch: 0, eyes: 0, breathing: 0, water: 0 };
  s.snooze = {};
}

export function goIdle(ctx: StepContext, since: number): void {
  account(ctx, since);
  ctx.s.idleSince = since;
  account(ctx, ctx.now);
}

/** The user is back: a long enough absence counts as a break taken. */
export function comeBack(ctx: StepContext): void {
  const { s, settings, now } = ctx;
  const since = s.idleSince;
  if (since === null) return;
  s.idleSince = null;
  s.lastTick = now;
  // "Pauses the timers": the time away simply did not count.
  if (settings.idle.mode === 'pause' || now - since < ms(settings.idle.naturalBreakSec)) return;
  const w = workIntervalAt(settings.work, since, ctx.clock.timeZone);
  // Only an absence inside one work period is a break; leaving for the evening is not.
  if (w && now <= w.end && !s.pause) {
    ctx.records.push(
      makeBreak(
        {
          id: `natural-${since}`,
          at: since,
          kind: 'natural',
          outcome: 'done',
          seconds: Math.round((now - since) / 1000),
        },
        ctx.clock.timeZone,
      ),
    );
  }
  for (const k of INTERVAL_KINDS) {
    s.active[k] = 0;
    delete s.snooze[k];
  }
}

export function observeIdle(ctx: StepContext, state: IdleState): void {
  const { s, now, settings } = ctx;
  // "Ignored": reading or a video call at the desk; the timers keep running.
  if (settings.idle.mode === 'ignore') {
    account(ctx, now);
    return;
  }
  // While a tab plays sound, no input is not an absence (watching a call is not resting), but
  // input after an absence that began before the sound is a return (docs/clinical-basis.md, "Holds").
  if (state !== 'active' && soundPlaying(ctx)) {
    account(ctx, now);
    return;
  }
  if (state === 'active') {
    account(ctx, now);
    comeBack(ctx);
  } else if (s.idleSince === null) {
    // Chrome reports "idle" only after the detection interval has passed without input.
    const back = state === 'idle' ? ms(settings.idle.detectionSec) : 0;
    goIdle(ctx, Math.max(s.lastTick ?? now, now - back));
  } else {
    account(ctx, now);
  }
}
