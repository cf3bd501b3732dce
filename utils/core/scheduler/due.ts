/**
 * Projecting what is due: when each kind comes next, whether a prompt may be shown now, which
 * kinds go into it, and when the background should wake up next.
 */
import { upcomingWorkIntervals, workIntervalAt } from '../time/work-hours';
import { MIN_WAKE_MS, ms } from './context';
import { nextMorningAt, nextPainAt, nextPegAt } from './fixed-times';
import { PROMPT_KINDS } from './state';
import type { StepContext } from './context';
import type { PromptKind } from './state';

/** When each kind would next be due if the user stays at the desk from `from` on. */
export function projectedDue(ctx: StepContext, kind: PromptKind, from: number): number | null {
  const { s, settings } = ctx;
  const tz = ctx.clock.timeZone;
  const snoozed = s.snooze[kind]?.until;
  if (kind === 'pain') {
    if (!settings.pain.enabled) return null;
    if (snoozed != null) return nextWorkMoment(ctx, Math.max(snoozed, from));
    return nextPainAt(ctx, from);
  }
  if (kind === 'morning') {
    if (!settings.morning.enabled) return null;
    if (snoozed != null) return nextWorkMoment(ctx, Math.max(snoozed, from));
    return nextMorningAt(ctx, from);
  }
  if (kind === 'peg') {
    if (!settings.peg.enabled) return null;
    if (snoozed != null) return nextWorkMoment(ctx, Math.max(snoozed, from));
    return nextPegAt(ctx, from);
  }
  if (!settings[kind].enabled) return null;
  if (snoozed != null) return nextWorkMoment(ctx, Math.max(snoozed, from));
  const every = ms(settings[kind].everySec);
  for (const w of upcomingWorkIntervals(settings.work, from, tz)) {
    const start = Math.max(from, w.start);
    const need = w.start === s.workStart ? Math.max(0, every - s.active[kind]) : every;
    // Work periods end exclusively: a prompt due at the very end would never be shown.
    if (start + need < w.end) return start + need;
  }
  return null;
}

export function nextWorkMoment(ctx: StepContext, at: number): number | null {
  const w = upcomingWorkIntervals(ctx.settings.work, at, ctx.clock.timeZone)[0];
  return w ? Math.max(at, w.start) : null;
}

/** Whether the schedule may put a prompt in front of the user right now. */
export function mayPrompt(ctx: StepContext): boolean {
  const { s, now, settings } = ctx;
  if (s.pending || s.idleSince !== null || s.pause) return false;
  if (s.lastPromptAt !== null && now < s.lastPromptAt + ms(settings.prompt.mergeSec)) return false;
  return workIntervalAt(settings.work, now, ctx.clock.timeZone) !== undefined;
}

/** Kinds due now, together with those due within the merge window. */
export function dueKinds(ctx: StepContext): PromptKind[] {
  const { now, settings } = ctx;
  const horizon = now + ms(settings.prompt.mergeSec);
  const due = PROMPT_KINDS.map((k) => [k, projectedDue(ctx, k, now)] as const).filter(
    (e): e is readonly [PromptKind, number] => e[1] !== null && e[1] <= horizon,
  );
  return due.some(([, at]) => at <= now) ? due.map(([k]) => k) : [];
}

export function dueKindsIgnoringGates(ctx: StepContext): PromptKind[] {
  const horizon = ctx.now + ms(ctx.settings.prompt.mergeSec);
  return PROMPT_KINDS.filter((k) => {
    const at = projectedDue(ctx, k, ctx.now);
    return at !== null && at <= horizon;
  });
}

export function wake(ctx: StepContext): number | null {
  const { s, now, settings } = ctx;
  let at: number | null;
  if (s.pending) at = s.pending.expiresAt;
  else if (s.idleSince !== null)
    at = null; // the idle "active" event brings us back
  else if (s.pause && s.pause.until === null) at = null;
  else {
    const from = s.pause?.until != null ? Math.max(now, s.pause.until) : now;
    const dues = PROMPT_KINDS.map((k) => projectedDue(ctx, k, from)).filter((x): x is number => x !== null);
    at = dues.length ? Math.min(...dues) : null;
    if (at !== null && s.lastPromptAt !== null) at = Math.max(at, s.lastPromptAt + ms(settings.prompt.mergeSec));
  }
  return at === null ? null : Math.max(at, now + MIN_WAKE_MS);
}
