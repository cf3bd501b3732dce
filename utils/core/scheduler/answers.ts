/**
 * What the user says to a prompt, and what follows from it: answers, ratings, pauses, and prompts
 * left unanswered until they expire. Each finished part gets its record and restarts its interval.
 */
import { addDays, atWallTime, wallTime } from '../time/local-time';
import { makeBreak, makePeg, makeRating } from '../data/records';
import { hasAnswer, makeMorning } from '../data/morning';
import { ms, PAIN_COVER_MIN } from './context';
import { nextWorkDayStart } from './hold';
import { isInterval, partId } from './state';
import type { GuideRun } from '../data/records';
import type { Answer } from './events';
import type { StepContext } from './context';
import type { PauseChoice, PromptKind } from './state';

export function record(
  ctx: StepContext,
  kind: PromptKind,
  id: string,
  outcome: 'snoozed' | 'skipped' | 'missed',
  extra: { reason?: string; item?: number } = {},
): void {
  ctx.records.push(makeBreak({ id, at: ctx.now, kind, outcome, ...extra }, ctx.clock.timeZone));
}

/**
 * How far a done stretch break's guide ran, as the record keeps it: a time without a word on
 * completion (an older page) counts as started, never as completed (docs/clinical-basis.md, "Stretch break").
 */
export function guideRun(answer: Extract<Answer, { action: 'done' }>): GuideRun {
  return answer.guided ?? (answer.seconds !== undefined ? 'partial' : 'none');
}

/** A part of a prompt is finished (done, skipped or missed): its interval starts again. */
export function resolve(ctx: StepContext, kind: PromptKind): void {
  const { s } = ctx;
  delete s.snooze[kind];
  if (isInterval(kind)) s.active[kind] = 0;
  if (s.pending) {
    s.pending.open = s.pending.open.filter((k) => k !== kind);
    if (s.pending.open.length === 0) s.pending = null;
  }
}

/** Applies the user's answer to one open part of the pending prompt. */
export function applyAnswer(ctx: StepContext, promptId: string, kind: PromptKind, answer: Answer): void {
  const { s, now, settings } = ctx;
  const p = s.pending;
  // A stale or repeated answer (an old window, a retried message) changes nothing.
  if (!p || p.id !== promptId || !p.open.includes(kind)) return;
  const id = partId(p.id, kind);
  const tz = ctx.clock.timeZone;
  if (answer.action === 'snooze' && (p.snoozesLeft[kind] ?? 0) > 0) {
    record(ctx, kind, id, 'snoozed');
    s.snooze[kind] = { count: (s.snooze[kind]?.count ?? 0) + 1, until: now + ms(settings.snooze.sec) };
    p.open = p.open.filter((k) => k !== kind);
    if (p.open.length === 0) s.pending = null;
    return;
  }
  if (answer.action === 'snooze' || answer.action === 'skip') {
    const reason = answer.action === 'skip' ? answer.reason : 'snooze-limit';
    record(ctx, kind, id, 'skipped', reason ? { reason } : {});
  } else if (kind === 'pain' && answer.action === 'rated') {
    ctx.records.push(makeRating({ id, at: now, source: p.manual ? 'manual' : 'prompt', score: answer.score }, tz));
  } else if (kind === 'peg' && answer.action === 'peg') {
    const { pain, enjoyment, activity } = answer;
    ctx.records.push(makePeg({ id, at: now, pain, enjoyment, activity }, tz));
  } else if (kind === 'morning' && answer.action === 'morning') {
    const { action: _, ...answers } = answer;
    if (!hasAnswer(answers)) return; // nothing answered is no check: skip it instead
    ctx.records.push(makeMorning({ id, at: now, ...answers }, tz));
  } else if ((kind === 'eyes' || kind === 'water') && answer.action === 'done') {
    ctx.records.push(makeBreak({ id, at: now, kind, outcome: 'done' }, tz));
  } else if (kind === 'breathing' && answer.action === 'done') {
    const seconds = answer.seconds === undefined ? {} : { seconds: answer.seconds };
    ctx.records.push(makeBreak({ id, at: now, kind: 'breathing', outcome: 'done', ...seconds }, tz));
  } else if (kind === 'posture' && (answer.action === 'fixed' || answer.action === 'good')) {
    ctx.records.push(
      makeBreak(
        { id, at: now, kind: 'posture', outcome: 'done', fixed: answer.action === 'fixed', item: p.postureItem },
        tz,
      ),
    );
  } else if (kind === 'stretch' && answer.action === 'done') {
    ctx.records.push(
      makeBreak(
        {
          id,
          at: now,
          kind: 'stretch',
          outcome: 'done',
          ...(answer.seconds !== undefined ? { seconds: answer.seconds } : {}),
          guided: guideRun(answer),
        },
        tz,
      ),
    );
    // Getting up for a stretch also resets the posture clock.
    s.active.posture = 0;
  } else {
    return; // an answer that does not fit the part
  }
  resolve(ctx, kind);
}

export function rate(ctx: StepContext, id: string, score: number, source: 'manual' | 'after-break'): void {
  ctx.records.push(makeRating({ id, at: ctx.now, source, score }, ctx.clock.timeZone));
  covered(ctx, ctx.now);
}

/**
 * What a rating made at `at` answers: a waiting prompt's pain part shown before it, a snoozed pain
 * rating, and the pain times of that day within PAIN_COVER_MIN. Safe to apply twice (a rating the
 * background stored itself is seen again in storage).
 */
export function covered(ctx: StepContext, at: number): void {
  const { s } = ctx;
  if (s.pending?.open.includes('pain') && s.pending.shownAt <= at) resolve(ctx, 'pain');
  delete s.snooze.pain;
  const wall = wallTime(at, ctx.clock.timeZone);
  if (wall.date !== s.pain.date) return;
  for (const t of ctx.settings.pain.times) {
    if (Math.abs(t - wall.minutes) <= PAIN_COVER_MIN && !s.pain.done.includes(t)) s.pain.done.push(t);
  }
}

/**
 * The pause lengths are design choices (docs/clinical-basis.md, "Snooze, expiry and merging"). "Until
 * I resume" ends at the latest at the next work day's start: a forgotten pause never silences a
 * whole day (docs/clinical-basis.md, "Holds").
 */
export function pauseFor(ctx: StepContext, choice: PauseChoice): void {
  const { s, now } = ctx;
  const tz = ctx.clock.timeZone;
  const until =
    choice === '30m'
      ? now + 30 * 60_000
      : choice === '1h'
        ? now + 3600_000
        : choice === '2h'
          ? now + 7200_000
          : choice === 'tomorrow'
            ? atWallTime(addDays(wallTime(now, tz).date, 1), 0, tz)
            : nextWorkDayStart(ctx);
  s.pause = { since: now, until, ...(choice === 'indefinite' ? { resume: true } : {}) };
  if (s.pending) {
    const p = s.pending;
    for (const k of [...p.open]) {
      record(ctx, k, partId(p.id, k), 'skipped', { reason: 'pause' });
      resolve(ctx, k);
    }
  }
}

export function expirePending(ctx: StepContext): void {
  const p = ctx.s.pending;
  if (!p || ctx.now < p.expiresAt) return;
  for (const k of [...p.open]) {
    record(ctx, k, partId(p.id, k), 'missed', k === 'posture' ? { item: p.postureItem } : {});
    resolve(ctx, k);
  }
}
