/**
 * The scheduler core: a pure function of settings, stored state, an event and the clock.
 * It never touches the browser; the background applies the plan it returns.
 */
import { addDays, atWallTime, wallTime, weekdayOf } from '../time/local-time';
import { makeBreak, makePeg, makeRating } from '../data/records';
import { upcomingWorkIntervals, workIntervalAt, workIntervals } from '../time/work-hours';
import { POSTURE_ITEMS } from '../content/posture';
import type { LimberRecord } from '../data/records';
import type { Settings } from '../settings/settings';

export { INTERVAL_KINDS, initialState, isInterval, partId, PROMPT_KINDS, STATE_VERSION } from './state';
export type { IdleState, IntervalKind, PauseChoice, PendingPrompt, PromptKind, SchedulerState, SnoozeState } from './state';
import { INTERVAL_KINDS, isInterval, partId, PROMPT_KINDS } from './state';
import type { IdleState, IntervalKind, PauseChoice, PendingPrompt, PromptKind, SchedulerState } from './state';

export type { Answer, SchedulerEvent, UserEvent } from './events';
export { USER_EVENT_TYPES, isUserEvent } from './events';
import { isUserEvent } from './events';
import type { Answer, SchedulerEvent } from './events';

export interface Clock {
  now: number;
  timeZone: string;
}

export interface Plan {
  state: SchedulerState;
  /** The one alarm to set (absolute time), or null for none. */
  wakeAt: number | null;
  /** A prompt to bring to the user now (new, or re-shown on request). */
  show: PendingPrompt | null;
  records: LimberRecord[];
}

/** An alarm arriving this much after its time means the machine was asleep or the browser closed. */
export const LATE_WAKE_MS = 60_000;
/** A pain time stays worth asking about for at most this long (and never past the next one). */
export const PAIN_RELEVANCE_MS = 2 * 3600_000;
/** A manual rating this close to a pain time stands in for it. */
const PAIN_COVER_MIN = 60;
/** Never wake sooner than this after an event: no busy loops. */
const MIN_WAKE_MS = 1000;
const DAY_MS = 86_400_000;

const ms = (sec: number): number => sec * 1000;

class Step {
  readonly records: LimberRecord[] = [];
  show: PendingPrompt | null = null;

  constructor(
    readonly settings: Settings,
    readonly s: SchedulerState,
    readonly clock: Clock,
  ) {}

  get now(): number {
    return this.clock.now;
  }

