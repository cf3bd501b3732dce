/**
 * Prompts tied to the wall clock rather than to active time: the daily pain times and the weekly
 * PEG check. Each is asked once per slot, and only inside work hours.
 */
import { addDays, atWallTime, wallTime, weekdayOf } from '../time/local-time';
import { upcomingWorkIntervals, workIntervalAt } from '../time/work-hours';
import { PAIN_RELEVANCE_MS } from './context';
import type { StepContext } from './context';

export interface PainSlot {
  minutes: number;
  at: number;
  until: number;
}

export interface PegSlot {
  date: string;
  at: number;
  until: number;
}

export function rollPainDay(ctx: StepContext): void {
  const today = wallTime(ctx.now, ctx.clock.timeZone).date;
  if (ctx.s.pain.date !== today) ctx.s.pain = { date: today, done: [] };
}

/** Pain times of `date` that fall inside work hours, with the instant each stops being relevant. */
export function painSlots(ctx: StepContext, date: string): PainSlot[] {
  const { settings } = ctx;
  const tz = ctx.clock.timeZone;
  const times = [...new Set(settings.pain.times)].sort((a, b) => a - b);
  const slots: PainSlot[] = [];
  for (const minutes of times) {
    const at = atWallTime(date, minutes, tz);
    const w = workIntervalAt(settings.work, at, tz);
    if (w) slots.push({ minutes, at, until: Math.min(w.end, at + PAIN_RELEVANCE_MS) });
  }
  for (let i = 0; i + 1 < slots.length; i++) {
    const slot = slots[i]!;
    slot.until = Math.min(slot.until, slots[i + 1]!.at);
  }
  return slots;
}

/** Marks pain times that passed without the user there as handled: no late burst. */
export function dropStalePain(ctx: StepContext): void {
  const { s, now } = ctx;
  for (const slot of painSlots(ctx, s.pain.date)) {
    if (slot.until <= now && !s.pain.done.includes(slot.minutes)) s.pain.done.push(slot.minutes);
  }
  const peg = pegSlot(ctx, s.pain.date);
  if (peg && peg.until <= now && s.peg.done !== peg.date) s.peg.done = peg.date;
}

/**
 * The very first step (a fresh install, or a schedule started afresh): the pain times and the PEG
 * check already reached today came before Limber was there to ask. They are not asked late either;
 * the user meets the welcome page first, not a question about a time before they had Limber.
 */
export function skipBeforeFirstStep(ctx: StepContext): void {
  const { s, now } = ctx;
  for (const slot of painSlots(ctx, s.pain.date)) {
    if (slot.at <= now && !s.pain.done.includes(slot.minutes)) s.pain.done.push(slot.minutes);
  }
  const peg = pegSlot(ctx, s.pain.date);
  if (peg && peg.at <= now) s.peg.done = peg.date;
}

/** The weekly PEG check on `date`, if that date is its weekday and the time is inside work hours. */
export function pegSlot(ctx: StepContext, date: string): PegSlot | null {
  const { peg, work } = ctx.settings;
  if (!peg.enabled || weekdayOf(date) !== peg.weekday) return null;
  const at = atWallTime(date, peg.time, ctx.clock.timeZone);
  const w = workIntervalAt(work, at, ctx.clock.timeZone);
  return w ? { date, at, until: w.end } : null;
}

export function nextPegAt(ctx: StepContext, from: number): number | null {
  for (let d = 0; d < 8; d++) {
    const slot = pegSlot(ctx, addDays(ctx.s.pain.date, d));
    if (!slot || slot.date === ctx.s.peg.done || slot.until <= from) continue;
    return Math.max(slot.at, from);
  }
  return null;
}

/**
 * The morning check (docs/clinical-basis.md, "Morning check"): once a work day, at the first moment
 * of its work hours the user is there, from `from` on; a day whose check was shown, or whose work
 * hours passed without the user, is done.
 */
export function nextMorningAt(ctx: StepContext, from: number): number | null {
  const tz = ctx.clock.timeZone;
  for (const w of upcomingWorkIntervals(ctx.settings.work, from, tz)) {
    const at = Math.max(w.start, from);
    const date = wallTime(at, tz).date;
    if (date === ctx.s.morning.done) continue;
    return at;
  }
  return null;
}

/** The first pain time not yet handled that is due at or after `from` (or due now and still relevant). */
export function nextPainAt(ctx: StepContext, from: number): number | null {
  const { s } = ctx;
  for (let d = 0; d < 8; d++) {
    const date = addDays(s.pain.date, d);
    for (const slot of painSlots(ctx, date)) {
      if (d === 0 && s.pain.done.includes(slot.minutes)) continue;
      if (slot.until <= from) continue;
      return Math.max(slot.at, from);
    }
  }
  return null;
}