  /** A clock set back leaves times in the future that would otherwise block the schedule for hours. */
  clampClockBack(): void {
    const { s, now, settings } = this;
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
  account(to: number): void {
    const { s, settings } = this;
    let from = s.lastTick;
    s.lastTick = Math.max(to, from ?? to);
    if (from === null || to <= from || s.idleSince !== null) return;
    // Longer than a week away: only the last week can matter.
    from = Math.max(from, to - 8 * DAY_MS);
    for (const w of workIntervals(settings.work, from, to, this.clock.timeZone)) {
      if (s.workStart !== w.start) this.newWorkPeriod(w.start);
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

  newWorkPeriod(start: number): void {
    const { s } = this;
    s.workStart = start;
    s.active = { posture: 0, stretch: 0, eyes: 0 };
    s.snooze = {};
  }

  goIdle(since: number): void {
    this.account(since);
    this.s.idleSince = since;
    this.account(this.now);
  }

  /** The user is back: a long enough absence counts as a break taken. */
  comeBack(): void {
    const { s, settings, now } = this;
    const since = s.idleSince;
    if (since === null) return;
    s.idleSince = null;
    s.lastTick = now;
    // "Pauses the timers": the time away simply did not count.
    if (settings.idle.mode === 'pause' || now - since < ms(settings.idle.naturalBreakSec)) return;
    const w = workIntervalAt(settings.work, since, this.clock.timeZone);
    // Only an absence inside one work period is a break; leaving for the evening is not.
    if (w && now <= w.end && !s.pause) {
      this.records.push(
        makeBreak(
          { id: `natural-${since}`, at: since, kind: 'natural', outcome: 'done', seconds: Math.round((now - since) / 1000) },
          this.clock.timeZone,
        ),
      );
    }
    for (const k of INTERVAL_KINDS) {
      s.active[k] = 0;
      delete s.snooze[k];
    }
  }

  observeIdle(state: IdleState): void {
    const { s, now, settings } = this;
    // "Ignored": reading or a video call at the desk; the timers keep running.
    if (settings.idle.mode === 'ignore') {
      this.account(now);
      return;
    }
    if (state === 'active') {
      this.account(now);
      this.comeBack();
    } else if (s.idleSince === null) {
      // Chrome reports "idle" only after the detection interval has passed without input.
      const back = state === 'idle' ? ms(settings.idle.detectionSec) : 0;
      this.goIdle(Math.max(s.lastTick ?? now, now - back));
    } else {
      this.account(now);
    }
  }

  rollPainDay(): void {
    const today = wallTime(this.now, this.clock.timeZone).date;
    if (this.s.pain.date !== today) this.s.pain = { date: today, done: [] };
  }

  /** Pain times of `date` that fall inside work hours, with the instant each stops being relevant. */
  painSlots(date: string): { minutes: number; at: number; until: number }[] {
    const { settings } = this;
    const tz = this.clock.timeZone;
    const times = [...new Set(settings.pain.times)].sort((a, b) => a - b);
    const slots: { minutes: number; at: number; until: number }[] = [];
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
  dropStalePain(): void {
    const { s, now } = this;
    for (const slot of this.painSlots(s.pain.date)) {
      if (slot.until <= now && !s.pain.done.includes(slot.minutes)) s.pain.done.push(slot.minutes);
    }
    const peg = this.pegSlot(s.pain.date);
    if (peg && peg.until <= now && s.peg.done !== peg.date) s.peg.done = peg.date;
  }

  /** The weekly PEG check on `date`, if that date is its weekday and the time is inside work hours. */
  pegSlot(date: string): { date: string; at: number; until: number } | null {
    const { peg, work } = this.settings;
    if (!peg.enabled || weekdayOf(date) !== peg.weekday) return null;
    const at = atWallTime(date, peg.time, this.clock.timeZone);
    const w = workIntervalAt(work, at, this.clock.timeZone);
    return w ? { date, at, until: w.end } : null;
  }

  nextPegAt(from: number): number | null {
    for (let d = 0; d < 8; d++) {
      const slot = this.pegSlot(addDays(this.s.pain.date, d));
      if (!slot || slot.date === this.s.peg.done || slot.until <= from) continue;
      return Math.max(slot.at, from);
    }
    return null;
  }

  record(kind: PromptKind, id: string, outcome: 'snoozed' | 'skipped' | 'missed', extra: { reason?: string; item?: number } = {}): void {
    this.records.push(makeBreak({ id, at: this.now, kind, outcome, ...extra }, this.clock.timeZone));
  }

  /** A part of a prompt is finished (done, skipped or missed): its interval starts again. */
  resolve(kind: PromptKind): void {
    const { s } = this;
    delete s.snooze[kind];
    if (isInterval(kind)) s.active[kind] = 0;
    if (s.pending) {
      s.pending.open = s.pending.open.filter((k) => k !== kind);
      if (s.pending.open.length === 0) s.pending = null;
    }
  }

  answer(promptId: string, kind: PromptKind, answer: Answer): void {
    const { s, now, settings } = this;
    const p = s.pending;
    // A stale or repeated answer (an old window, a retried message) changes nothing.
    if (!p || p.id !== promptId || !p.open.includes(kind)) return;
    const id = partId(p.id, kind);
    const tz = this.clock.timeZone;
    if (answer.action === 'snooze' && (p.snoozesLeft[kind] ?? 0) > 0) {
      this.record(kind, id, 'snoozed');
      s.snooze[kind] = { count: (s.snooze[kind]?.count ?? 0) + 1, until: now + ms(settings.snooze.sec) };
      p.open = p.open.filter((k) => k !== kind);
      if (p.open.length === 0) s.pending = null;
      return;
    }
    if (answer.action === 'snooze' || answer.action === 'skip') {
      const reason = answer.action === 'skip' ? answer.reason : 'snooze-limit';
      this.record(kind, id, 'skipped', reason ? { reason } : {});
    } else if (kind === 'pain' && answer.action === 'rated') {
      this.records.push(makeRating({ id, at: now, source: p.manual ? 'manual' : 'prompt', score: answer.score }, tz));
    } else if (kind === 'peg' && answer.action === 'peg') {
      const { pain, enjoyment, activity } = answer;
      this.records.push(makePeg({ id, at: now, pain, enjoyment, activity }, tz));
    } else if (kind === 'eyes' && answer.action === 'done') {
      this.records.push(makeBreak({ id, at: now, kind: 'eyes', outcome: 'done' }, tz));
    } else if (kind === 'posture' && (answer.action === 'fixed' || answer.action === 'good')) {
      this.records.push(
        makeBreak({ id, at: now, kind: 'posture', outcome: 'done', fixed: answer.action === 'fixed', item: p.postureItem }, tz),
      );
    } else if (kind === 'stretch' && answer.action === 'done') {
      this.records.push(
        makeBreak({ id, at: now, kind: 'stretch', outcome: 'done', ...(answer.seconds !== undefined ? { seconds: answer.seconds } : {}) }, tz),
      );
      // Getting up for a stretch also resets the posture clock.
      s.active.posture = 0;
    } else {
      return; // an answer that does not fit the part
    }
    this.resolve(kind);
  }

  rate(id: string, score: number, source: 'manual' | 'after-break'): void {
    const { s, now } = this;
    this.records.push(makeRating({ id, at: now, source, score }, this.clock.timeZone));
    if (s.pending?.open.includes('pain')) this.resolve('pain');
    delete s.snooze.pain;
    const minutes = wallTime(now, this.clock.timeZone).minutes;
    for (const t of this.settings.pain.times) {
      if (Math.abs(t - minutes) <= PAIN_COVER_MIN && !s.pain.done.includes(t)) s.pain.done.push(t);
    }
  }

  pauseFor(choice: PauseChoice): void {
    const { s, now } = this;
    const tz = this.clock.timeZone;
    const until =
      choice === '30m'
        ? now + 30 * 60_000
        : choice === '1h'
          ? now + 3600_000
          : choice === '2h'
            ? now + 7200_000
            : choice === 'tomorrow'
              ? atWallTime(addDays(wallTime(now, tz).date, 1), 0, tz)
              : null;
    s.pause = { since: now, until };
    if (s.pending) {
      const p = s.pending;
      for (const k of [...p.open]) {
        this.record(k, partId(p.id, k), 'skipped', { reason: 'pause' });
        this.resolve(k);
      }
    }
  }

  expirePending(): void {
    const p = this.s.pending;
    if (!p || this.now < p.expiresAt) return;
    for (const k of [...p.open]) {
      this.record(k, partId(p.id, k), 'missed', k === 'posture' ? { item: p.postureItem } : {});
      this.resolve(k);
    }
  }

  /** When each kind would next be due if the user stays at the desk from `from` on. */
  projectedDue(kind: PromptKind, from: number): number | null {
    const { s, settings } = this;
    const tz = this.clock.timeZone;
    const snoozed = s.snooze[kind]?.until;
    if (kind === 'pain') {
      if (!settings.pain.enabled) return null;
      if (snoozed != null) return this.nextWorkMoment(Math.max(snoozed, from));
      return this.nextPainAt(from);
    }
    if (kind === 'peg') {
      if (!settings.peg.enabled) return null;
      if (snoozed != null) return this.nextWorkMoment(Math.max(snoozed, from));
      return this.nextPegAt(from);
    }
    if (!settings[kind].enabled) return null;
    if (snoozed != null) return this.nextWorkMoment(Math.max(snoozed, from));
    const every = ms(settings[kind].everySec);
    for (const w of upcomingWorkIntervals(settings.work, from, tz)) {
      const start = Math.max(from, w.start);
      const need = w.start === s.workStart ? Math.max(0, every - s.active[kind]) : every;
      // Work periods end exclusively: a prompt due at the very end would never be shown.
      if (start + need < w.end) return start + need;
    }
    return null;
  }

  nextWorkMoment(at: number): number | null {
    const w = upcomingWorkIntervals(this.settings.work, at, this.clock.timeZone)[0];
    return w ? Math.max(at, w.start) : null;
  }

  /** The first pain time not yet handled that is due at or after `from` (or due now and still relevant). */
  nextPainAt(from: number): number | null {
    const { s } = this;
    for (let d = 0; d < 8; d++) {
      const date = addDays(s.pain.date, d);
      for (const slot of this.painSlots(date)) {
        if (d === 0 && s.pain.done.includes(slot.minutes)) continue;
        if (slot.until <= from) continue;
        return Math.max(slot.at, from);
      }
    }
    return null;
  }

  /** Whether the schedule may put a prompt in front of the user right now. */
  mayPrompt(): boolean {
    const { s, now, settings } = this;
    if (s.pending || s.idleSince !== null || s.pause) return false;
    if (s.lastPromptAt !== null && now < s.lastPromptAt + ms(settings.prompt.mergeSec)) return false;
    return workIntervalAt(settings.work, now, this.clock.timeZone) !== undefined;
  }

  /** Kinds due now, together with those due within the merge window. */
  dueKinds(): PromptKind[] {
    const { now, settings } = this;
    const horizon = now + ms(settings.prompt.mergeSec);
    const due = PROMPT_KINDS.map((k) => [k, this.projectedDue(k, now)] as const).filter(
      (e): e is readonly [PromptKind, number] => e[1] !== null && e[1] <= horizon,
    );
    return due.some(([, at]) => at <= now) ? due.map(([k]) => k) : [];
  }

  open(kinds: PromptKind[], manual: boolean): void {
    const { s, now, settings } = this;
    const snoozesLeft: Partial<Record<PromptKind, number>> = {};
    for (const k of kinds) {
      snoozesLeft[k] = Math.max(0, settings.snooze.limit - (s.snooze[k]?.count ?? 0));
      const z = s.snooze[k];
      if (z) z.until = null;
    }
    const postureItem = s.postureItem % POSTURE_ITEMS.length;
    if (kinds.includes('posture')) s.postureItem = (postureItem + 1) % POSTURE_ITEMS.length;
    const horizon = now + ms(settings.prompt.mergeSec);
    if (kinds.includes('pain')) {
      for (const slot of this.painSlots(s.pain.date)) {
        if (slot.at <= horizon && !s.pain.done.includes(slot.minutes)) s.pain.done.push(slot.minutes);
      }
    }
    if (kinds.includes('peg')) {
      const slot = this.pegSlot(s.pain.date);
      if (slot && slot.at <= horizon) s.peg.done = slot.date;
    }
    const ordered = PROMPT_KINDS.filter((k) => kinds.includes(k));
    s.pending = {
      // Two prompts in the same millisecond (an answer and a new request) still get distinct ids.
      id: s.lastPromptAt === now ? `p${now}-${ordered.join('')}` : `p${now}`,
      kinds: ordered,
      open: [...ordered],
      shownAt: now,
      expiresAt: now + ms(settings.prompt.expireSec),
      manual,
      postureItem,
      snoozesLeft,
    };
    s.lastPromptAt = now;
    this.show = s.pending;
  }

  /** The user asked for a break or a rating now: show it at once, with whatever else is due. */
  askNow(kind: 'stretch' | 'pain'): void {
    const { s } = this;
    if (s.pending?.kinds.includes(kind) && !s.pending.open.includes(kind)) {
      // Already answered in this prompt: a new prompt (with what is still open), so the new
      // answer gets a record of its own.
      const carry = s.pending.open;
      s.pending = null;
      this.open([...new Set<PromptKind>([kind, ...carry])], true);
      return;
    }
    if (s.pending) {
      // Re-showing at the user's request; it is theirs now, not the schedule's.
      s.pending.manual = true;
      if (!s.pending.kinds.includes(kind)) {
        s.pending.kinds = PROMPT_KINDS.filter((k) => k === kind || s.pending!.kinds.includes(k));
        s.pending.snoozesLeft[kind] = Math.max(0, this.settings.snooze.limit - (s.snooze[kind]?.count ?? 0));
      }
      if (!s.pending.open.includes(kind)) {
        s.pending.open = PROMPT_KINDS.filter((k) => k === kind || s.pending!.open.includes(k));
      }
      this.show = s.pending;
      return;
    }
    const extra = this.dueKindsIgnoringGates();
    this.open([...new Set<PromptKind>([kind, ...extra])], true);
  }

  dueKindsIgnoringGates(): PromptKind[] {
    const horizon = this.now + ms(this.settings.prompt.mergeSec);
    return PROMPT_KINDS.filter((k) => {
      const at = this.projectedDue(k, this.now);
      return at !== null && at <= horizon;
    });
  }

  wake(): number | null {
    const { s, now, settings } = this;
    let at: number | null;
    if (s.pending) at = s.pending.expiresAt;
    else if (s.idleSince !== null) at = null; // the idle "active" event brings us back
    else if (s.pause && s.pause.until === null) at = null;
    else {
      const from = s.pause?.until != null ? Math.max(now, s.pause.until) : now;
      const dues = PROMPT_KINDS.map((k) => this.projectedDue(k, from)).filter((x): x is number => x !== null);
      at = dues.length ? Math.min(...dues) : null;
      if (at !== null && s.lastPromptAt !== null) at = Math.max(at, s.lastPromptAt + ms(settings.prompt.mergeSec));
    }
    return at === null ? null : Math.max(at, now + MIN_WAKE_MS);
  }
}

export function step(settings: Settings, prev: SchedulerState, event: SchedulerEvent, clock: Clock): Plan {
  const s: SchedulerState = structuredClone(prev);
  const st = new Step(settings, s, clock);
  const { now } = clock;
  st.clampClockBack();

  // An alarm (or start) well past the wake-up we asked for: the machine slept or the browser was closed.
  if (s.wakeAt !== null && now > s.wakeAt + LATE_WAKE_MS && s.idleSince === null && event.type !== 'idle') {
    st.goIdle(Math.max(s.wakeAt, s.lastTick ?? s.wakeAt));
    if (event.type === 'alarm' || event.type === 'start') {
      if ((event.idle ?? 'active') === 'active') st.comeBack();
    }
  }

  if (event.type === 'idle') st.observeIdle(event.state);
  else if ((event.type === 'start' || event.type === 'alarm') && event.idle) st.observeIdle(event.idle);
  else {
    st.account(now);
    if (isUserEvent(event)) st.comeBack();
  }

  if (s.pause?.until != null && now >= s.pause.until) s.pause = null;
  st.rollPainDay();
  st.dropStalePain();

  switch (event.type) {
    case 'answer':
      st.answer(event.promptId, event.kind, event.answer);
      break;
    case 'rate':
      st.rate(event.id, event.score, event.source);
      break;
    case 'pause':
      st.pauseFor(event.choice);
      break;
    case 'resume':
      s.pause = null;
      break;
    case 'break-now':
      st.askNow('stretch');
      break;
    case 'rate-now':
      st.askNow('pain');
      break;
    default:
      break;
  }

  st.expirePending();
  if (st.mayPrompt()) {
    const kinds = st.dueKinds();
    if (kinds.length) st.open(kinds, false);
  }
  s.wakeAt = st.wake();
  return { state: s, wakeAt: s.wakeAt, show: st.show, records: st.records };
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
  const st = new Step(settings, s, clock);
  st.clampClockBack();
  st.account(clock.now);
  if (s.pause?.until != null && clock.now >= s.pause.until) s.pause = null;
  st.rollPainDay();
  st.dropStalePain();
  const from = s.pause ? (s.pause.until ?? null) : clock.now;
  const next = {} as Record<PromptKind, number | 'now' | null>;
  for (const k of PROMPT_KINDS) {
    if (s.pending?.open.includes(k)) next[k] = 'now';
    else next[k] = from === null ? null : st.projectedDue(k, Math.max(from, clock.now));
  }
  return {
    next,
    pausedUntil: s.pause ? (s.pause.until ?? 'resume') : null,
    pending: s.pending,
    idle: s.idleSince !== null,
  };
}
